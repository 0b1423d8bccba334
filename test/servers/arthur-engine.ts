/**
 * A local Arthur Engine for tests and `npm start`, held to the Engine's published contract
 * (test/contracts/arthur-engine.openapi.json, validated on every request and reply by
 * ./contract.ts) and to the facts its code shows where it differs from that spec
 * (test/contracts/README.md "Known facts"; AE = arthur-ai/arthur-engine:genai-engine/src/).
 *
 * The version and permission matrix:
 * - `version`: 'current' has `GET /users/me` (added 2026-05-29, AE routers/user_routes.py:94-129);
 *   'old-404' is an older Engine serving its UI at / or API-only (404 there, AE server.py:637-648),
 *   'old-405' an older Engine where GET /users/me only matches `DELETE /users/{user_id}` (405,
 *   AE@cc1cbc50 routers/user_routes.py:119). Both answer before authentication, as routing does.
 * - Credentials: the admin key (roles ["ADMIN-KEY"], MasterAPIKeyValidator.py:16-40), user keys
 *   in the real `base64("<uuid>:<secret>")` format with their roles (`mintKey`), login JWTs
 *   signed with the Engine's own key set (`signJwt`, e.g. an ORG-ADMIN login) and, with
 *   `jwksUrl`, JWTs of a platform the Engine is set up to trust.
 *
 * Fault injection (`engine.fault = …`, ./base.ts) makes the next requests slow, fail with a
 * status, answer malformed JSON, or drop the connection.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { serveContract, type ContractServer, type Fact, type Reply, type Request } from './contract';

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

export interface EngineOptions {
  adminKey?: string;
  /** JWKS URL of a platform this Engine is set up to trust (GENAI_ENGINE_INGRESS_URI's key set). */
  jwksUrl?: string;
  version?: 'current' | 'old-404' | 'old-405';
  /** MAX_API_KEYS (AE config/config.py:20-24: default 100). */
  maxKeys?: number;
  /** ALLOW_ADMIN_KEY_GENERAL_ACCESS: the admin key also gets ORG-ADMIN (MasterAPIKeyValidator.py:24-31). */
  adminKeyGeneralAccess?: boolean;
  /** How long an instance keeps accepting a key it has seen after deactivation (AE dependencies.py:237-245: 10 s). */
  keyCacheMs?: number;
}

