/**
 * A local H2O h2oGPTe REST API for tests and `npm start`, validated against
 * test/contracts/h2ogpte.openapi.json (paths under `/api/v1`): `Authorization: Bearer sk-…`,
 * `GET /users/current/roles` and `/permissions`, `GET /collections`, and the admin-only
 * `/admin/api_keys` routes (list, create → 201, deactivate is a POST → 204, delete → 204).
 *
 * Left open by the spec, so chosen per stand-in and both tried by the tests:
 * - how a collection-specific key is answered outside chat ("do not allow other API calls",
 *   H2 :4-16): `collectionKeys: 'answer'` treats it like its user, `'refuse'` answers 401;
 * - what a non-admin gets on `/admin/api_keys`: `adminRefusal` 401 (the only auth error the spec
 *   declares) or 403;
 * - the format of `hint`: here `sk-…` and the key's last 4 characters.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Request } from './base';
import { serveContract, type AuthResult, type ContractServer, type Reply } from './contract';

export interface H2oKey {
  id: string;
  key: string;
  username: string;
  userId: string;
  name: string;
  admin: boolean;
  collectionId: string | null;
  active: boolean;
  createdAt: string;
}

export interface H2oGpteOptions {
  collectionKeys?: 'answer' | 'refuse';
  adminRefusal?: 401 | 403;
}

export interface H2oGpteServer extends ContractServer {
  readonly keys: Map<string, H2oKey>;
  readonly collections: { id: string; name: string }[];
  mintKey(options?: { username?: string; collection?: string; admin?: boolean; name?: string }): string;
}

const err = (status: number, message: string): Reply => ({ status, body: { code: status, message } });

export async function startH2oGpte(options: H2oGpteOptions = {}): Promise<H2oGpteServer> {
  const keys = new Map<string, H2oKey>();
  const collections = [
    { id: randomUUID(), name: 'Contracts' },
    { id: randomUUID(), name: 'Support tickets' },
  ];
  const users = new Map<string, string>();
  const userIdOf = (username: string) => {
    if (!users.has(username)) users.set(username, randomUUID());
    return users.get(username)!;
  };
  const mint = (o: { username?: string; collectionId?: string | null; admin?: boolean; name?: string }) => {
    // The spec's example key is `sk-` + 48 characters (H2 :14).
    const key = `sk-${randomBytes(48)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 48)}`;
    const username = o.username ?? 'jane';
    const k: H2oKey = {
      id: randomUUID(),
      key,
      username,
      userId: userIdOf(username),
      name: o.name ?? 'key',
      admin: o.admin ?? false,
      collectionId: o.collectionId ?? null,
      active: true,
      createdAt: new Date().toISOString(),
    };
    keys.set(key, k);
    return k;
  };
  const info = (k: H2oKey) => {
    const c = collections.find((x) => x.id === k.collectionId);
    return {
      id: k.id,
      username: k.username,
      name: k.name,
      hint: `sk-…${k.key.slice(-4)}`,
      created_at: k.createdAt,
      total_calls: 0,
      is_active: k.active,
      is_global_key: k.collectionId === null,
      ...(c ? { collection_id: c.id, collection_name: c.name } : {}),
    };
  };
  const collectionKeys = options.collectionKeys ?? 'answer';
  const adminRefusal = options.adminRefusal ?? 401;

  const authenticate = (req: Request): AuthResult<H2oKey> => {
    const m = /^bearer (.+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!m) return { reject: err(401, 'Missing API key') };
    const k = keys.get(m[1]);
    if (!k || !k.active) return { reject: err(401, 'Invalid API key') };
    // Collection-specific keys "do not allow other API calls" (H2 :4-16); what they get is not documented.
    if (k.collectionId && collectionKeys === 'refuse') return { reject: err(401, 'API key is restricted to a collection') };
    return { principal: k };
  };
  const adminOnly = (caller: H2oKey, then: () => Reply): Reply => (caller.admin ? then() : err(adminRefusal, 'Admin access required'));
  const byId = (id: string) => [...keys.values()].find((k) => k.id === id);

  const server = await serveContract<H2oKey>({
    contract: 'h2ogpte',
    apiRoot: '/api/v1',
    security: { bearerAuth: authenticate },
    handlers: {
      get_current_user_roles: (_req, caller) => ({
        status: 200,
        body: caller.admin ? [{ id: 'role-admin', name: 'Admin', priority: 100 }] : [{ id: 'role-user', name: 'User', priority: 10 }],
      }),
      get_current_user_permissions: () => ({ status: 200, body: [{ id: 'perm-chat', name: 'chat' }] }),
      list_collections: (_req, caller) => {
        const now = new Date().toISOString();
        const visible = caller.collectionId ? collections.filter((c) => c.id === caller.collectionId) : collections;
        return {
          status: 200,
          body: visible.map((c) => ({
            id: c.id,
            name: c.name,
            description: '',
            embedding_model: 'BAAI/bge-large-en-v1.5',
            document_count: 0,
            document_size: 0,
            created_at: now,
            updated_at: now,
            user_count: 1,
            is_public: false,
            username: caller.username,
            sessions_count: 0,
            status: 'completed',
          })),
        };
      },
      list_all_api_keys: (req, caller) =>
        adminOnly(caller, () => {
          const offset = Number(req.query.get('offset') ?? 0);
          const limit = Number(req.query.get('limit') ?? 100);
          const filter = req.query.get('filter');
          const all = [...keys.values()].filter((k) => !filter || k.username.includes(filter));
          return { status: 200, body: all.slice(offset, offset + limit).map(info) };
        }),
      create_api_key_for_user: (req, caller) =>
        adminOnly(caller, () => {
          const body = req.json as { user_id: string; name?: string; collection_id?: string };
          const username = [...users.entries()].find(([, id]) => id === body.user_id)?.[0];
          if (!username) return err(404, `User ${body.user_id} not found`);
          if (body.collection_id && !collections.some((c) => c.id === body.collection_id))
            return err(404, `Collection ${body.collection_id} not found`);
          const k = mint({ username, collectionId: body.collection_id ?? null, name: body.name });
          return { status: 201, body: { secret_key: k.key, api_key: info(k) } };
        }),
      deactivate_api_key: (req, caller) =>
        adminOnly(caller, () => {
          const k = byId(req.params.key_id);
          if (!k) return err(404, 'API key not found');
          if (!k.active) return err(409, 'API key is already inactive');
          k.active = false;
          return { status: 204 };
        }),
      delete_api_key: (req, caller) =>
        adminOnly(caller, () => {
          const k = byId(req.params.key_id);
          if (!k) return err(400, 'API key not found');
          keys.delete(k.key);
          return { status: 204 };
        }),
    },
    outside: {
      notFound: () => err(404, 'Not found'),
      methodNotAllowed: () => err(405, 'Method not allowed'),
      invalid: (_req, errors) => err(400, errors.join('; ')),
    },
  });
  return Object.assign(server, {
    keys,
    collections,
    mintKey(o: { username?: string; collection?: string; admin?: boolean; name?: string } = {}) {
      const collectionId = o.collection ? (collections.find((c) => c.name === o.collection)?.id ?? null) : null;
      return mint({ ...o, collectionId }).key;
    },
  });
}
