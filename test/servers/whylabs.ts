/**
 * A local WhyLabs API (songbird) for tests and `npm start`, validated against
 * test/contracts/whylabs.openapi.json: `GET /v1/api-key/validate`, list/create/revoke on
 * `/v1/api-key` for administrator-scoped keys, and the internal `/v0/.../api-key` routes that a
 * customer key is refused on. Facts cited below are from test/contracts/README.md ("WO" =
 * whylabs/whylabs-oss:observe/api-service/service/src/main/kotlin/ai/whylabs/songbird/).
 */
import { randomBytes } from 'node:crypto';
import type { Request } from './base';
import { serveContract, type AuthResult, type ContractServer, type Reply } from './contract';

export type WhyLabsScope = ':administrator' | ':account_administrator' | ':user' | ':write_data' | ':read_resource';

export interface WhyLabsKey {
  keyId: string;
  secret: string;
  orgId: string;
  /** Who made it: for keys made through v1 by a key, that key's id (WO v1 ApiKeyController.kt:115). */
  userId: string;
  creationTime: number;
  expirationTime: number | null;
  scopes: string[];
  alias: string | null;
  revoked: boolean;
}

export interface WhyLabsServer extends ContractServer {
  readonly keys: Map<string, WhyLabsKey>;
  /** Organisations and whether they may create keys through the API (paid tier). */
  readonly orgs: Map<string, { paid: boolean }>;
  /** Makes a key as if created in the web app; returns the whole key string users paste. */
  mintKey(
    orgId: string,
    options?: { scopes?: WhyLabsScope[]; alias?: string; expiration?: number; withOrgSuffix?: boolean; userId?: string },
  ): string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (n: number) => [...randomBytes(n)].map((b) => ALNUM[b % ALNUM.length]).join('');
/** ISO local date-time in UTC without a zone, fraction dropped when zero (WO util/DateUtils.kt:20,31-33). */
const isoLocalUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/\.000Z$/, '')
    .replace(/Z$/, '');
/** Nulls are omitted, never sent (application.yml:2, NON_ABSENT). */
const omitNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
const requestId = () => randomBytes(8).toString('hex');
const ADMIN_SCOPES = [':administrator', ':account_administrator'];

