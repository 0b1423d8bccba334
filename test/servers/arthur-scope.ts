/**
 * A local Arthur Scope (v3) API for tests and `npm start`: the calls Arthur's Python clients make
 * to sign in and to learn who a credential is, held to test/contracts/arthur-scope.openapi.json
 * (written from those clients' source; every request and reply validated by ./contract.ts).
 *
 * Credentials travel as the raw `Authorization` header. The matrix:
 * - API keys of an Arthur-internal caller: `GET /api/v3/users/me` names the organisation
 *   (a service token gets only organization_id and roles);
 * - keys of a caller that is not Arthur-internal (`internal: false`, e.g. an external identity
 *   provider): /users/me answers 403 and `/users/me/auth_info` lists 0, 1 or several organisations;
 * - users with login and password: `POST /api/v3/login` sets an `Authorization` cookie holding an
 *   HS256 session JWT with `exp` (arthur-ai/bench:arthur_bench/client/auth/refresh.py:11-47);
 * - revoked keys and expired sessions: 401; `authInfo: false`: a host without auth_info (404).
 * What the clients do not read (error bodies, a session's lifetime, the key format) is made up
 * here and marked so; see README "Arthur Scope" for what stays unverified.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { serveContract, type ContractServer, type Request } from './contract';

export interface ScopeCaller {
  readonly organizationIds: string[];
  /** Arthur-internal users get /users/me; others get 403 there and use auth_info. */
  readonly internal: boolean;
  readonly roles: string[];
  readonly username: string;
  readonly email: string;
}

export interface ScopeOptions {
  /** false: the host does not implement /users/me/auth_info (404). */
  authInfo?: boolean;
  /** Seconds a login session lasts (unverified: Arthur's value is in no public source). */
  sessionTtl?: number;
}

export interface ArthurScope extends ContractServer {
  /** Makes an API key as if created in Settings → API Keys (format unverified: random text). */
  mintKey(caller?: Partial<ScopeCaller>): string;
  /** Adds a user who can log in with login (username or email) and password. */
  addUser(login: string, password: string, caller?: Partial<ScopeCaller>): void;
  revoke(key: string): void;
}

const UNVERIFIED_ERROR = (message: string) => ({ message });

export async function startArthurScope(options: ScopeOptions = {}): Promise<ArthurScope> {
  const keys = new Map<string, ScopeCaller>();
  const users = new Map<string, { password: string; caller: ScopeCaller; id: string }>();
  const secret = new Uint8Array(randomBytes(32));
  const ttl = options.sessionTtl ?? 3600;
  const callerOf = (c: Partial<ScopeCaller> = {}): ScopeCaller => ({
    organizationIds: c.organizationIds ?? [randomUUID()],
    internal: c.internal ?? true,
    roles: c.roles ?? ['Model Owner'],
    username: c.username ?? '',
    email: c.email ?? '',
  });

  /** A key, or a session JWT of a logged-in user; sessions are checked in the handlers (async). */
  type Principal = { kind: 'key'; caller: ScopeCaller } | { kind: 'session'; token: string };
  function authenticate(req: Request): { principal: Principal } | { reject: { status: number; body: unknown } } {
    const header = req.headers.authorization;
    if (typeof header !== 'string' || header === '') return { reject: { status: 401, body: UNVERIFIED_ERROR('missing Authorization') } };
    const key = keys.get(header);
    if (key) return { principal: { kind: 'key', caller: key } };
    if (header.split('.').length === 3) return { principal: { kind: 'session', token: header } };
    return { reject: { status: 401, body: UNVERIFIED_ERROR('invalid credentials') } };
  }
  async function resolve(p: Principal): Promise<ScopeCaller | undefined> {
    if (p.kind === 'key') return p.caller;
    try {
      const { payload } = await jwtVerify(p.token, secret, { algorithms: ['HS256'] });
      return [...users.values()].find((u) => u.id === payload.sub)?.caller;
    } catch {
      return undefined;
    }
  }
  const refused = { status: 401, body: UNVERIFIED_ERROR('invalid credentials') };

  const server = await serveContract<Principal>({
    contract: 'arthur-scope',
    security: { ArthurAuthorization: authenticate },
    handlers: {
      getCurrentUser: async (_req, p) => {
        const c = await resolve(p);
        if (!c) return refused;
        if (!c.internal) return { status: 403, body: UNVERIFIED_ERROR('caller is not an Arthur internal user') };
        // A service (API-key) token gets only organization_id and roles (bench rest/admin/models.py:130-134).
        const user = p.kind === 'session' ? { username: c.username, email: c.email } : {};
        return { status: 200, body: { organization_id: c.organizationIds[0], roles: c.roles, ...user } };
      },
      getAuthInfo: async (_req, p) => {
        if (options.authInfo === false) return { status: 404, body: UNVERIFIED_ERROR('not found') };
        const c = await resolve(p);
        if (!c) return refused;
        return {
          status: 200,
          body: {
            organization_ids: c.organizationIds,
            issuer: 'https://idp.example',
            username: c.username,
            first_name: '',
            last_name: '',
            email: c.email,
            roles: c.roles,
          },
        };
      },
      login: async (req) => {
        const { login, password } = req.json as { login: string; password: string };
        const u = users.get(login) ?? [...users.values()].find((x) => x.caller.email === login);
        // The arthurai SDK reads 401 as a wrong login or password (the bench client reads 403).
        if (!u || u.password !== password) return { status: 401, body: UNVERIFIED_ERROR('invalid login or password') };
        const token = await new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(u.id)
          .setIssuedAt()
          .setExpirationTime(`${ttl}s`)
          .sign(secret);
        return {
          status: 200,
          body: { id: u.id, email: u.caller.email, username: u.caller.username, roles: u.caller.roles },
          headers: { 'set-cookie': `Authorization=${token}; Path=/; HttpOnly; Secure; SameSite=Strict` },
        };
      },
    },
    outside: {
      notFound: () => ({ status: 404, body: UNVERIFIED_ERROR('not found') }),
      methodNotAllowed: () => ({ status: 405, body: UNVERIFIED_ERROR('method not allowed') }),
      invalid: (_req, errors) => ({ status: 400, body: UNVERIFIED_ERROR(errors.join('; ')) }),
    },
    facts: {
      // Unverified: no public source says what a wrong request or server failure looks like.
      getCurrentUser: { 400: { body: { type: 'object' }, fact: "unverified: the stand-in's answer to a request outside the contract" } },
      getAuthInfo: { 400: { body: { type: 'object' }, fact: 'unverified: as above' } },
      login: { 400: { body: { type: 'object' }, fact: 'unverified: as above' } },
    },
  });

  return Object.assign(server, {
    mintKey(caller?: Partial<ScopeCaller>) {
      const key = randomBytes(30).toString('base64url');
      keys.set(key, callerOf(caller));
      return key;
    },
    addUser(login: string, password: string, caller?: Partial<ScopeCaller>) {
      users.set(login, { password, caller: callerOf({ username: login, email: `${login}@example.com`, ...caller }), id: randomUUID() });
    },
    revoke(key: string) {
      keys.delete(key);
    },
  });
}
