/**
 * A local Robust Intelligence (RI Platform) API for tests and `npm start`, validated against
 * test/contracts/rime.openapi.json: `rime-api-key` authentication, `GET /v1/users/roles` (the
 * token check), per-workspace paged `GET /v1/users/api-tokens`, create and delete by `id.uuid`,
 * `GET /v1/rime-info`. The server is a gRPC gateway: errors are RpcStatus `{code, message}`.
 * Which HTTP status a bad token or the 200-token limit gets is in no public source (contracts
 * README): the choices here (401 UNAUTHENTICATED, 429 RESOURCE_EXHAUSTED) are marked unverified.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Request } from './base';
import { serveContract, type AuthResult, type ContractServer, type Reply } from './contract';

export interface RimeToken {
  id: string;
  name: string;
  token: string;
  workspaceId: string;
  userId: string;
  creationTime: string;
  expirationTime: string;
  tokenType: string;
}

export interface RimeServer extends ContractServer {
  readonly tokens: Map<string, RimeToken>;
  /** The workspaces of the instance; the default user has a role in each. */
  readonly workspaces: string[];
  /** The first workspace (kept for callers that need one). */
  readonly workspaceId: string;
  /** Largest page the server sends, whatever pageSize asks (so tests see several pages). */
  maxPageSize: number;
  /** Mints a token as if created in the web app; returns its secret. */
  mintToken(options?: { name?: string; expiryDays?: number; workspaceId?: string; userId?: string }): string;
  /** Gives a user a role on a workspace (or the organisation), as ListCurrentUserRoles reports it. */
  grant(userId: string, subjectType: 'SUBJECT_TYPE_WORKSPACE' | 'SUBJECT_TYPE_ORGANIZATION', subjectId: string, role?: string): void;
}

const rpc = (status: number, code: number, message: string): Reply => ({ status, body: { code, message, details: [] } });

