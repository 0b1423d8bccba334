/**
 * h2oGPTe (`Authorization: Bearer sk-…`, REST under `/api/v1`), on
 * test/contracts/h2ogpte.openapi.json. A pasted key is checked with `GET /users/current/roles`
 * (as H2O's own n8n node does); there is no `GET /users/current` and `DELETE /users/current`
 * deletes the user, so KeyWarden never calls that path. Key routes are admin-only
 * (`/admin/api_keys`). Whether a key is global or bound to one collection is said only by the
 * admin key list (`is_global_key`): for anyone else KeyWarden says it does not know.
 */
import { ApiClient, MAX_PAGES, PAGE_SIZE, PlatformError } from './http';

export interface H2oApiKeyInfo {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly hint: string;
  readonly active: boolean;
  /** From `is_global_key`, the only place h2oGPTe says it. */
  readonly global: boolean;
  readonly collection?: string;
  /** Epoch ms, or null for no expiry. */
  readonly expiresAt: number | null;
}

export interface H2oKeyCheck {
  /** Role names of the key's user. */
  readonly roles: readonly string[];
  /** Whether the key may use the admin key routes (it could list all keys). */
  readonly admin: boolean;
  /** 'unknown' unless the admin key list says which this key is. */
  readonly kind: 'global' | 'collection' | 'unknown';
  readonly collection?: string;
  /** This key in the admin list, when found there by its hint. */
  readonly keyId?: string;
}

export const NOT_ADMIN_KEYS =
  "Listing and deactivating h2oGPTe keys through the API needs an administrator's key (the /admin/api_keys routes). Create and remove your own keys in the h2oGPTe web UI (Settings → API Keys).";

/** Whether an admin-list `hint` (e.g. "sk-…wxyz") fits a key: its visible start and end (4+ characters besides "sk-"). */
export function hintMatches(hint: string, key: string): boolean {
  const parts = hint.split(/(?:\.\.\.|…|\*+)/).filter((p) => p !== '');
  if (parts.length === 0) return false;
  const head = parts.length > 1 ? parts[0] : '';
  const tail = parts[parts.length - 1];
  const visible = `${head}${tail}`.replace(/^sk-/, '');
  return visible.length >= 4 && key.startsWith(head) && key.endsWith(tail) && key.length >= head.length + tail.length;
}

/**
 * Whether a listed key may be a leaked one: active, and its hint fits. The hint shows only the
 * key's last characters, so a fit is not an identification: the user picks (KeyWarden never does).
 */
export const fitsLeaked = (k: H2oApiKeyInfo, leaked: string): boolean => k.active && hintMatches(k.hint, leaked);

export class H2oGpteClient extends ApiClient {
  constructor(
    readonly url: string,
    private readonly key: string,
    timeoutMs = 15_000,
  ) {
    super(`h2oGPTe at ${url}`, `${url.replace(/\/+$/, '')}/api/v1`, { authorization: `Bearer ${key}` }, timeoutMs);
  }

  /**
   * Checks the key (`GET /users/current/roles`), then whether it is an admin's (the admin key
   * list answers); only that list can say whether this key is global or collection-specific.
   */
  async check(): Promise<H2oKeyCheck> {
    if (!/^sk-[A-Za-z0-9_-]{10,}$/.test(this.key))
      throw new PlatformError('That does not look like an h2oGPTe API key (they start with "sk-").', 'invalid');
    let json: unknown;
    try {
      ({ json } = await this.request('/users/current/roles'));
    } catch (err) {
      if (err instanceof PlatformError && err.status === 401) {
        throw new PlatformError(
          `${err.message} Check the key and the server address. A collection-specific key may be refused on every call but chat with its collection (h2oGPTe does not document it), so KeyWarden cannot check such a key.`,
          'unauthorized',
          401,
        );
      }
      throw err;
    }
    const roles = this.list(json, 'role list')
      .map((r) => (r && typeof r === 'object' && typeof (r as { name?: unknown }).name === 'string' ? (r as { name: string }).name : ''))
      .filter((n) => n !== '');
    let keys: H2oApiKeyInfo[];
    try {
      keys = await this.listKeys();
    } catch (err) {
      // Refused (401/403), or no admin routes at all (404): not an admin's key.
      if (err instanceof PlatformError && (err.kind === 'forbidden' || err.status === 404)) return { roles, admin: false, kind: 'unknown' };
      throw err;
    }
    const mine = keys.filter((k) => hintMatches(k.hint, this.key));
    if (mine.length !== 1) return { roles, admin: true, kind: 'unknown' };
    const [k] = mine;
    return { roles, admin: true, kind: k.global ? 'global' : 'collection', collection: k.collection, keyId: k.id };
  }

  /** Every key of the server (admins only): follows offset/limit pages to the end. */
  async listKeys(): Promise<H2oApiKeyInfo[]> {
    const all: H2oApiKeyInfo[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      let json: unknown;
      try {
        ({ json } = await this.request(`/admin/api_keys?offset=${page * PAGE_SIZE}&limit=${PAGE_SIZE}`));
      } catch (err) {
        throw this.notAdmin(err);
      }
      const keys = this.list(json, 'key list');
      all.push(...keys.map((k) => this.infoOf(k)));
      if (keys.length < PAGE_SIZE) return all;
    }
    throw new PlatformError(
      `${this.service} kept sending more keys (over ${MAX_PAGES * PAGE_SIZE}); KeyWarden stopped listing.`,
      'malformed',
    );
  }

  /** Deactivates a key (admins only): `POST /admin/api_keys/deactivate/{key_id}` → 204. */
  async deactivateKey(id: string): Promise<void> {
    try {
      await this.request(`/admin/api_keys/deactivate/${encodeURIComponent(id)}`, 'POST');
    } catch (err) {
      if (err instanceof PlatformError && err.status === 409)
        throw new PlatformError(`${this.service} says that key is already inactive (409).`, 'invalid', 409);
      throw this.notAdmin(err);
    }
  }

  /** After a successful check, 401 or 403 on an admin route means "not an admin" (the spec declares only 401). */
  private notAdmin(err: unknown): unknown {
    return err instanceof PlatformError && (err.status === 401 || err.status === 403)
      ? new PlatformError(`${NOT_ADMIN_KEYS} (${this.service} answered ${err.status}.)`, 'forbidden', err.status)
      : err;
  }

  private infoOf(k: unknown): H2oApiKeyInfo {
    const o = (k ?? {}) as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.is_global_key !== 'boolean')
      throw new PlatformError(`${this.service} sent a key without id or is_global_key; KeyWarden could not read the list.`, 'malformed');
    const expires = typeof o.expires_at === 'string' ? Date.parse(o.expires_at) : NaN;
    return {
      id: o.id,
      username: typeof o.username === 'string' ? o.username : '',
      name: typeof o.name === 'string' ? o.name : '',
      hint: typeof o.hint === 'string' ? o.hint : '',
      active: o.is_active !== false,
      global: o.is_global_key,
      collection: typeof o.collection_name === 'string' ? o.collection_name : undefined,
      expiresAt: Number.isNaN(expires) ? null : expires,
    };
  }
}
