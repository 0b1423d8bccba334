/**
 * A local Arthur Engine for tests and `npm start`: the documented key-management contract
 * (`/auth/api_keys`), `/users/me`, and bearer validation of the admin key, user keys in the real
 * `base64("<uuid>:<secret>")` format (stored hashed, shown once) and platform JWTs verified
 * against an OIDC provider's JWKS. Status codes and `detail` messages follow the Engine's code.
 *
 * Fault injection (`engine.fault = …`) makes the next requests slow, fail with 500, answer
 * malformed JSON, or drop the connection, so tests can check what the user sees.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Fault } from './base';

export const ROLES = ['DEFAULT-RULE-ADMIN', 'TASK-ADMIN', 'VALIDATION-USER', 'ORG-AUDITOR', 'ORG-ADMIN', 'TENANT-USER'] as const;

export interface StoredKey {
  id: string;
  hash: string;
  description: string | null;
  roles: string[];
  is_active: boolean;
  created_at: string;
  deactivated_at: string | null;
}

export type { Fault };

export interface EngineOptions {
  adminKey?: string;
  /** JWKS URL of the platform's OIDC provider; platform JWTs are accepted when set. */
  jwksUrl?: string;
  /** Older engines answer 404 on /users/me. */
  legacy?: boolean;
  maxKeys?: number;
}