export async function startRime(options: { maxTokens?: number; workspaces?: number } = {}): Promise<RimeServer> {
  const tokens = new Map<string, RimeToken>();
  const workspaces: string[] = Array.from({ length: options.workspaces ?? 2 }, () => randomUUID());
  const maxTokens = options.maxTokens ?? 200;
  const roles = new Map<string, { subjectType: string; subjectId: string; role: string }[]>();
  const grant = (userId: string, subjectType: string, subjectId: string, role = 'ACTOR_ROLE_USER') => {
    const list = roles.get(userId) ?? [];
    list.push({ subjectType, subjectId, role });
    roles.set(userId, list);
  };
  grant('user-1', 'SUBJECT_TYPE_ORGANIZATION', 'org-1');
  for (const w of workspaces) grant('user-1', 'SUBJECT_TYPE_WORKSPACE', w);

  const mint = (name: string, expiryDays: number, workspaceId: string, userId = 'user-1') => {
    const now = Date.now();
    const t: RimeToken = {
      id: randomUUID(),
      name,
      token: randomBytes(30).toString('base64url'),
      workspaceId,
      userId,
      creationTime: new Date(now).toISOString(),
      expirationTime: new Date(now + expiryDays * 86_400_000).toISOString(),
      tokenType: 'TOKEN_TYPE_USER',
    };
    tokens.set(t.id, t);
    return t;
  };
  const info = (t: RimeToken) => ({
    id: { uuid: t.id },
    name: t.name,
    suffix: t.token.slice(-4),
    creationTime: t.creationTime,
    expirationTime: t.expirationTime,
    workspaceId: { uuid: t.workspaceId },
    userId: t.userId,
    tokenType: t.tokenType,
  });

  const authenticate = (req: Request): AuthResult<RimeToken> => {
    const key = req.headers['rime-api-key'];
    const caller = typeof key === 'string' ? [...tokens.values()].find((t) => t.token === key) : undefined;
    // Unverified (contracts README, RI Platform): gRPC UNAUTHENTICATED (16) maps to HTTP 401.
    if (!caller) return { reject: rpc(401, 16, typeof key === 'string' ? 'invalid api key' : 'missing rime-api-key header') };
    if (Date.parse(caller.expirationTime) < Date.now()) return { reject: rpc(401, 16, 'api key expired') };
    return { principal: caller };
  };

  // Read at request time from the returned object, so tests can change it.
  const state = { maxPageSize: 10 };
  const server = await serveContract<RimeToken>({
    contract: 'rime',
    security: { 'rime-api-key': authenticate },
    handlers: {
      ListCurrentUserRoles: (_req, caller) => ({
        status: 200,
        body: { roles: (roles.get(caller.userId) ?? []).map((r) => ({ ...r, implicitGrant: false })) },
      }),
      GetRIMEInfo: () => ({
        status: 200,
        body: { clusterInfoVersion: 'stand-in', customerName: 'KeyWarden tests', riPlan: 'RI_PLAN_DEFAULT', buildVersion: 'stand-in' },
      }),
      ListAPITokens: (req) => {
        const workspaceId = req.query.get('workspaceId.uuid');
        // Unverified: the client always names the workspace; the list is "for a Workspace".
        if (!workspaceId) return rpc(400, 3, 'workspace id is required');
        if (!workspaces.includes(workspaceId)) return rpc(404, 5, `workspace ${workspaceId} not found`);
        const all = [...tokens.values()].filter((t) => t.workspaceId === workspaceId);
        const asked = Number(req.query.get('pageSize') ?? state.maxPageSize);
        const size = Math.max(1, Math.min(Number.isFinite(asked) && asked > 0 ? asked : state.maxPageSize, state.maxPageSize));
        const pageToken = req.query.get('pageToken');
        const start = pageToken
          ? Number(
              Buffer.from(pageToken, 'base64url')
                .toString('utf8')
                .replace(/^offset:/, ''),
            )
          : 0;
        if (!Number.isInteger(start) || start < 0 || start > all.length) return rpc(400, 3, 'invalid page token');
        const page = all.slice(start, start + size);
        const hasMore = start + size < all.length;
        return {
          status: 200,
          body: {
            apiTokenInfos: page.map(info),
            nextPageToken: hasMore ? Buffer.from(`offset:${start + size}`).toString('base64url') : '',
            hasMore,
          },
        };
      },
      CreateAPIToken: (req, caller) => {
        // RI's own client sends token_type; gRPC-gateway JSON accepts both names (contracts README).
        const body = req.json as {
          name: string;
          workspaceId?: { uuid?: string };
          tokenType?: string;
          token_type?: string;
          expiryDays?: number;
        };
        const type = body.tokenType ?? body.token_type ?? 'TOKEN_TYPE_USER';
        if (body.name === '') return rpc(400, 3, 'name must not be empty');
        const workspaceId = body.workspaceId?.uuid;
        if (!workspaceId) return rpc(400, 3, 'workspace id is required');
        if (!workspaces.includes(workspaceId)) return rpc(404, 5, `workspace ${workspaceId} not found`);
        if (type !== 'TOKEN_TYPE_USER') return rpc(403, 7, 'only TOKEN_TYPE_USER tokens can be created by users');
        const days = body.expiryDays ?? 270;
        if (days < 1 || days > 270) return rpc(400, 3, 'expiryDays must be between 1 and 270');
        // Unverified: the docs state the 200-token limit, not the reply; RESOURCE_EXHAUSTED (8) maps to 429.
        if (tokens.size >= maxTokens)
          return rpc(429, 8, `the maximum number of API tokens (${maxTokens}) for this instance has been reached`);
        const t = mint(body.name, days, workspaceId, caller.userId);
        return { status: 200, body: { id: { uuid: t.id }, fullApiToken: t.token } };
      },
      DeleteAPIToken: (req, caller) => {
        const t = tokens.get(req.params['id.uuid']);
        if (!t || t.userId !== caller.userId) return rpc(404, 5, 'api token not found');
        tokens.delete(t.id);
        return { status: 200, body: {} };
      },
    },
    outside: {
      notFound: () => rpc(404, 5, 'Not Found'),
      methodNotAllowed: () => rpc(405, 12, 'Method Not Allowed'),
      invalid: (_req, errors) => rpc(400, 3, errors.join('; ')),
      notJson: () => rpc(400, 3, 'invalid character in request body'),
    },
  });
  const rime = Object.assign(server, {
    tokens,
    workspaces,
    workspaceId: workspaces[0],
    mintToken(o: { name?: string; expiryDays?: number; workspaceId?: string; userId?: string } = {}) {
      return mint(o.name ?? 'existing', o.expiryDays ?? 270, o.workspaceId ?? workspaces[0], o.userId).token;
    },
    grant,
  });
  Object.defineProperty(rime, 'maxPageSize', {
    get: () => state.maxPageSize,
    set: (n: number) => void (state.maxPageSize = n),
    enumerable: true,
  });
  return rime as RimeServer;
}
