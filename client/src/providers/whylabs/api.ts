/** The WhyLabs api-key routes (`X-API-Key`), parameters in the query string as the API takes them. */
import { field, PlatformError, requestJson } from '../http';

export interface WhyLabsKeyInfo {
  readonly keyId: string;
  readonly orgId: string;
  readonly userId: string;
  readonly alias: string | null;
  readonly scopes: readonly string[];
  /** Epoch ms, or null for no expiry. */
  readonly expiresAt: number | null;
}

/** `<10-char key id>.<secret>` with an optional `:org-…` suffix. */
export function parseWhyLabsKey(key: string): { keyId: string; orgId?: string } | undefined {
  const m = /^([A-Za-z0-9]{10})\.[A-Za-z0-9]{2,70}(?::(org-[A-Za-z0-9]+))?$/.exec(key.trim());
  return m ? { keyId: m[1], orgId: m[2] } : undefined;
}

export class WhyLabsClient {
  readonly service: string;

  constructor(
    readonly endpoint: string,
    private readonly key: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.service = `WhyLabs at ${endpoint}`;
  }

  private request(path: string, query: Record<string, string | string[] | undefined>, method: 'GET' | 'POST' | 'DELETE' = 'GET') {
    const url = new URL(`${this.endpoint.replace(/\/+$/, '')}${path}`);
    for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) url.searchParams.append(k, one);
    return requestJson(this.service, url.toString(), { method, headers: { 'x-api-key': this.key }, timeoutMs: this.timeoutMs });
  }

  /** Checks the key by reading its own metadata (which also says whose it is). */
  async whoAmI(orgId: string): Promise<WhyLabsKeyInfo> {
    const parsed = parseWhyLabsKey(this.key);
    if (!parsed) throw new PlatformError('That does not look like a WhyLabs API key (expected "<10-character id>.<secret>", optionally ":org-…").', 'invalid');
    const { json } = await this.request(`/v0/organizations/${encodeURIComponent(orgId)}/api-key/${parsed.keyId}`, {});
    return infoOf(this.service, json);
  }

  async createKey(orgId: string, userId: string, options: { alias?: string; scopes?: string[]; expiresAt?: number }): Promise<{ info: WhyLabsKeyInfo; key: string }> {
    const { json } = await this.request(
      `/v0/organizations/${encodeURIComponent(orgId)}/api-key`,
      { user_id: userId, alias: options.alias, scopes: options.scopes, expiration_time: options.expiresAt ? String(options.expiresAt) : undefined },
      'POST',
    );
    return { info: infoOf(this.service, json), key: field(this.service, json, 'key') };
  }

  async listKeys(orgId: string, userId: string): Promise<WhyLabsKeyInfo[]> {
    const { json } = await this.request(`/v0/organizations/${encodeURIComponent(orgId)}/api-key`, { user_id: userId });
    const items = (json as { items?: unknown }).items;
    if (!Array.isArray(items)) throw new PlatformError(`${this.service} sent a key list KeyWarden could not read.`, 'malformed');
    return items.map((i) => infoOf(this.service, i));
  }

  async revokeKey(orgId: string, userId: string, keyId: string): Promise<void> {
    await this.request(`/v0/organizations/${encodeURIComponent(orgId)}/api-key`, { user_id: userId, key_id: keyId }, 'DELETE');
  }
}

function infoOf(service: string, json: unknown): WhyLabsKeyInfo {
  const o = (json ?? {}) as Record<string, unknown>;
  return {
    keyId: field(service, o, 'key_id'),
    orgId: field(service, o, 'org_id'),
    userId: field(service, o, 'user_id'),
    alias: typeof o.alias === 'string' ? o.alias : null,
    scopes: Array.isArray(o.scopes) ? o.scopes.map(String) : [],
    expiresAt: typeof o.expiration_time === 'number' ? o.expiration_time : null,
  };
}
