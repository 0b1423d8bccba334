/**
 * Robust Intelligence (RI Platform) API tokens (`rime-api-key` header), on the gRPC-gateway
 * shapes of test/contracts/rime.openapi.json: the token check is `GET /v1/users/roles` (there is
 * no "current user" route), token lists are per workspace and paged
 * (`{apiTokenInfos, nextPageToken, hasMore}`), ids are `{uuid}` objects, create takes
 * `workspaceId: {uuid}`, delete is by `id.uuid`. Tokens expire 270 days after creation at most,
 * and an instance holds at most 200.
 */
import { ApiClient, field, MAX_PAGES, PAGE_SIZE, PlatformError } from './http';

export const RIME_MAX_EXPIRY_DAYS = 270;
const RIME_TOKEN_LIMIT = 200;

export interface RimeTokenInfo {
  readonly id: string;
  readonly name: string;
  readonly suffix: string;
  readonly workspaceId: string;
  readonly userId: string;
  /** Epoch ms. */
  readonly expiresAt: number | null;
}

export interface RimeRole {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly role: string;
}

export interface RimeTokenCheck {
  readonly roles: readonly RimeRole[];
  /** Workspaces the token's user has a role in (from the roles reply; may be empty for org-level roles). */
  readonly workspaceIds: readonly string[];
}

/**
 * Whether a listed token may be a leaked one: its visible suffix (the last characters, all RI
 * shows) ends the leaked value. Not an identification: the user picks (KeyWarden never does).
 */
export const fitsLeaked = (t: RimeTokenInfo, leaked: string): boolean => t.suffix !== '' && leaked.endsWith(t.suffix);

const uuidOf = (v: unknown): string =>
  v && typeof v === 'object' && typeof (v as { uuid?: unknown }).uuid === 'string' ? (v as { uuid: string }).uuid : '';

export class RimeClient extends ApiClient {
  constructor(
    readonly url: string,
    private readonly token: string,
    timeoutMs = 15_000,
  ) {
    super(`the RI Platform at ${url}`, url, { 'rime-api-key': token }, timeoutMs);
  }

  /** Checks the token with `GET /v1/users/roles` and derives the workspaces it can act in. */
  async check(): Promise<RimeTokenCheck> {
    const { json } = await this.request('/v1/users/roles');
    const roles = this.list((json as { roles?: unknown } | undefined)?.roles ?? [], 'role list').map((r) => {
      const o = (r ?? {}) as Record<string, unknown>;
      return { subjectType: String(o.subjectType ?? ''), subjectId: String(o.subjectId ?? ''), role: String(o.role ?? '') };
    });
    const workspaceIds = [
      ...new Set(roles.filter((r) => r.subjectType === 'SUBJECT_TYPE_WORKSPACE' && r.subjectId !== '').map((r) => r.subjectId)),
    ];
    return { roles, workspaceIds };
  }

  /** Every token of a workspace: follows `nextPageToken` while `hasMore` says so. */
  async listTokens(workspaceId: string): Promise<RimeTokenInfo[]> {
    const all: RimeTokenInfo[] = [];
    const seen = new Set<string>();
    let pageToken = '';
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ 'workspaceId.uuid': workspaceId, pageSize: String(PAGE_SIZE) });
      if (pageToken) query.set('pageToken', pageToken);
      const { json } = await this.request(`/v1/users/api-tokens?${query}`);
      const o = (json ?? {}) as { apiTokenInfos?: unknown; nextPageToken?: unknown; hasMore?: unknown };
      // gRPC-gateway may omit fields holding their default value (an empty list, false, "").
      all.push(...this.list(o.apiTokenInfos ?? [], 'token list').map((t) => this.infoOf(t)));
      const next = typeof o.nextPageToken === 'string' ? o.nextPageToken : '';
      if (o.hasMore !== true || next === '') return all;
      if (seen.has(next))
        throw new PlatformError(`${this.service} sent the same page token twice; KeyWarden stopped listing.`, 'malformed');
      seen.add(next);
      pageToken = next;
    }
    throw new PlatformError(
      `${this.service} kept sending more pages (over ${MAX_PAGES * PAGE_SIZE} tokens); KeyWarden stopped listing.`,
      'malformed',
    );
  }

  /** The token this client holds, found by its visible suffix among a workspace's tokens. */
  async ownToken(workspaceIds: readonly string[]): Promise<RimeTokenInfo | undefined> {
    for (const w of workspaceIds) {
      const mine = (await this.listTokens(w)).find((t) => fitsLeaked(t, this.token));
      if (mine) return mine;
    }
    return undefined;
  }

  async createToken(name: string, workspaceId: string, expiryDays = RIME_MAX_EXPIRY_DAYS): Promise<{ id: string; token: string }> {
    try {
      const { json } = await this.request('/v1/users/api-tokens', 'POST', {
        name,
        workspaceId: { uuid: workspaceId },
        tokenType: 'TOKEN_TYPE_USER',
        expiryDays,
      });
      const id = uuidOf((json as { id?: unknown } | undefined)?.id);
      if (!id) throw new PlatformError(`${this.service} sent a reply without the new token's id; KeyWarden stored nothing.`, 'malformed');
      return { id, token: field(this.service, json, 'fullApiToken') };
    } catch (err) {
      // The limit's reply is in no public source: RESOURCE_EXHAUSTED (429) or a message naming it.
      if (err instanceof PlatformError && (err.status === 429 || (err.status !== undefined && /maximum number|limit/i.test(err.message)))) {
        throw new PlatformError(
          `${err.message} An RI Platform instance holds at most ${RIME_TOKEN_LIMIT} API tokens: delete unused ones ("KeyWarden: Manage keys") and try again.`,
          'limit',
          err.status,
        );
      }
      throw err;
    }
  }

  async deleteToken(id: string): Promise<void> {
    await this.request(`/v1/users/api-tokens/${encodeURIComponent(id)}`, 'DELETE');
  }

  private infoOf(t: unknown): RimeTokenInfo {
    const o = (t ?? {}) as Record<string, unknown>;
    const id = uuidOf(o.id);
    if (!id) throw new PlatformError(`${this.service} sent a token without an id; KeyWarden could not read the list.`, 'malformed');
    const expires = typeof o.expirationTime === 'string' ? Date.parse(o.expirationTime) : NaN;
    return {
      id,
      name: typeof o.name === 'string' ? o.name : '',
      suffix: typeof o.suffix === 'string' ? o.suffix : '',
      workspaceId: uuidOf(o.workspaceId),
      userId: typeof o.userId === 'string' ? o.userId : '',
      expiresAt: Number.isNaN(expires) ? null : expires,
    };
  }
}
