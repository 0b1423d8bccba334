/**
 * Arthur Platform sign-in over OAuth2 (Keycloak behind the Arthur host), with openid-client:
 * device authorization for people, client credentials for service accounts, refresh tokens.
 * Discovery uses the Arthur host's own URL, whose document names the Keycloak realm as issuer.
 */
import * as oidc from 'openid-client';
import { redactSecrets } from '../../../../common/mask';
import { connectionError, guardedFetch, PlatformError } from '../../../../common/api/http';

export interface PlatformTokens {
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  /** `sub` (or preferred_username/email) of the ID token or access token, for "signed in as". */
  readonly account: string;
}

export interface DeviceStart {
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete?: string;
  readonly expiresAt: number;
  /** Seconds between polls. */
  readonly interval: number;
}

function discoveryUrl(host: string): URL {
  return new URL(`${host.replace(/\/+$/, '')}/api/v1/auth/oidc/.well-known/openid-configuration`);
}

export class ArthurPlatformAuth {
  readonly service: string;

  constructor(
    readonly host: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.service = `the Arthur Platform at ${host}`;
  }

  /**
   * Every request openid-client makes goes through guardedFetch: http:// only to loopback or
   * with the user's yes, redirects only within an origin (openid-client itself never follows
   * one). openid-client's own https-only check is lifted because guardedFetch makes it per URL.
   */
  private options(): oidc.DiscoveryRequestOptions {
    return {
      timeout: Math.ceil(this.timeoutMs / 1000),
      execute: [oidc.allowInsecureRequests],
      [oidc.customFetch]: (url, init) => guardedFetch(this.service, url, init as RequestInit),
    };
  }

  private async configure(clientId: string, secret?: string): Promise<oidc.Configuration> {
    try {
      return await oidc.discovery(
        discoveryUrl(this.host),
        clientId,
        undefined,
        secret ? oidc.ClientSecretPost(secret) : oidc.None(),
        this.options(),
      );
    } catch (err) {
      throw this.explain(err, 'discovery', [secret]);
    }
  }

  /** Starts a device login; `poll` resolves with tokens once the user approves in the browser. */
  async startDevice(
    clientId: string,
    scope = 'openid offline_access',
  ): Promise<{ start: DeviceStart; poll: (signal: AbortSignal) => Promise<PlatformTokens> }> {
    const config = await this.configure(clientId);
    let response: oidc.DeviceAuthorizationResponse;
    try {
      response = await oidc.initiateDeviceAuthorization(config, { scope });
    } catch (err) {
      throw this.explain(err, 'device');
    }
    const start: DeviceStart = {
      userCode: response.user_code,
      verificationUri: response.verification_uri,
      verificationUriComplete: response.verification_uri_complete,
      expiresAt: Date.now() + response.expires_in * 1000,
      interval: response.interval ?? 5,
    };
    const poll = async (signal: AbortSignal) => {
      try {
        // Handles authorization_pending and slow_down (interval + 5 s) as RFC 8628 says.
        return tokensOf(await oidc.pollDeviceAuthorizationGrant(config, response, undefined, { signal }));
      } catch (err) {
        if (signal.aborted) throw new PlatformError('Sign-in cancelled.', 'cancelled');
        throw this.explain(err, 'device');
      }
    };
    return { start, poll };
  }

  async clientCredentials(clientId: string, clientSecret: string): Promise<PlatformTokens> {
    const config = await this.configure(clientId, clientSecret);
    try {
      return tokensOf(await oidc.clientCredentialsGrant(config), clientId);
    } catch (err) {
      throw this.explain(err, 'token', [clientSecret]);
    }
  }

  async refresh(clientId: string, refreshToken: string): Promise<PlatformTokens> {
    const config = await this.configure(clientId);
    try {
      return tokensOf(await oidc.refreshTokenGrant(config, refreshToken));
    } catch (err) {
      throw this.explain(err, 'token', [refreshToken]);
    }
  }

  /** openid-client's errors in the user's words; `secrets` sent in the request are masked if the server echoes them. */
  private explain(err: unknown, step: 'discovery' | 'device' | 'token', secrets: (string | undefined)[] = []): PlatformError {
    const e = this.describe(err, step);
    const message = redactSecrets(e.message, secrets);
    return message === e.message ? e : new PlatformError(message, e.kind, e.status);
  }

