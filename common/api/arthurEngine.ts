/**
 * The Arthur Engine's key API (`/auth/api_keys`, `/users/me`) as a small typed client, held to
 * the published contract (test/contracts/arthur-engine.openapi.json) and the facts its code
 * shows (test/contracts/README.md). Key management takes only the admin key or a login JWT the
 * Engine can verify; `/users/me` (Engines from 2026-05 on) takes any valid credential.
 */
import { ApiClient, field, PlatformError } from './http';

export const ENGINE_ROLES = ['VALIDATION-USER', 'TASK-ADMIN', 'DEFAULT-RULE-ADMIN', 'ORG-AUDITOR', 'ORG-ADMIN'] as const;

export interface EngineKey {
  readonly id: string;
  readonly description: string | null;
  readonly roles: readonly string[];
  readonly isActive: boolean;
  readonly createdAt: string;
}

export interface WhoAmI {
  readonly userId: string;
  readonly roles: readonly string[];
  /**
   * Older Engines have no /users/me: the key was checked with `GET /api/v2/tasks`, where 200 or
   * 403 both mean it authenticated (403 = it lacks a task-read role, as VALIDATION-USER keys do).
   */
  readonly legacy: boolean;
}

/** What a refusal on the key routes means, in the user's words. */
export const KEY_ROUTES_NEED =
  "Managing Engine keys takes the Engine's admin key (GENAI_ENGINE_ADMIN_KEY) or a login token the Engine trusts; an API key made by the Engine is refused there (401), whatever its roles.";

/** Why an Engine refuses an Arthur Platform session, in the user's words. */
export const SESSION_NOT_TRUSTED =
  'This Engine does not accept your Arthur Platform session: an Engine checks login tokens against its own signing keys (those published at its GENAI_ENGINE_INGRESS_URI) and needs the realm_access.roles and email claims, so a platform login works only on an Engine set up to trust the platform. Use the admin key instead.';

export class EngineClient extends ApiClient {
  constructor(
    readonly baseUrl: string,
    credential: string,
    timeoutMs = 15_000,
  ) {
    super(`the Arthur Engine at ${baseUrl}`, baseUrl, { authorization: `Bearer ${credential}` }, timeoutMs);
  }

  /** The key routes: a 401 there is most often a user key, which those routes never accept. */
  private async keyRoute(path: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', body?: unknown) {
    try {
      return await this.request(path, method, body);
    } catch (err) {
      if (err instanceof PlatformError && err.kind === 'unauthorized') {
        throw new PlatformError(`${this.service} refused the credential for key management (401). ${KEY_ROUTES_NEED}`, 'unauthorized', 401);
      }
      if (err instanceof PlatformError && err.kind === 'forbidden') {
        throw new PlatformError(
          `${this.service} says this login may not manage keys (403): listing needs the ORG-ADMIN or ORG-AUDITOR role, creating and deactivating need ORG-ADMIN.`,
          'forbidden',
          403,
        );
      }
      throw err;
    }
  }

  /** Creates a key; the reply is the only time the server shows it. */
  async createKey(description: string, roles: readonly string[]): Promise<{ key: EngineKey; secret: string }> {
    // Roles are always sent: an omitted list means VALIDATION-USER, but [] or null would mean none.
    const { json } = await this.keyRoute('/auth/api_keys/', 'POST', { description, roles: roles.length ? roles : ['VALIDATION-USER'] });
    const secret = field(this.service, json, 'key');
    return { key: keyOf(this.service, json), secret };
  }

  async listKeys(): Promise<EngineKey[]> {
    const { json } = await this.keyRoute('/auth/api_keys/');
    return this.list(json, 'key list').map((k) => keyOf(this.service, k));
  }

  /** Reads one key (404 "API Key not found" for an unknown id). */
  async getKey(id: string): Promise<EngineKey> {
    const { json } = await this.keyRoute(`/auth/api_keys/${encodeURIComponent(id)}`);
    return keyOf(this.service, json);
  }

  /**
   * Deactivates a key. The Engine answers 204 (its published spec says 200 with a body: both
   * are fine). Each Engine instance caches keys for up to 10 s, so the key may work that long.
   */
  async deactivateKey(id: string): Promise<void> {
    await this.keyRoute(`/auth/api_keys/deactivate/${encodeURIComponent(id)}`, 'DELETE');
  }

  /**
   * Checks the credential on any Engine version: `GET /users/me`; where that route does not
   * exist (404 with the UI or API-only, 405 where only `DELETE /users/{id}` matches), `GET
   * /api/v2/tasks`, whose 403 means the key authenticated but lacks a task-read role.
   */
  async whoAmI(): Promise<WhoAmI> {
    try {
      const { json } = await this.request('/users/me');
      const roles = (json as { roles?: unknown }).roles;
      return { userId: field(this.service, json, 'user_id'), roles: Array.isArray(roles) ? roles.map(String) : [], legacy: false };
    } catch (err) {
      if (!(err instanceof PlatformError) || (err.status !== 404 && err.status !== 405)) throw err;
    }
    try {
      await this.request('/api/v2/tasks');
    } catch (err) {
      if (!(err instanceof PlatformError) || err.kind !== 'forbidden') throw err;
    }
    return { userId: '', roles: [], legacy: true };
  }
}

function keyOf(service: string, json: unknown): EngineKey {
  const o = (json ?? {}) as Record<string, unknown>;
  return {
    id: field(service, o, 'id'),
    description: typeof o.description === 'string' ? o.description : null,
    roles: Array.isArray(o.roles) ? o.roles.map(String) : [],
    isActive: o.is_active !== false,
    createdAt: typeof o.created_at === 'string' ? o.created_at : '',
  };
}

/** The key id inside an Engine key (base64 of "<uuid>:<secret>"), or undefined for other formats. */
export function engineKeyId(key: string): string | undefined {
  try {
    const decoded = Buffer.from(key, 'base64').toString('utf8');
    const m = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):/i.exec(decoded);
    return m?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Runs a key-management call made with the Arthur Platform session and, when the Engine refuses
 * that session (401 "Bad credentials", or 500 "Unable to verify credentials" when the token's
 * signing key is not in the Engine's own key set: AE auth/jwk_client.py, utils/users.py), says
 * why in the user's words instead of the bare status.
 */
export async function explainSessionRefusal<T>(viaSession: boolean, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (viaSession && err instanceof PlatformError && (err.kind === 'unauthorized' || (err.kind === 'server' && err.status === 500))) {
      throw new PlatformError(`${SESSION_NOT_TRUSTED} (The Engine answered HTTP ${err.status ?? 'with an error'}.)`, err.kind, err.status);
    }
    throw err;
  }
}
