/**
 * A real OpenID provider (oidc-provider 8, certified) shaped like Arthur's Keycloak realm: the
 * issuer is `<base>/realms/arthur` while discovery is also served by the "Arthur host" at
 * `/api/v1/auth/oidc/.well-known/openid-configuration`. Device flow for the public client
 * `scope-cli-client`, client credentials for service accounts, refresh tokens, JWT access
 * tokens (so the local Engine can verify them against the JWKS).
 *
 * Tests approve or deny a user code with `approve(userCode)` / `deny(userCode)` instead of a
 * browser, and inject faults on the token endpoint (`fault`: those of ./base.ts, and `slow_down`).
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type ProviderType from 'oidc-provider';
import type { AdapterConstructor, JWK } from 'oidc-provider';
import { closer, listen, withFault, type Fault, type FaultBodies } from './base';

export const CLI_CLIENT_ID = 'scope-cli-client';
export const RESOURCE = 'urn:arthur:api';

/** The shared faults, and the OAuth error telling a client that polls too fast to slow down. */
export type OidcFault = Fault | { kind: 'slow_down'; times: number };

/** What a token endpoint says when it fails (RFC 6749 5.2), and a token reply cut short. */
const TOKEN_FAULT_BODIES: FaultBodies = { status: '{"error":"server_error"}', malformed: '{"access_token": ' };

export interface OidcServer {
  /** The "Arthur host": discovery lives at `${url}/api/v1/auth/oidc/.well-known/openid-configuration`. */
  readonly url: string;
  readonly issuer: string;
  readonly jwksUrl: string;
  /** A service account (client credentials). */
  readonly serviceAccount: { clientId: string; clientSecret: string };
  fault: OidcFault | undefined;
  approve(userCode: string, accountId?: string): Promise<void>;
  deny(userCode: string): Promise<void>;
  /** User codes issued so far, newest last. */
  readonly userCodes: string[];
  /** Every token request's grant type and outcome ('ok', or the OAuth error), oldest first. */
  readonly grants: { type: string; outcome: string }[];
  /** Grants revoked, e.g. because a used refresh token came back. */
  readonly revoked: string[];
  close(): Promise<void>;
}

export interface OidcOptions {
  /** Device code lifetime in seconds (Keycloak: 600). */
  deviceCodeTtl?: number;
  /** Polling interval announced to clients, in seconds (Keycloak: 5). */
  interval?: number;
  accessTokenTtl?: number;
}

