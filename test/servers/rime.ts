/**
 * A local Robust Intelligence (RI Platform) API for tests and `npm start`: `rime-api-key`
 * authentication and `/v1/users/api-tokens` (create, list, delete). Tokens expire after
 * `expiryDays` (at most 270) and an instance holds at most `maxTokens` (200).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { serveJson, type JsonServer } from './base';

export interface RimeToken {
  id: string;
  name: string;
  token: string;
  workspace_id: string;
  user_id: string;
  creation_time: string;
  expiration_time: string;
  token_type: string;
}

export interface RimeServer extends JsonServer {
  readonly tokens: Map<string, RimeToken>;
  readonly workspaceId: string;
  mintToken(options?: { name?: string; expiryDays?: number }): string;
}

export async function startRime(options: { maxTokens?: number } = {}): Promise<RimeServer> {
  const tokens = new Map<string, RimeToken>();
  const workspaceId = randomUUID();
  const maxTokens = options.maxTokens ?? 200;
  const mint = (name: string, expiryDays: number, userId = 'user-1') => {
    const now = Date.now();
    const t: RimeToken = {
      id: randomUUID(),
      name,
      token: randomBytes(30).toString('base64url'),
      workspace_id: workspaceId,
      user_id: userId,
      creation_time: new Date(now).toISOString(),
      expiration_time: new Date(now + expiryDays * 86_400_000).toISOString(),
      token_type: 'TOKEN_TYPE_USER',
    };
    tokens.set(t.id, t);
    return t;
  };
  const info = (t: RimeToken) => ({ id: t.id, name: t.name, suffix: t.token.slice(-4), creation_time: t.creation_time, expiration_time: t.expiration_time, workspace_id: t.workspace_id, user_id: t.user_id, token_type: t.token_type });

  const server = await serveJson(({ method, path, headers, json }) => {
    const key = headers['rime-api-key'];
    const caller = typeof key === 'string' ? [...tokens.values()].find((t) => t.token === key) : undefined;
    if (!caller) return { status: 401, body: { code: 16, message: typeof key === 'string' ? 'invalid api key' : 'missing rime-api-key header' } };
    if (Date.parse(caller.expiration_time) < Date.now()) return { status: 401, body: { code: 16, message: 'api key expired' } };
    if (path === '/v1/users/api-tokens' && method === 'GET') return { status: 200, body: { apiTokens: [...tokens.values()].filter((t) => t.user_id === caller.user_id).map(info) } };
    if (path === '/v1/users/api-tokens' && method === 'POST') {
      const req = (json ?? {}) as { name?: unknown; workspaceId?: unknown; tokenType?: unknown; expiryDays?: unknown };
      if (typeof req.name !== 'string' || req.name === '') return { status: 400, body: { code: 3, message: 'name is required' } };
      if (req.workspaceId !== workspaceId) return { status: 400, body: { code: 3, message: `unknown workspace ${String(req.workspaceId)}` } };
      if (req.tokenType !== 'TOKEN_TYPE_USER') return { status: 400, body: { code: 3, message: 'tokenType must be TOKEN_TYPE_USER' } };
      const days = typeof req.expiryDays === 'number' ? req.expiryDays : 270;
      if (days < 1 || days > 270) return { status: 400, body: { code: 3, message: 'expiryDays must be between 1 and 270' } };
      if (tokens.size >= maxTokens) return { status: 400, body: { code: 9, message: `the maximum number of API tokens (${maxTokens}) for this instance has been reached` } };
      const t = mint(req.name, days, caller.user_id);
      return { status: 200, body: { id: t.id, fullApiToken: t.token } };
    }
    const del = /^\/v1\/users\/api-tokens\/([^/]+)$/.exec(path);
    if (del && method === 'DELETE') {
      const t = tokens.get(del[1]);
      if (!t || t.user_id !== caller.user_id) return { status: 404, body: { code: 5, message: 'api token not found' } };
      tokens.delete(t.id);
      return { status: 200, body: {} };
    }
    return { status: 404, body: { code: 5, message: 'Not Found' } };
  });
  return Object.assign(server, {
    tokens,
    workspaceId,
    mintToken(o: { name?: string; expiryDays?: number } = {}) {
      return mint(o.name ?? 'existing', o.expiryDays ?? 270).token;
    },
  });
}