  private describe(err: unknown, step: 'discovery' | 'device' | 'token'): PlatformError {
    if (err instanceof PlatformError) return err;
    // guardedFetch's errors arrive wrapped in openid-client's ClientError.
    if ((err as { cause?: unknown })?.cause instanceof PlatformError) return (err as { cause: PlatformError }).cause;
    const e = err as {
      error?: string;
      error_description?: string;
      code?: string;
      cause?: { code?: string; name?: string };
      name?: string;
      message?: string;
      status?: number;
    };
    const desc = e.error_description ? ` (${e.error_description})` : '';
    if (e.code === 'OAUTH_RESPONSE_IS_NOT_JSON' && step === 'discovery') {
      const res = e.cause as unknown as Response | undefined;
      const type = res?.headers?.get?.('content-type') ?? '';
      const what = /html/i.test(type) ? 'a web page (HTML)' : `${type.split(';')[0] || 'something that is not JSON'}`;
      return new PlatformError(
        `${this.service} answered ${discoveryUrl(this.host).href} with ${what}, not the sign-in configuration KeyWarden expected. Check the address: it should be the Arthur Platform's own (where you use Arthur in the browser, without a path), not a sign-in portal or proxy in front of it.`,
        'malformed',
      );
    }
    switch (e.error) {
      case 'expired_token':
        return new PlatformError(`The sign-in code expired before it was approved${desc}.`, 'expired');
      case 'access_denied':
        return new PlatformError(`The sign-in was denied in the browser${desc}.`, 'denied');
      case 'invalid_client':
      case 'unauthorized_client':
        return new PlatformError(`${this.service} refused the client credentials${desc}.`, 'unauthorized', 401);
      case 'invalid_grant':
        return new PlatformError(`${this.service} no longer accepts this session${desc}: sign in again.`, 'unauthorized', 400);
    }
    if (e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && /status code/.test(e.message ?? '')) {
      // openid-client puts the Response in `cause`.
      const status = (e.cause as { status?: number } | undefined)?.status ?? Number(/status code (\d+)/.exec(e.message ?? '')?.[1] ?? NaN);
      if (step === 'discovery' && status === 404) {
        return new PlatformError(
          `${this.service} has no sign-in configuration at ${discoveryUrl(this.host).href} (HTTP 404). Check the address: it should be the Arthur Platform's own, without a path.`,
          'not-found',
          404,
        );
      }
      return new PlatformError(
        `${this.service} failed${Number.isFinite(status) ? ` (HTTP ${status})` : ''}.`,
        'server',
        Number.isFinite(status) ? status : undefined,
      );
    }
    if (e.error) return new PlatformError(`${this.service} refused the request: ${e.error}${desc}.`, 'invalid', e.status);
    const cause = e.cause?.code ?? e.code;
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError' || cause === 'UND_ERR_HEADERS_TIMEOUT' || cause === 'ABORT_ERR') {
      return new PlatformError(`${this.service} did not answer within ${Math.round(this.timeoutMs / 1000)} s.`, 'timeout');
    }
    if (e.message === 'fetch failed' || e.name === 'TypeError') return connectionError(this.service, discoveryUrl(this.host), err);
    if (cause === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || cause === 'OAUTH_PARSE_ERROR' || /JSON|parse/i.test(e.message ?? '')) {
      return new PlatformError(
        `${this.service} sent a ${step === 'discovery' ? 'configuration' : 'reply'} KeyWarden could not read.`,
        'malformed',
      );
    }
    if (typeof e.status === 'number' || /status code|response/i.test(e.message ?? '')) {
      return new PlatformError(
        `${this.service} failed${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message ?? 'unexpected response'}.`,
        'server',
        e.status,
      );
    }
    return new PlatformError(`${this.service}: ${e.message ?? String(err)}`, 'server');
  }
}

function tokensOf(t: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers, fallbackAccount = ''): PlatformTokens {
  const claims = t.claims?.() ?? decodeClaims(t.access_token);
  const account = String(claims?.preferred_username ?? claims?.email ?? claims?.sub ?? fallbackAccount);
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token,
    expiresAt: Date.now() + (t.expires_in ?? 300) * 1000,
    account,
  };
}

function decodeClaims(jwt: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
