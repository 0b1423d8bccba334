/**
 * h2oGPTe (`Authorization: Bearer sk-…`). Users create keys in the web UI (the REST key routes
 * are admin-only), so KeyWarden checks a pasted key with an authenticated read of
 * `/api/v1/collections`, which also shows whether the key is bound to one collection.
 */
import { PlatformError, requestJson } from '../http';

export interface H2oKeyInfo {
  readonly kind: 'global' | 'collection';
  /** The collection a collection-specific key is bound to. */
  readonly collection?: string;
}

export class H2oGpteClient {
  readonly service: string;

  constructor(
    readonly url: string,
    private readonly key: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.service = `h2oGPTe at ${url}`;
  }

  async check(): Promise<H2oKeyInfo> {
    if (!/^sk-[A-Za-z0-9_-]{10,}$/.test(this.key)) throw new PlatformError('That does not look like an h2oGPTe API key (they start with "sk-").', 'invalid');
    const { json } = await requestJson(this.service, `${this.url.replace(/\/+$/, '')}/api/v1/collections`, { headers: { authorization: `Bearer ${this.key}` }, timeoutMs: this.timeoutMs });
    if (!Array.isArray(json)) throw new PlatformError(`${this.service} sent a collection list KeyWarden could not read.`, 'malformed');
    const restricted = json.find((c) => c && typeof c === 'object' && (c as { is_global_key?: unknown }).is_global_key === false) as { name?: unknown } | undefined;
    return restricted ? { kind: 'collection', collection: typeof restricted.name === 'string' ? restricted.name : undefined } : { kind: 'global' };
  }
}
