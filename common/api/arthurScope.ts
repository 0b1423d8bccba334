/**
 * Arthur Scope (v3): who an access key belongs to, and a login that mints a session token, the
 * way Arthur's own Python clients do it (test/contracts/arthur-scope.openapi.json cites each
 * call): the key or token goes as the raw `Authorization` header (no `Bearer`); `GET
 * /api/v3/users/me` names the current organisation, and where it answers 403 (a caller that is
 * not an Arthur-internal user) `GET /api/v3/users/me/auth_info` lists the organisations.
 */
import { ApiClient, PlatformError, requestJson } from './http';

export interface ScopeIdentity {
  /** The organisation requests apply to, when the server names exactly one. */
  readonly organizationId?: string;
  /** Every organisation the credential may act in (one from /users/me; any number from auth_info). */
  readonly organizationIds: readonly string[];
  /** Username, email or id, whichever the server gave first; '' for a service (API-key) token. */
  readonly user: string;
  readonly roles: readonly string[];
  readonly via: 'users/me' | 'auth_info';
}

export interface ScopeSession {
  /** The session token (a JWT) from the login's `Authorization` cookie. */
  readonly token: string;
  /** Epoch ms from the token's `exp`, when it has one. */
  readonly expiresAt?: number;
  readonly user: string;
}

const API = '/api/v3';
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function base(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export class ScopeClient extends ApiClient {
  constructor(
    readonly url: string,
    credential: string,
    timeoutMs = 15_000,
  ) {
    // The key or token goes as the raw Authorization header, without "Bearer".
    super(`Arthur at ${base(url)}`, `${base(url)}${API}`, { authorization: credential }, timeoutMs);
  }

  /** Checks the credential and reads its organisation(s). */
  async whoAmI(): Promise<ScopeIdentity> {
    try {
      const { json } = await this.request('/users/me');
      const o = (json ?? {}) as Record<string, unknown>;
      const org = str(o.organization_id);
      if (!org) throw new PlatformError(`${this.service} sent a user without "organization_id"; KeyWarden stored nothing.`, 'malformed');
      return {
        organizationId: org,
        organizationIds: [org],
        user: str(o.username) || str(o.email) || str(o.id),
        roles: strings(o.roles),
        via: 'users/me',
      };
    } catch (err) {
      if (!(err instanceof PlatformError)) throw err;
      if (err.kind === 'unauthorized') throw refused(this.service);
      // 403: authenticated, but not an Arthur-internal user (e.g. a token of another identity provider).
      if (err.kind !== 'forbidden') throw notScope(this.service, err);
    }
    let json: unknown;
    try {
      ({ json } = await this.request('/users/me/auth_info'));
    } catch (err) {
      if (err instanceof PlatformError && err.kind === 'unauthorized') throw refused(this.service);
      throw err instanceof PlatformError ? notScope(this.service, err) : err;
    }
    const o = (json ?? {}) as Record<string, unknown>;
    if (!Array.isArray(o.organization_ids))
      throw new PlatformError(
        `${this.service} sent authentication info without "organization_ids"; KeyWarden stored nothing.`,
        'malformed',
      );
    const ids = strings(o.organization_ids);
    return {
      organizationId: ids.length === 1 ? ids[0] : undefined,
      organizationIds: ids,
      user: str(o.username) || str(o.email),
      roles: strings(o.roles),
      via: 'auth_info',
    };
  }
}

function refused(service: string): PlatformError {
  return new PlatformError(
    `${service} refused the key (401): check that you copied the whole key from your organisation's Settings → API Keys and that it was not deleted.`,
    'unauthorized',
    401,
  );
}

/** A 404 or other non-auth failure on the v3 user routes: most likely not an Arthur Scope URL. */
function notScope(service: string, err: PlatformError): PlatformError {
  if (err.kind !== 'not-found' && err.status !== 405) return err;
  return new PlatformError(
    `${service} has no Arthur v3 user API (${err.status}): is this your organisation's Arthur Scope address (e.g. https://app.arthur.ai), not an Arthur Engine or Platform one?`,
    'not-found',
    err.status,
  );
}

/** Logs in with login (username or email) and password; the session token comes in a cookie. */
export async function scopeLogin(url: string, login: string, password: string, timeoutMs = 15_000): Promise<ScopeSession> {
  const service = `Arthur at ${base(url)}`;
  let reply;
  try {
    reply = await requestJson(service, `${base(url)}${API}/login`, {
      method: 'POST',
      body: { login, password },
      secrets: [password],
      timeoutMs,
    });
  } catch (err) {
    // The arthurai SDK reads 401 as a wrong login or password, Arthur's bench client 403.
    if (err instanceof PlatformError && (err.kind === 'unauthorized' || err.kind === 'forbidden')) {
      throw new PlatformError(
        `${service} refused the login or password (${err.status}). Check them, or paste an API key instead.`,
        'unauthorized',
        err.status,
      );
    }
    throw err instanceof PlatformError ? notScope(service, err) : err;
  }
  const token = sessionCookie(reply.headers.getSetCookie());
  if (!token)
    throw new PlatformError(
      `${service} accepted the login but sent no session token (no Authorization cookie); KeyWarden stored nothing.`,
      'malformed',
    );
  const u = (reply.json ?? {}) as Record<string, unknown>;
  return { token, expiresAt: jwtExpiry(token), user: str(u.username) || str(u.email) || login };
}

/** The value of the `Authorization` cookie among Set-Cookie lines, if any. */
export function sessionCookie(setCookies: readonly string[]): string | undefined {
  for (const line of setCookies) {
    const m = /^\s*Authorization=([^;]*)/i.exec(line);
    if (m && m[1]) {
      const v = m[1].replace(/^"(.*)"$/, '$1');
      try {
        return decodeURIComponent(v);
      } catch {
        return v;
      }
    }
  }
  return undefined;
}

/** `exp` of a JWT in epoch ms (read, not verified: only to say when the session ends). */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