export interface ArthurEngine {
  readonly url: string;
  readonly adminKey: string;
  readonly keys: Map<string, StoredKey>;
  /** Applied to every request while set (tests clear it). */
  fault: Fault | undefined;
  /** Requests seen, method and path only (never headers: they hold credentials). */
  readonly requests: string[];
  /** Mints a user key directly, as if created earlier. */
  mintKey(roles?: string[], description?: string): { id: string; key: string };
  close(): Promise<void>;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Principal = { kind: 'admin' } | { kind: 'user-key'; key: StoredKey } | { kind: 'jwt'; sub: string; roles: string[] };

export async function startArthurEngine(options: EngineOptions = {}): Promise<ArthurEngine> {
  const adminKey = options.adminKey ?? `admin-${randomBytes(24).toString('base64url')}`;
  const keys = new Map<string, StoredKey>();
  const requests: string[] = [];
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const maxKeys = options.maxKeys ?? 100;

  const mintKey = (roles = ['VALIDATION-USER'], description: string | null = null) => {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    keys.set(id, { id, hash: hash(secret), description, roles, is_active: true, created_at: new Date().toISOString(), deactivated_at: null });
    return { id, key: Buffer.from(`${id}:${secret}`).toString('base64') };
  };

  async function authenticate(req: http.IncomingMessage): Promise<Principal | { status: number; detail: string }> {
    const header = req.headers.authorization;
    const m = header ? /^bearer (.+)$/i.exec(header) : null;
    if (!m) return { status: 401, detail: 'Requires authentication' };
    const token = m[1];
    if (token === adminKey) return { kind: 'admin' };
    if (token.split('.').length === 3 && jwks) {
      try {
        const { payload } = await jwtVerify(token, jwks);
        return { kind: 'jwt', sub: String(payload.sub), roles: ['ORG-ADMIN'] };
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_JWKS_TIMEOUT' || /fetch|ECONNREFUSED/i.test(String(err))) return { status: 500, detail: 'Unable to verify credentials' };
        return { status: 401, detail: 'Bad credentials' };
      }
    }
    let decoded = '';
    try {
      decoded = Buffer.from(token, 'base64').toString('utf8');
    } catch {
      /* not base64 */
    }
    const colon = decoded.indexOf(':');
    const stored = colon > 0 ? keys.get(decoded.slice(0, colon)) : undefined;
    if (stored && stored.is_active && stored.hash === hash(decoded.slice(colon + 1))) return { kind: 'user-key', key: stored };
    return { status: 401, detail: 'Bad credentials' };
  }

  const view = (k: StoredKey, key?: string) => ({
    id: k.id,
    key: key ?? null,
    description: k.description,
    is_active: k.is_active,
    created_at: k.created_at,
    deactivated_at: k.deactivated_at,
    message: key ? 'This is the only time the key is shown: store it now.' : null,
    roles: k.roles,
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://engine');
    const send = (status: number, payload?: unknown) => {
      if (payload === undefined) {
        res.writeHead(status).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const auth = await authenticate(req);
    if ('status' in auth) return send(auth.status, { detail: auth.detail });

    const path = url.pathname;
    if (req.method === 'GET' && path === '/users/me') {
      if (options.legacy) return send(404, { detail: 'Not Found' });
      if (auth.kind === 'admin') return send(200, { user_id: 'admin', roles: ['ORG-ADMIN'], org_scope: null, org: null });
      if (auth.kind === 'jwt') return send(200, { user_id: auth.sub, roles: auth.roles, org_scope: null, org: null });
      return send(200, { user_id: auth.key.id, roles: auth.key.roles, org_scope: null, org: null });
    }
    if (req.method === 'GET' && path === '/api/v2/tasks') return send(200, { records: [], count: 0 });

    if (path === '/auth/api_keys/' || path.startsWith('/auth/api_keys/')) {
      // Key management takes the admin key or a platform JWT; user keys are refused.
      if (auth.kind === 'user-key') return send(403, { detail: 'User does not have the required role to manage API keys' });
      if (req.method === 'POST' && path === '/auth/api_keys/') {
        let request: { description?: unknown; roles?: unknown };
        try {
          request = body ? JSON.parse(body) : {};
        } catch {
          return send(422, { detail: [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }] });
        }
        const roles = request.roles === undefined || request.roles === null ? ['VALIDATION-USER'] : request.roles;
        if (!Array.isArray(roles) || roles.some((r) => !(ROLES as readonly string[]).includes(r))) {
          return send(422, { detail: [{ loc: ['body', 'roles'], msg: `Input should be ${ROLES.map((r) => `'${r}'`).join(', ')}`, type: 'enum' }] });
        }
        if (roles.includes('TENANT-USER')) return send(400, { detail: 'TENANT-USER role cannot be assigned to an API key' });
        if ([...keys.values()].filter((k) => k.is_active).length >= maxKeys) return send(400, { detail: 'Maximum number of active keys reached' });
        const description = typeof request.description === 'string' ? request.description : null;
        const { id, key } = mintKey(roles as string[], description);
        return send(200, view(keys.get(id)!, key));
      }
      if (req.method === 'GET' && path === '/auth/api_keys/') return send(200, [...keys.values()].filter((k) => k.is_active).map((k) => view(k)));
      const deactivate = /^\/auth\/api_keys\/deactivate\/([^/]+)$/.exec(path);
      const one = /^\/auth\/api_keys\/([^/]+)$/.exec(path);
      const id = deactivate?.[1] ?? one?.[1];
      if (id !== undefined) {
        if (!UUID.test(id)) return send(422, { detail: [{ loc: ['path', 'api_key_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] });
        const k = keys.get(id);
        if (!k || (deactivate && !k.is_active)) return send(404, { detail: 'API Key not found' });
        if (req.method === 'DELETE' && deactivate) {
          k.is_active = false;
          k.deactivated_at = new Date().toISOString();
          return send(204);
        }
        if (req.method === 'GET' && one) return send(200, view(k));
      }
    }
    return send(404, { detail: 'Not Found' });
  }

  const engine: ArthurEngine = {
    url: '',
    adminKey,
    keys,
    fault: undefined,
    requests,
    mintKey: (roles, description) => mintKey(roles, description ?? null),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const fault = engine.fault;
      const go = () => handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: String(err) }));
      });
      if (!fault) return void go();
      if (fault.kind === 'slow') return void setTimeout(go, fault.ms);
      if (fault.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'application/json' }).end(fault.body ?? JSON.stringify({ detail: 'Internal Server Error' }));
      if (fault.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "3f0c", "key": ');
      req.socket.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (engine as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('close', () => server.closeAllConnections?.());
  const close = engine.close;
  (engine as { close: () => Promise<void> }).close = () => {
    server.closeAllConnections?.();
    return close();
  };
  return engine;
}