export interface ArthurEngine extends ContractServer {
  readonly adminKey: string;
  readonly keys: Map<string, StoredKey>;
  /** Mints a user key directly, as if created earlier. */
  mintKey(roles?: string[], description?: string): { id: string; key: string };
  /** A login JWT signed with the Engine's own key set (what its own login issues). */
  signJwt(claims: { sub?: string; email?: string; roles?: string[] }): Promise<string>;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

type Principal =
  | { kind: 'admin'; roles: string[] }
  | { kind: 'user-key'; key: StoredKey; roles: string[] }
  | { kind: 'jwt'; token: string }
  /** Routing answers first on older Engines (no /users/me route). */
  | { kind: 'unrouted' };
type Resolved = { kind: 'admin' | 'user-key' | 'jwt'; userId: string; roles: string[] };

/** AE schemas/enums.py:71-74,143-150. */
const KEY_READ = ['ORG-ADMIN', 'ORG-AUDITOR', 'ADMIN-KEY'];
const KEY_WRITE = ['ORG-ADMIN', 'ADMIN-KEY'];
const TASK_READ = ['ORG-ADMIN', 'ORG-AUDITOR', 'TASK-ADMIN', 'TENANT-USER'];

const detail = { type: 'object', required: ['detail'], properties: { detail: { type: 'string' } } };
const fact = (body: Fact['body'], where: string): Fact => ({ body, fact: where });
/** Replies every operation can give that the published spec does not declare. */
const AUTH_FACTS: Record<number, Fact> = {
  401: fact(
    detail,
    'AE auth/authorization_header_elements.py:11-35, schemas/custom_exceptions.py:6-35: 401 "Requires authentication" / "Bad credentials"',
  ),
  403: fact(detail, 'AE utils/users.py:52-62: role missing -> 403'),
  500: fact(
    detail,
    'AE auth/jwk_client.py:17-39, utils/users.py:16-29: 500 "Unable to verify credentials" (kid not in the key set, or no email claim)',
  ),
};
const VALIDATION_400 = fact(detail, "AE routers/route_handler.py:35-37: request validation errors are 400 {detail}, not the spec's 422");
const NOT_FOUND_404 = fact(detail, 'AE repositories/api_key_repository.py:92-93: 404 "API Key not found"');

export async function startArthurEngine(options: EngineOptions = {}): Promise<ArthurEngine> {
  const adminKey = options.adminKey ?? `admin-${randomBytes(24).toString('base64url')}`;
  const version = options.version ?? 'current';
  const keys = new Map<string, StoredKey>();
  /** Key id -> when this instance last accepted it (the per-instance key cache). */
  const seen = new Map<string, number>();
  const cacheMs = options.keyCacheMs ?? 10_000;
  const maxKeys = options.maxKeys ?? 100;
  const own = await generateKeyPair('RS256');
  const ownJwk = { ...(await exportJWK(own.publicKey)), kid: `engine-${randomUUID()}`, alg: 'RS256' };
  const ownKeys = createLocalJWKSet({ keys: [ownJwk] });
  const platformKeys = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;

  const mintKey = (roles: string[] = ['VALIDATION-USER'], description: string | null = null) => {
    const id = randomUUID();
    // AE repositories/api_key_repository.py:44,60-62: base64("<uuid4>:" + token_urlsafe(32)).
    const secret = randomBytes(32).toString('base64url');
    keys.set(id, {
      id,
      hash: hash(secret),
      description,
      roles,
      is_active: true,
      created_at: new Date().toISOString(),
      deactivated_at: null,
    });
    return { id, key: Buffer.from(`${id}:${secret}`).toString('base64') };
  };

  /** The credential of a request: cookie ACCESS_TOKEN wins over Authorization (AE auth/authorization_header_elements.py:11-35). */
  function authenticate(req: Request): { principal: Principal } | { reject: Reply } {
    if (version !== 'current' && req.path === '/users/me') return { principal: { kind: 'unrouted' } };
    const cookie = /(?:^|;\s*)ACCESS_TOKEN=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
    let token = cookie;
    if (!token) {
      const header = req.headers.authorization;
      if (!header) return { reject: { status: 401, body: { detail: 'Requires authentication' } } };
      const parts = header.split(' ');
      if (parts.length !== 2 || parts[0].toLowerCase() !== 'bearer')
        return { reject: { status: 401, body: { detail: 'Bad credentials' } } };
      token = parts[1];
    }
    if (token === adminKey)
      return { principal: { kind: 'admin', roles: options.adminKeyGeneralAccess ? ['ADMIN-KEY', 'ORG-ADMIN'] : ['ADMIN-KEY'] } };
    if (token.split('.').length === 3) return { principal: { kind: 'jwt', token } };
    // AE repositories/api_key_repository.py:107-114: the decoded text split on ":".
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const stored = colon > 0 ? keys.get(decoded.slice(0, colon)) : undefined;
    if (stored && stored.hash === hash(decoded.slice(colon + 1))) {
      const cached = seen.get(stored.id);
      if (stored.is_active || (cached !== undefined && Date.now() - cached < cacheMs)) {
        if (stored.is_active) seen.set(stored.id, Date.now());
        return { principal: { kind: 'user-key', key: stored, roles: stored.roles } };
      }
    }
    return { reject: { status: 401, body: { detail: 'Bad credentials' } } };
  }

  /** JWTs are checked in the handler (verification is asynchronous). */
  async function resolve(p: Principal): Promise<Resolved | Reply> {
    if (p.kind === 'admin') return { kind: 'admin', userId: 'master-key', roles: p.roles };
    if (p.kind === 'user-key') return { kind: 'user-key', userId: p.key.id, roles: p.roles };
    if (p.kind === 'unrouted') return { status: 500, body: { detail: 'unreachable' } };
    let payload: JWTPayload;
    try {
      payload = (
        await jwtVerify(p.token, ownKeys).catch(async (err) => {
          if (!platformKeys || (err as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY') throw err;
          return jwtVerify(p.token, platformKeys);
        })
      ).payload;
    } catch (err) {
      // AE auth/jwk_client.py:17-39: a kid not in the Engine's key set is a 500, anything else 401.
      if ((err as { code?: string }).code === 'ERR_JWKS_NO_MATCHING_KEY' || /fetch|ECONNREFUSED/i.test(String(err)))
        return { status: 500, body: { detail: 'Unable to verify credentials' } };
      return { status: 401, body: { detail: 'Bad credentials' } };
    }
    // AE utils/users.py:16-29: sub and email required (no email -> 500), roles from realm_access.roles.
    if (typeof payload.email !== 'string' || typeof payload.sub !== 'string')
      return { status: 500, body: { detail: 'Internal Server Error' } };
    const roles = (payload.realm_access as { roles?: unknown } | undefined)?.roles;
    return { kind: 'jwt', userId: payload.sub, roles: Array.isArray(roles) ? roles.map(String) : [] };
  }

  /** Runs `then` for a caller that may use the route; user keys never may on key routes. */
  const guarded =
    (need: string[], keyRoute: boolean, then: (who: Resolved, req: Request & { params: Record<string, string> }) => Reply) =>
    async (req: Request & { params: Record<string, string> }, p: Principal): Promise<Reply> => {
      const who = await resolve(p);
      if ('status' in who) return who;
      // AE routers/api_key_routes.py:28-29: only the admin key or a JWT on key routes.
      if (keyRoute && who.kind === 'user-key') return { status: 401, body: { detail: 'Bad credentials' } };
      if (!who.roles.some((r) => need.includes(r))) return { status: 403, body: { detail: '' } };
      return then(who, req);
    };

  // AE internal_schemas.py:1996-2006: list/get replies omit `key` and carry message "".
  const view = (k: StoredKey, key?: string) => ({
    id: k.id,
    ...(key ? { key } : {}),
    description: k.description,
    is_active: k.is_active,
    created_at: k.created_at,
    deactivated_at: k.deactivated_at,
    message: key ? 'Success' : '',
    roles: k.roles,
  });

  const server = await serveContract<Principal>({
    contract: 'arthur-engine',
    security: { 'API Key': authenticate },
    handlers: {
      get_me_users_me_get: async (_req, p) => {
        if (version === 'old-404') return { status: 404, body: { detail: 'Not Found' } };
        if (version === 'old-405') return { status: 405, body: { detail: 'Method Not Allowed' } };
        const who = await resolve(p);
        if ('status' in who) return who;
        return { status: 200, body: { user_id: who.userId, roles: who.roles, org_scope: null, org: null } };
      },
      get_all_tasks_api_v2_tasks_get: guarded(TASK_READ, false, () => ({ status: 200, body: [] })),
      get_all_active_api_keys_auth_api_keys__get: guarded(KEY_READ, true, () => ({
        status: 200,
        body: [...keys.values()].filter((k) => k.is_active).map((k) => view(k)),
      })),
      get_api_key_auth_api_keys__api_key_id__get: guarded(KEY_READ, true, (_w, req) => {
        const k = keys.get(req.params.api_key_id);
        return k ? { status: 200, body: view(k) } : { status: 404, body: { detail: 'API Key not found' } };
      }),
      create_api_key_auth_api_keys__post: guarded(KEY_WRITE, true, (_w, req) => {
        const body = (req.json ?? {}) as { description?: string | null; roles?: string[] | null };
        // Omitted roles -> the spec's default; null or [] -> a key with no roles (AE routers/api_key_routes.py:71).
        const roles = body.roles === undefined ? ['VALIDATION-USER'] : (body.roles ?? []);
        if (roles.includes('TENANT-USER')) return { status: 400, body: { detail: 'TENANT-USER role cannot be assigned to an API key' } };
        if ([...keys.values()].filter((k) => k.is_active).length >= maxKeys)
          return { status: 400, body: { detail: 'Maximum number of active keys reached' } };
        const { id, key } = mintKey(roles, body.description ?? null);
        return { status: 200, body: view(keys.get(id)!, key) };
      }),
      deactivate_api_key_auth_api_keys_deactivate__api_key_id__delete: guarded(KEY_WRITE, true, (_w, req) => {
        const k = keys.get(req.params.api_key_id);
        if (!k || !k.is_active) return { status: 404, body: { detail: 'API Key not found' } };
        k.is_active = false;
        k.deactivated_at = new Date().toISOString();
        return { status: 204 };
      }),
    },
    outside: {
      notFound: () => ({ status: 404, body: { detail: 'Not Found' } }),
      methodNotAllowed: () => ({ status: 405, body: { detail: 'Method Not Allowed' } }),
      invalid: (_req, errors) => ({ status: 400, body: { detail: errors.join('; ') } }),
      notJson: () => ({ status: 400, body: { detail: 'JSON decode error' } }),
    },
    facts: {
      get_me_users_me_get: {
        ...AUTH_FACTS,
        404: fact(detail, 'older Engines, UI at / or API-only: AE server.py:637-648, auth/SPAStaticFiles.py:30-33'),
        405: fact(detail, 'older Engines without UI: GET matches only DELETE /users/{user_id}, AE@cc1cbc50 routers/user_routes.py:119'),
      },
      get_all_tasks_api_v2_tasks_get: { ...AUTH_FACTS, 400: VALIDATION_400 },
      get_all_active_api_keys_auth_api_keys__get: { ...AUTH_FACTS },
      get_api_key_auth_api_keys__api_key_id__get: { ...AUTH_FACTS, 400: VALIDATION_400, 404: NOT_FOUND_404 },
      create_api_key_auth_api_keys__post: {
        ...AUTH_FACTS,
        400: fact(
          detail,
          'AE routers/api_key_routes.py:56-66 (TENANT-USER), repositories/api_key_repository.py:38-42 (key limit), routers/route_handler.py:35-37 (validation)',
        ),
      },
      deactivate_api_key_auth_api_keys_deactivate__api_key_id__delete: {
        ...AUTH_FACTS,
        204: fact('none', "AE routers/api_key_routes.py:135: 204 with no body, not the spec's 200"),
        400: VALIDATION_400,
        404: NOT_FOUND_404,
      },
    },
  });

  return Object.assign(server, {
    adminKey,
    keys,
    mintKey: (roles?: string[], description?: string) => mintKey(roles, description ?? null),
    signJwt: async (claims: { sub?: string; email?: string; roles?: string[] }) => {
      const payload: JWTPayload = {
        ...(claims.email !== undefined ? { email: claims.email } : {}),
        realm_access: { roles: claims.roles ?? ['ORG-ADMIN'] },
      };
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid: ownJwk.kid })
        .setSubject(claims.sub ?? 'alice')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(own.privateKey);
    },
  });
}