export async function startOidc(options: OidcOptions = {}): Promise<OidcServer> {
  const server = http.createServer();
  const base = await listen(server);
  const realm = '/realms/arthur';
  const issuer = `${base}${realm}`;
  const serviceAccount = {
    clientId: 'keywarden-ci',
    clientSecret: 'sa-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2),
  };
  const userCodes: string[] = [];
  const grants: OidcServer['grants'] = [];
  const revoked: string[] = [];

  // oidc-provider is ESM-only; the tests run as CommonJS.
  const { default: Provider } = (await import('oidc-provider')) as { default: typeof ProviderType };
  // Its in-memory store is right for a test server that lives as long as one test, but given by
  // default it comes with a warning to change it; named explicitly, it does not.
  const { default: MemoryAdapter } = (await import('oidc-provider/lib/adapters/memory_adapter.js' as string)) as {
    default: new (name: string) => object;
  };
  class TestServerAdapter extends MemoryAdapter {}
  // A signing key of this server's own (the built-in ones come with a warning too).
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    adapter: TestServerAdapter as unknown as AdapterConstructor,
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256' } as JWK] },
    clients: [
      {
        client_id: CLI_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: serviceAccount.clientId,
        client_secret: serviceAccount.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    cookies: { keys: ['keywarden-test-only'] },
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: `${sub}@example.com`, name: sub }) }),
    features: {
      devInteractions: { enabled: false },
      deviceFlow: {
        enabled: true,
        charset: 'base-20',
        mask: '****-****',
        // The provider's own pages, with the form posting relative to the page (see relativeAction).
        userCodeInputSource: async (ctx, form, _out, err) => {
          ctx.type = 'html';
          ctx.body = page(
            'Sign in to Arthur',
            `<p>${err ? 'The code you entered is incorrect, or it expired. Try again.' : 'Enter the code displayed on your device'}</p>${relativeAction(form)}<button type="submit" form="op.deviceInputForm">Continue</button>`,
          );
        },
        userCodeConfirmSource: async (ctx, form, client, _deviceInfo, userCode) => {
          ctx.type = 'html';
          ctx.body = page(
            'Confirm the sign-in',
            `<p>${escapeHtml(String(client.clientName ?? client.clientId))} asks to sign in with the code <code>${escapeHtml(userCode)}</code>.</p>${relativeAction(form)}<button type="submit" form="op.deviceConfirmForm">Continue</button><button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>`,
          );
        },
      },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid offline_access',
          audience: 'arthur',
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenTtl ?? 300,
        }),
      },
    },
    // Keycloak puts realm roles and the user's email in access tokens; an Arthur Engine set up to
    // trust the platform reads both (AE utils/users.py:16-29, test/contracts/README.md).
    extraTokenClaims: async (_ctx, token) => {
      const accountId = (token as { accountId?: string }).accountId;
      return { realm_access: { roles: ['ORG-ADMIN'] }, ...(accountId ? { email: `${accountId}@example.com` } : {}) };
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      IdToken: 300,
      DeviceCode: options.deviceCodeTtl ?? 600,
      RefreshToken: 3600,
      Grant: 3600,
      AccessToken: options.accessTokenTtl ?? 300,
      ClientCredentials: options.accessTokenTtl ?? 300,
    },
  });
  provider.proxy = false;

  // The device authorization response announces Keycloak-like polling intervals.
  provider.on('device_authorization.success', () => undefined);
  type Ctx = { oidc?: { params?: { grant_type?: unknown } } };
  const typeOf = (ctx: Ctx) => String(ctx.oidc?.params?.grant_type ?? '');
  provider.on('grant.success', (ctx: Ctx) => grants.push({ type: typeOf(ctx), outcome: 'ok' }));
  provider.on('grant.error', (ctx: Ctx, err: { error?: string }) => grants.push({ type: typeOf(ctx), outcome: err.error ?? 'error' }));
  provider.on('grant.revoked', (_ctx: unknown, grantId: string) => revoked.push(grantId));
  const callback = provider.callback();

  const oidc: OidcServer = {
    url: base,
    issuer,
    jwksUrl: `${issuer}/jwks`,
    serviceAccount,
    fault: undefined,
    userCodes,
    grants,
    revoked,
    async approve(userCode, accountId = 'alice') {
      const code = await provider.DeviceCode.findByUserCode(normalize(userCode), { ignoreExpiration: true });
      if (!code) throw new Error(`no device code for user code ${userCode}`);
      const grant = new provider.Grant({ accountId, clientId: code.clientId });
      grant.addOIDCScope('openid offline_access email profile');
      grant.addResourceScope(RESOURCE, 'openid offline_access');
      // What the provider's own confirmation page would record from the request.
      code.scope = String(code.params?.scope ?? 'openid');
      code.resource = code.params?.resource as string | undefined;
      code.accountId = accountId;
      code.grantId = await grant.save();
      code.authTime = Math.floor(Date.now() / 1000);
      await code.save();
    },
    async deny(userCode) {
      const code = await provider.DeviceCode.findByUserCode(normalize(userCode), { ignoreExpiration: true });
      if (!code) throw new Error(`no device code for user code ${userCode}`);
      code.error = 'access_denied';
      code.errorDescription = 'The user denied the request';
      await code.save();
    },
    close: closer(server),
  };

  server.on('request', (req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/v1/auth/oidc/.well-known/openid-configuration')) {
      req.url = `${realm}/.well-known/openid-configuration`;
    }
    const isToken = (req.url ?? '').startsWith(`${realm}/token`);
    const fault = isToken ? oidc.fault : undefined;
    if (fault?.kind === 'slow_down' && fault.times > 0) {
      fault.times--;
      return void res
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"error":"slow_down","error_description":"polled too fast"}');
    }
    if (!(req.url ?? '').startsWith(realm)) return void res.writeHead(404).end();
    // Mounted under the realm path, as a framework would: originalUrl keeps the prefix, which
    // is how the provider builds its endpoint URLs.
    (req as { originalUrl?: string }).originalUrl = req.url;
    req.url = (req.url ?? '').slice(realm.length) || '/';
    const go = () => {
      if ((req.url ?? '').startsWith('/device/auth')) {
        // Remember user codes so tests can approve them.
        const end = res.end.bind(res);
        res.end = ((chunk?: unknown, ...rest: unknown[]) => {
          try {
            const body = JSON.parse(String(chunk ?? ''));
            if (body.user_code) userCodes.push(body.user_code);
            if (options.interval !== undefined && body.device_code) {
              body.interval = options.interval;
              chunk = JSON.stringify(body);
              res.setHeader('content-length', Buffer.byteLength(chunk as string));
            }
          } catch {
            /* not JSON */
          }
          return (end as (...a: unknown[]) => http.ServerResponse)(chunk, ...rest);
        }) as typeof res.end;
      }
      void callback(req, res);
    };
    withFault(fault?.kind === 'slow_down' ? undefined : fault, req, res, go, TOKEN_FAULT_BODIES);
  });
  return oidc;
}

/**
 * oidc-provider writes its forms' action as an absolute URL built from the request's Host header.
 * Behind code-server's port proxy (`/proxy/<port>/…`, which strips the prefix and keeps the Host
 * of code-server itself) that URL points at code-server, not here: the browser posted the code to
 * code-server, which answered "Unsupported method POST" (issue 21 item 3). A relative action
 * posts to the page's own address, whatever proxy path it was reached under.
 */
export function relativeAction(form: string): string {
  return form.replace(/action="https?:\/\/[^"/]+(\/[^"]*)"/, (_m, p: string) => `action="./${p.split('/').filter(Boolean).pop() ?? ''}"`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

function normalize(input: string): string {
  return input.replace(/[a-z]/g, (c) => c.toUpperCase()).replace(/\W/g, '');
}