export async function startWhyLabs(): Promise<WhyLabsServer> {
  const keys = new Map<string, WhyLabsKey>();
  const orgs = new Map<string, { paid: boolean }>();
  const mint = (orgId: string, o: { scopes?: string[]; alias?: string | null; expiration?: number | null; userId?: string } = {}) => {
    if (!orgs.has(orgId)) orgs.set(orgId, { paid: true });
    // The generator emits only letters and digits: 10-char id, '.', 53-char secret (WO security/ApiKeyValidator.kt:130-147).
    const k: WhyLabsKey = {
      keyId: alnum(10),
      secret: alnum(53),
      orgId,
      userId: o.userId ?? 'user-web',
      creationTime: Date.now(),
      expirationTime: o.expiration ?? null,
      scopes: o.scopes ?? [':user'],
      alias: o.alias ?? null,
      revoked: false,
    };
    keys.set(k.keyId, k);
    return k;
  };
  const userApiKey = (k: WhyLabsKey, withKey = false) =>
    omitNulls({
      key: withKey ? `${k.keyId}.${k.secret}:${k.orgId}` : null,
      keyId: k.keyId,
      orgId: k.orgId,
      userId: k.userId,
      creationTime: isoLocalUtc(k.creationTime),
      expirationTime: k.expirationTime === null ? null : isoLocalUtc(k.expirationTime),
      scopes: k.scopes,
      alias: k.alias,
      revoked: k.revoked,
    });
  const badRequest = (message: string): Reply => ({ status: 400, body: { message, requestId: requestId(), type: 'IllegalArgument' } });
  // A key lacking the route's role: 403 without a JSON body (contract: responses.Forbidden).
  const forbidden: Reply = { status: 403 };

  const authenticate = (req: Request): AuthResult<WhyLabsKey> => {
    // Header, else cookie (WO security/ApiKeyTokenReader.kt:19-29); none at all: 401 (no authentication).
    const cookie = /(?:^|;\s*)X-API-Key=([^;]*)/i.exec(String(req.headers.cookie ?? ''))?.[1];
    const raw = typeof req.headers['x-api-key'] === 'string' && req.headers['x-api-key'] !== '' ? req.headers['x-api-key'] : cookie;
    if (!raw) return { reject: { status: 401 } };
    // A ":<orgId>" suffix is stripped only when there is exactly one colon (WO security/AuthenticationToken.kt:18-21).
    const parts = raw.split(':');
    const token = parts.length === 2 ? parts[0] : raw;
    // Malformed, unknown, expired or revoked: an "anonymous" authentication, hence 403, not 401
    // (WO security/ApiKeyValidator.kt:43,63-64,114-122).
    const m = /^([a-zA-Z0-9]{10})\.([a-zA-Z0-9+\-^!$&@]{53})$/.exec(token);
    const k = m ? keys.get(m[1]) : undefined;
    if (!k || k.secret !== m![2] || k.revoked || (k.expirationTime !== null && k.expirationTime <= Date.now()))
      return { reject: forbidden };
    // v1 routes act on the key's org; another org in X-WHYLABS-ORGANIZATION is rejected (no managed child orgs here).
    const asked = req.headers['x-whylabs-organization'];
    if (typeof asked === 'string' && asked !== k.orgId) return { reject: forbidden };
    return { principal: k };
  };
  const isAdmin = (k: WhyLabsKey) => k.scopes.some((s) => ADMIN_SCOPES.includes(s));

  const server = await serveContract<WhyLabsKey>({
    contract: 'whylabs',
    security: { ApiKeyAuth: authenticate },
    handlers: {
      // Any valid key, whatever its scopes (AUTHENTICATED, WO v1 ApiKeyController.kt:64; ApiKeyValidator.kt:197).
      ValidateApiKey: () => ({ status: 200, body: { requestId: requestId() } }),
      // Management needs :administrator or :account_administrator (WO v1 ApiKeyController.kt:46).
      ListApiKeyMetadata: (_req, caller) => {
        if (!isAdmin(caller)) return forbidden;
        const items = [...keys.values()]
          .filter((k) => k.orgId === caller.orgId && !k.revoked)
          .map((k) =>
            omitNulls({
              keyId: k.keyId,
              orgId: k.orgId,
              expirationTime: k.expirationTime === null ? null : isoLocalUtc(k.expirationTime),
              scopes: k.scopes,
              alias: k.alias,
            }),
          );
        return { status: 200, body: { items } };
      },
      GenerateApiKey: (req, caller) => {
        if (!isAdmin(caller)) return forbidden;
        // Paid tier only (WO v1 ApiKeyController.kt:98-114).
        if (!orgs.get(caller.orgId)?.paid)
          return badRequest('Cannot create API keys for this organization. Please contact us to enable this feature.');
        const expiration = req.query.get('expiration_time');
        if (expiration !== null && Number(expiration) < Date.now() + 60_000) return badRequest('Invalid expiration time');
        const scopes = req.query.getAll('scopes');
        // The new key belongs to the caller's identity, for a key caller its keyId (:115).
        const k = mint(caller.orgId, {
          scopes: scopes.length ? [...new Set(scopes)] : [':user'],
          alias: req.query.get('alias'),
          expiration: expiration === null ? null : Number(expiration),
          userId: caller.keyId,
        });
        return { status: 200, body: userApiKey(k, true) };
      },
      DeleteApiKey: (req, caller) => {
        if (!isAdmin(caller)) return forbidden;
        const id = req.query.get('key_id') ?? '';
        // Looked up under (caller's org, caller's identity): keys made by others are not found (:170, v0/dao/ApiKeyDAO.kt:167-187).
        const k = keys.get(id);
        if (!k || k.orgId !== caller.orgId || k.userId !== caller.keyId)
          return {
            status: 404,
            body: { message: `Resource ApiKey with ID ${id} not found.`, requestId: requestId(), type: 'ResourceNotFound' },
          };
        k.revoked = true;
        return { status: 200, body: userApiKey(k) };
      },
      // Every v0 api-key route is @Secured(WHYLABS_SYSTEM): a customer key gets 403 (WO v0/controllers/ApiKeyController.kt:45,159).
      CreateApiKey: () => forbidden,
      ListApiKeys: () => forbidden,
      GetApiKey: () => forbidden,
      RevokeApiKey: () => forbidden,
    },
    outside: {
      notFound: () => ({ status: 404, body: { message: 'Page Not Found' } }),
      methodNotAllowed: (req) => ({ status: 405, body: { message: `Method [${req.method}] not allowed for URI [${req.path}]` } }),
      invalid: (_req, errors) => badRequest(errors.join('; ')),
    },
  });
  return Object.assign(server, {
    keys,
    orgs,
    mintKey(
      orgId: string,
      options: { scopes?: WhyLabsScope[]; alias?: string; expiration?: number; withOrgSuffix?: boolean; userId?: string } = {},
    ) {
      const k = mint(orgId, options);
      return `${k.keyId}.${k.secret}${options.withOrgSuffix === false ? '' : `:${orgId}`}`;
    },
  });
}
