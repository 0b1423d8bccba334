/**
 * The Arthur Engine's key API (`/auth/api_keys`, `/users/me`) as a small typed client. Key
 * management takes the admin key or a platform JWT; `/users/me` takes any valid credential.
 */
import { field, PlatformError, requestJson } from '../http';

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
  /** Older engines have no /users/me; the key was checked with another authorised GET. */
  readonly legacy: boolean;
}

export class EngineClient {
  readonly service: string;

  constructor(
    readonly baseUrl: string,
    private readonly credential: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.service = `the Arthur Engine at ${baseUrl}`;
  }

  private url(path: string): string {
    return `${this.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  private request(path: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', body?: unknown) {
    return requestJson(this.service, this.url(path), { method, body, headers: { authorization: `Bearer ${this.credential}` }, timeoutMs: this.timeoutMs });
  }

  /** Creates a key; the reply is the only time the server shows it. */
  async createKey(description: string, roles: readonly string[]): Promise<{ key: EngineKey; secret: string }> {
    const { json } = await this.request('/auth/api_keys/', 'POST', { description, roles });
    const secret = field(this.service, json, 'key');
    return { key: keyOf(this.service, json), secret };
  }

  async listKeys(): Promise<EngineKey[]> {
    const { json } = await this.request('/auth/api_keys/');
    if (!Array.isArray(json)) throw new PlatformError(`${this.service} sent a key list KeyWarden could not read.`, 'malformed');
    return json.map((k) => keyOf(this.service, k));
  }

  /** Deactivates a key (the Engine answers 204; its published spec says 200: both are fine). */
  async deactivateKey(id: string): Promise<void> {
    await this.request(`/auth/api_keys/deactivate/${encodeURIComponent(id)}`, 'DELETE');
  }

  /** Checks the credential: `/users/me`, or on older engines another authorised GET. */
  async whoAmI(): Promise<WhoAmI> {
    try {
      const { json } = await this.request('/users/me');
      const roles = (json as { roles?: unknown }).roles;
      return { userId: field(this.service, json, 'user_id'), roles: Array.isArray(roles) ? roles.map(String) : [], legacy: false };
    } catch (err) {
      if (!(err instanceof PlatformError) || err.kind !== 'not-found') throw err;
      await this.request('/api/v2/tasks?page_size=1');
      return { userId: '', roles: [], legacy: true };
    }
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
