/**
 * The WhyLabs key routes customers can use: `/v1/api-key` with `X-API-Key` (the `/v0/.../api-key`
 * routes are internal: a customer key gets 403 there). Any valid key passes
 * `GET /v1/api-key/validate`; list, create and revoke need a key with the `:administrator` or
 * `:account_administrator` scope, and creating needs a paid plan. Replies are camelCase with
 * nulls omitted; times are ISO local date-times in UTC without a zone.
 * Contract: test/contracts/whylabs.openapi.json (and its README's facts).
 */
import { ApiClient, PlatformError } from './http';

export interface WhyLabsKeyInfo {
  readonly keyId: string;
  readonly orgId: string;
  readonly alias: string | null;
  readonly scopes: readonly string[];
  /** Epoch ms, or null for no expiry. */
  readonly expiresAt: number | null;
}

/** What the pasted key is: its id, and the org when the key carries a `:org-…` suffix. */
export interface WhyLabsKeyParts {
  readonly keyId: string;
  readonly orgId?: string;
}

/** Whether the key may list (and so manage) the org's keys, and why not when it may not. */
export type WhyLabsKeyAccess =
  { readonly canManage: true; readonly keys: WhyLabsKeyInfo[] } | { readonly canManage: false; readonly why: string };

/**
 * `<10-char key id>.<53-char secret>` (64 characters, as the server's validator requires) with an
 * optional `:<orgId>` suffix, which the server strips only when it is the one colon.
 */
export function parseWhyLabsKey(key: string): WhyLabsKeyParts | undefined {
  const m = /^([A-Za-z0-9]{10})\.[A-Za-z0-9+\-^!$&@]{53}(?::([^:\s]+))?$/.exec(key.trim());
  return m ? { keyId: m[1], orgId: m[2] } : undefined;
}

/** `2024-01-31T12:34:56.789` is UTC though it says no zone (JavaScript would read it as local time). */
export function parseWhyLabsTime(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const ms = Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms;
}

export const NOT_ADMIN =
  'Listing, creating and revoking WhyLabs keys through the API needs a key with the administrator scope (:administrator or :account_administrator); this key does not have it. Manage keys in the WhyLabs web app (Settings → Access Tokens), or store an administrator key here.';

export class WhyLabsClient extends ApiClient {
  constructor(
    readonly endpoint: string,
    private readonly key: string,
    timeoutMs = 15_000,
  ) {
    super(`WhyLabs at ${endpoint}`, endpoint, { 'x-api-key': key }, timeoutMs);
  }

