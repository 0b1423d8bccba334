/**
 * Robust Intelligence RI Platform API tokens (`rime-api-key` header): create, list and delete.
 * Tokens expire 270 days after creation at most, and an instance holds at most 200.
 */
import { field, PlatformError, requestJson } from '../http';

export const RIME_MAX_EXPIRY_DAYS = 270;
export const RIME_TOKEN_LIMIT = 200;

export interface RimeTokenInfo {
  readonly id: string;
  readonly name: string;
  readonly suffix: string;
  readonly workspaceId: string;
  /** Epoch ms. */
  readonly expiresAt: number | null;
}

export class RimeClient {
  readonly service: string;

  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.service = `the RI Platform at ${url}`;
  }

  private request(path: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', body?: unknown) {
    return requestJson(this.service, `${this.url.replace(/\/+$/, '')}${path}`, { method, body, headers: { 'rime-api-key': this.token }, timeoutMs: this.timeoutMs });
  }

  async listTokens(): Promise<RimeTokenInfo[]> {
    const { json } = await this.request('/v1/users/api-tokens');
    const list = Array.isArray(json) ? json : (json as { apiTokens?: unknown; tokens?: unknown })?.apiTokens ?? (json as { tokens?: unknown })?.tokens;
    if (!Array.isArray(list)) throw new PlatformError(`${this.service} sent a token list KeyWarden could not read.`, 'malformed');
    return list.map((t) => {
      const o = (t ?? {}) as Record<string, unknown>;
      return {
        id: field(this.service, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        suffix: typeof o.suffix === 'string' ? o.suffix : '',
        workspaceId: typeof o.workspace_id === 'string' ? o.workspace_id : '',
        expiresAt: typeof o.expiration_time === 'string' ? Date.parse(o.expiration_time) : null,
      };
    });
  }

  async createToken(name: string, workspaceId: string, expiryDays = RIME_MAX_EXPIRY_DAYS): Promise<{ id: string; token: string }> {
    try {
      const { json } = await this.request('/v1/users/api-tokens', 'POST', { name, workspaceId, tokenType: 'TOKEN_TYPE_USER', expiryDays });
      return { id: field(this.service, json, 'id'), token: field(this.service, json, 'fullApiToken') };
    } catch (err) {
      if (err instanceof PlatformError && /maximum number/i.test(err.message)) {
        throw new PlatformError(`${err.message} An RI Platform instance holds at most ${RIME_TOKEN_LIMIT} API tokens: delete unused ones ("KeyWarden: Manage keys") and try again.`, 'limit', err.status);
      }
      throw err;
    }
  }

  async deleteToken(id: string): Promise<void> {
    await this.request(`/v1/users/api-tokens/${encodeURIComponent(id)}`, 'DELETE');
  }
}
