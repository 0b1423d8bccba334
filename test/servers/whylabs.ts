/**
 * A local WhyLabs API for tests and `npm start`: the api-key routes of
 * `/v0/organizations/{org_id}/api-key` (parameters in the query string, as the real API takes
 * them), `X-API-Key` authentication with keys shaped `<10-char id>.<secret>:<org_id>`.
 */
import { randomBytes } from 'node:crypto';
import { serveJson, type JsonServer } from './base';

export interface WhyLabsKey {
  key_id: string;
  org_id: string;
  user_id: string;
  secret: string;
  creation_time: number;
  expiration_time: number | null;
  scopes: string[];
  alias: string | null;
  revoked: boolean;
}

export interface WhyLabsServer extends JsonServer {
  readonly keys: Map<string, WhyLabsKey>;
  /** Makes a key as if created earlier; returns the whole key string users paste. */
  mintKey(orgId: string, userId: string, options?: { alias?: string; expiration?: number; withOrgSuffix?: boolean }): string;
}

const alnum = (n: number) => randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);

export async function startWhyLabs(): Promise<WhyLabsServer> {
  const keys = new Map<string, WhyLabsKey>();
  const mint = (orgId: string, userId: string, o: { alias?: string; expiration?: number | null; scopes?: string[] } = {}) => {
    const k: WhyLabsKey = { key_id: alnum(10), org_id: orgId, user_id: userId, secret: alnum(64), creation_time: Date.now(), expiration_time: o.expiration ?? null, scopes: o.scopes ?? [':user'], alias: o.alias ?? null, revoked: false };
    keys.set(k.key_id, k);
    return k;
  };
  const view = (k: WhyLabsKey) => ({ key_id: k.key_id, org_id: k.org_id, user_id: k.user_id, creation_time: k.creation_time, expiration_time: k.expiration_time, scopes: k.scopes, alias: k.alias, revoked: k.revoked });

  const server = await serveJson(({ method, path, query, headers }) => {
    const header = headers['x-api-key'];
    if (typeof header !== 'string' || header === '') return { status: 401, body: { message: 'Missing API key (X-API-Key header)' } };
    const [idAndSecret] = header.split(':org-').length > 1 ? [header.slice(0, header.indexOf(':org-'))] : [header.split(':')[0]];
    const dot = idAndSecret.indexOf('.');
    const caller = dot === 10 ? keys.get(idAndSecret.slice(0, 10)) : undefined;
    if (!caller || caller.secret !== idAndSecret.slice(11) || caller.revoked || (caller.expiration_time !== null && caller.expiration_time < Date.now())) {
      return { status: 401, body: { message: 'Invalid API key' } };
    }
    const m = /^\/v0\/organizations\/([^/]+)\/api-key(?:\/([^/]+))?$/.exec(path);
    if (!m) return { status: 404, body: { message: 'Not found' } };
    const [, org, keyId] = m;
    if (org !== caller.org_id) return { status: 403, body: { message: `Not authorized for organization ${org}` } };
    if (method === 'GET' && keyId) {
      const k = keys.get(keyId);
      return k && k.org_id === org ? { status: 200, body: view(k) } : { status: 404, body: { message: `API key ${keyId} not found` } };
    }
    const userId = query.get('user_id');
    if (!userId) return { status: 400, body: { message: 'user_id is required' } };
    if (userId !== caller.user_id) return { status: 403, body: { message: 'Keys can only be managed by their own user' } };
    if (method === 'POST') {
      const expiration = query.get('expiration_time');
      if (expiration !== null && !/^\d+$/.test(expiration)) return { status: 400, body: { message: 'expiration_time must be epoch milliseconds' } };
      const k = mint(org, userId, { alias: query.get('alias') ?? undefined, expiration: expiration ? Number(expiration) : null, scopes: query.getAll('scopes').length ? query.getAll('scopes') : undefined });
      return { status: 200, body: { ...view(k), key: `${k.key_id}.${k.secret}:${org}` } };
    }
    if (method === 'GET') return { status: 200, body: { items: [...keys.values()].filter((k) => k.org_id === org && k.user_id === userId && !k.revoked).map(view) } };
    if (method === 'DELETE') {
      const k = keys.get(query.get('key_id') ?? '');
      if (!k || k.org_id !== org) return { status: 404, body: { message: 'API key not found' } };
      k.revoked = true;
      return { status: 200, body: view(k) };
    }
    return { status: 405, body: { message: 'Method not allowed' } };
  });
  return Object.assign(server, {
    keys,
    mintKey(orgId: string, userId: string, options: { alias?: string; expiration?: number; withOrgSuffix?: boolean } = {}) {
      const k = mint(orgId, userId, options);
      return `${k.key_id}.${k.secret}${options.withOrgSuffix === false ? '' : `:${orgId}`}`;
    },
  });
}