  /** WhyLabs takes its arguments in the query string, lists as repeated parameters. */
  private call(path: string, query: Record<string, string | readonly string[] | undefined>, method: 'GET' | 'POST' | 'DELETE' = 'GET') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v as string]) params.append(k, one);
    return this.request(params.size ? `${path}?${params}` : path, method);
  }

  /**
   * Checks the key with `GET /v1/api-key/validate` (any valid key). WhyLabs answers 403, not
   * 401, for a key it does not know, has revoked or that expired.
   */
  async validate(): Promise<WhyLabsKeyParts> {
    const parts = parseWhyLabsKey(this.key);
    if (!parts)
      throw new PlatformError(
        'That does not look like a WhyLabs API key (expected "<10-character id>.<53-character secret>", optionally followed by ":org-…").',
        'invalid',
      );
    try {
      await this.call('/v1/api-key/validate', {});
    } catch (err) {
      if (err instanceof PlatformError && err.status === 403) {
        throw new PlatformError(
          `${this.service} does not accept this key (403): it is unknown there, revoked or expired. Check the key and the API endpoint (EU accounts use another endpoint).`,
          'unauthorized',
          403,
        );
      }
      throw err;
    }
    return parts;
  }

  /** The org's keys (all users' keys, no secrets); only an administrator-scoped key may list them. */
  async listKeys(): Promise<WhyLabsKeyInfo[]> {
    let json: unknown;
    try {
      ({ json } = await this.call('/v1/api-key', {}));
    } catch (err) {
      throw this.notAdmin(err);
    }
    return this.list((json as { items?: unknown } | undefined)?.items, 'key list').map((i) => this.infoOf(i));
  }

  /** Lists the keys when the key may, else says plainly why the list is unavailable. */
  async access(): Promise<WhyLabsKeyAccess> {
    try {
      return { canManage: true, keys: await this.listKeys() };
    } catch (err) {
      if (err instanceof PlatformError && err.kind === 'forbidden') return { canManage: false, why: err.message };
      throw err;
    }
  }

  /** Creates a key in the key's org (paid plans only); the reply is the only time its secret is shown. */
  async createKey(options: {
    alias?: string;
    scopes?: readonly string[];
    expiresAt?: number;
  }): Promise<{ info: WhyLabsKeyInfo; key: string }> {
    let json: unknown;
    try {
      ({ json } = await this.call(
        '/v1/api-key',
        {
          alias: options.alias,
          scopes: options.scopes,
          expiration_time: options.expiresAt !== undefined ? String(Math.round(options.expiresAt)) : undefined,
        },
        'POST',
      ));
    } catch (err) {
      if (err instanceof PlatformError && err.status === 400 && /cannot create api keys for this organization/i.test(err.message)) {
        throw new PlatformError(
          `${this.service} does not let this organization create API keys through the API (a paid plan is needed). Create the key in the WhyLabs web app (Settings → Access Tokens) and paste it with "WhyLabs: use an existing API key".`,
          'denied',
          400,
        );
      }
      if (err instanceof PlatformError && err.status === 400 && /invalid expiration time/i.test(err.message)) {
        throw new PlatformError(`${this.service} refused the expiry: it must be at least a minute in the future.`, 'invalid', 400);
      }
      throw this.notAdmin(err);
    }
    const key = (json as { key?: unknown } | undefined)?.key;
    if (typeof key !== 'string' || !parseWhyLabsKey(key))
      throw new PlatformError(`${this.service} sent a reply without the new key; KeyWarden stored nothing.`, 'malformed');
    return { info: this.infoOf(json), key };
  }

  /** Revokes a key; WhyLabs finds only keys that were made with this same key (others: 404). */
  async revokeKey(keyId: string): Promise<void> {
    try {
      await this.call('/v1/api-key', { key_id: keyId }, 'DELETE');
    } catch (err) {
      if (err instanceof PlatformError && err.status === 404) {
        throw new PlatformError(
          `${this.service} revokes through the API only keys that were created with the key it is asked with; ${keyId} was made another way (web app or another key). Revoke it in the WhyLabs web app (Settings → Access Tokens).`,
          'not-found',
          404,
        );
      }
      throw this.notAdmin(err);
    }
  }

  private notAdmin(err: unknown): unknown {
    return err instanceof PlatformError && err.status === 403
      ? new PlatformError(`${NOT_ADMIN} (${this.service} answered 403.)`, 'forbidden', 403)
      : err;
  }

  private infoOf(json: unknown): WhyLabsKeyInfo {
    const o = (json ?? {}) as Record<string, unknown>;
    if (typeof o.keyId !== 'string' || typeof o.orgId !== 'string')
      throw new PlatformError(`${this.service} sent key details without keyId/orgId; KeyWarden stored nothing.`, 'malformed');
    return {
      keyId: o.keyId,
      orgId: o.orgId,
      alias: typeof o.alias === 'string' ? o.alias : null,
      scopes: Array.isArray(o.scopes) ? o.scopes.map(String) : [],
      expiresAt: parseWhyLabsTime(o.expirationTime),
    };
  }
}

/**
 * "Rotate now" on a leaked key: its id is the key's first 10 characters, so the key is named by
 * that id (never by its secret); `confirm` asks the user; `admin` gives the administrator key to
 * revoke with only after a yes. WhyLabs revokes only keys made with the revoking key (else 404).
 */
export async function revokeLeakedKey(
  value: string,
  confirm: (keyId: string) => Promise<boolean>,
  admin: () => Promise<WhyLabsClient | undefined>,
): Promise<{ done: 'revoked' | 'kept'; keyId: string } | { done: 'unreadable' }> {
  const keyId = parseWhyLabsKey(value)?.keyId;
  if (!keyId) return { done: 'unreadable' };
  if (!(await confirm(keyId))) return { done: 'kept', keyId };
  const client = await admin();
  if (!client) return { done: 'kept', keyId };
  await client.revokeKey(keyId);
  return { done: 'revoked', keyId };
}
