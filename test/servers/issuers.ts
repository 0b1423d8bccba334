/**
 * One loopback stand-in for every provider verifier's endpoint (the checker's test origin sends
 * `/<official host><path>`). Each issuer answers as its documentation says: live keys get the
 * "who am I" reply, revoked keys its refusal, "limited" keys its rate-limit reply. Faults (5xx,
 * timeout, malformed, dropped) come from the shared base.
 */
import { serveJson, type JsonServer, type Reply, type Request } from './base';

export interface IssuerStandIn extends JsonServer {
  live: Set<string>;
  limited: Set<string>;
  /** Replies with a redirect to this URL instead (to prove redirects are not followed). */
  redirectTo?: string;
}

type State = 'live' | 'revoked' | 'limited';

const bearer = (req: Request) => String(req.headers.authorization ?? '').replace(/^Bearer /, '');

/** Per official host and path: how the key is read, and the replies for each state. */
const ISSUERS: Record<string, { method: string; key: (req: Request) => string; reply: Record<State, Reply> }> = {
  'api.github.com/user': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { login: 'octocat', id: 1 } },
      revoked: { status: 401, body: { message: 'Bad credentials' } },
      limited: { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0' } },
    },
  },
  'gitlab.com/api/v4/personal_access_tokens/self': {
    method: 'GET',
    key: (req) => String(req.headers['private-token'] ?? ''),
    reply: {
      live: { status: 200, body: { id: 4, name: 'ci', revoked: false, active: true, scopes: ['read_api'] } },
      revoked: { status: 401, body: { message: '401 Unauthorized' } },
      limited: { status: 429, body: { message: 'Retry later' } },
    },
  },
  'api.openai.com/v1/models': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { object: 'list', data: [{ id: 'gpt-4o', object: 'model' }] } },
      revoked: { status: 401, body: { error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } } },
      limited: { status: 429, body: { error: { message: 'Rate limit reached' } } },
    },
  },
  'api.anthropic.com/v1/models': {
    method: 'GET',
    key: (req) => (req.headers['anthropic-version'] === '2023-06-01' ? String(req.headers['x-api-key'] ?? '') : ''),
    reply: {
      live: { status: 200, body: { data: [{ id: 'claude-sonnet-4-5', type: 'model' }], has_more: false } },
      revoked: { status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } },
      limited: { status: 429, body: { type: 'error', error: { type: 'rate_limit_error' } } },
    },
  },
  'huggingface.co/api/whoami-v2': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { type: 'user', name: 'someone' } },
      revoked: { status: 401, body: { error: 'Invalid credentials in Authorization header' } },
      limited: { status: 429, body: { error: 'Too many requests' } },
    },
  },
  'slack.com/api/auth.test': {
    method: 'POST',
    key: bearer,
    reply: {
      live: { status: 200, body: { ok: true, url: 'https://example.slack.com/', team: 'T', user: 'bot' } },
      revoked: { status: 200, body: { ok: false, error: 'invalid_auth' } },
      limited: { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '30' } },
    },
  },
  'api.stripe.com/v1/balance': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { object: 'balance', available: [], pending: [], livemode: false } },
      revoked: { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } } },
      limited: { status: 429, body: { error: { type: 'rate_limit_error' } } },
    },
  },
  'registry.npmjs.org/-/whoami': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { username: 'someone' } },
      revoked: { status: 401, body: { error: 'You must be logged in' } },
      limited: { status: 429, body: { error: 'rate limited' } },
    },
  },
  'api.sendgrid.com/v3/scopes': {
    method: 'GET',
    key: bearer,
    reply: {
      live: { status: 200, body: { scopes: ['mail.send'] } },
      revoked: { status: 401, body: { errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked' }] } },
      limited: { status: 429, body: { errors: [{ message: 'too many requests' }] } },
    },
  },
};

export async function startIssuers(): Promise<IssuerStandIn> {
  const live = new Set<string>();
  const limited = new Set<string>();
  let self: IssuerStandIn | undefined;
  const server = await serveJson((req) => {
    const issuer = ISSUERS[req.path.slice(1)];
    if (!issuer || issuer.method !== req.method) return { status: 404, body: { message: 'no such issuer endpoint' } };
    if (self?.redirectTo) return { status: 302, headers: { location: self.redirectTo } };
    const key = issuer.key(req);
    return issuer.reply[live.has(key) ? 'live' : limited.has(key) ? 'limited' : 'revoked'];
  });
  self = Object.assign(server, { live, limited, redirectTo: undefined as string | undefined });
  return self;
}
