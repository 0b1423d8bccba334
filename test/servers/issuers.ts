/**
 * One loopback stand-in for every provider verifier's endpoint (the checker's test origin sends
 * `/<official host><path>`). Each issuer answers as its documentation says: live keys get the
 * "who am I" reply, revoked keys its refusal, "limited" keys its rate-limit reply. Faults (5xx,
 * timeout, malformed, dropped) come from the shared base.
 */
import aws4 from 'aws4';
import { serveJson, type JsonServer, type Reply, type Request } from './base';

export interface IssuerStandIn extends JsonServer {
  /** Keys that work. AWS: the access key id (its secret in `awsSecrets`); Twilio: "<account SID>:<auth token>". */
  live: Set<string>;
  limited: Set<string>;
  /** AWS access key id → its secret key (and session token), so the stand-in can check the SigV4 signature as STS does. */
  awsSecrets: Map<string, { secretAccessKey: string; sessionToken?: string }>;
  /** Replies with a redirect to this URL instead (to prove redirects are not followed). */
  redirectTo?: string;
}

type State = 'live' | 'revoked' | 'limited';

const bearer = (req: Request) => String(req.headers.authorization ?? '').replace(/^Bearer /, '');

type AwsSecrets = IssuerStandIn['awsSecrets'];

/**
 * STS: the access key id when the request is signed (SigV4, for sts.amazonaws.com) with that
 * id's secret key, "bad-signature" when signed with another, "" for an unknown id. The signature
 * is recomputed over the headers the client says it signed, with the official host.
 */
function awsKey(req: Request, awsSecrets: AwsSecrets): string {
  const auth = String(req.headers.authorization ?? '');
  const m =
    /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/\d{8}\/us-east-1\/sts\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/.exec(
      auth,
    );
  if (!m) return '';
  const creds = awsSecrets.get(m[1]);
  // An unknown id, or a temporary key presented with a session token STS did not issue for it: InvalidClientTokenId.
  if (!creds || (creds.sessionToken !== undefined && req.headers['x-amz-security-token'] !== creds.sessionToken)) return `unknown:${m[1]}`;
  const headers: Record<string, string> = {};
  for (const name of m[2].split(';')) headers[name] = name === 'host' ? 'sts.amazonaws.com' : String(req.headers[name] ?? '');
  const again = aws4.sign(
    { host: 'sts.amazonaws.com', path: `/?${req.rawQuery}`, method: req.method, service: 'sts', region: 'us-east-1', headers },
    { accessKeyId: m[1], ...creds },
  );
  return again.headers?.Authorization === auth ? m[1] : 'bad-signature';
}

/** Twilio: "<SID in the path>:<token>" when basic auth names the same account SID. */
function twilioKey(req: Request): string {
  const [sid, token] = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
    .toString('utf8')
    .split(':');
  return req.path.endsWith(`/Accounts/${sid}.json`) ? `${sid}:${token}` : '';
}

/** Per official host and path: how the key is read, and the replies for each state. */
const ISSUERS: Record<string, { method: string; key: (req: Request, aws: AwsSecrets) => string; reply: Record<State, Reply> }> = {
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
  'sts.amazonaws.com/': {
    method: 'GET',
    key: awsKey,
    reply: {
      live: {
        status: 200,
        body: {
          GetCallerIdentityResponse: {
            GetCallerIdentityResult: { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/ci', UserId: 'AIDAEXAMPLE' },
          },
        },
      },
      revoked: {
        status: 403,
        body: {
          Error: { Code: 'InvalidClientTokenId', Message: 'The security token included in the request is invalid.', Type: 'Sender' },
        },
      },
      limited: { status: 400, body: { Error: { Code: 'Throttling', Message: 'Rate exceeded', Type: 'Sender' } } },
    },
  },
  'api.twilio.com/2010-04-01/Accounts/': {
    method: 'GET',
    key: twilioKey,
    reply: {
      live: { status: 200, body: { sid: 'AC…', friendly_name: 'ci', status: 'active' } },
      revoked: { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } },
      limited: { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } },
    },
  },
  'generativelanguage.googleapis.com/v1beta/models': {
    method: 'GET',
    key: (req) => String(req.headers['x-goog-api-key'] ?? ''),
    reply: {
      live: { status: 200, body: { models: [{ name: 'models/gemini-2.5-flash' }] } },
      revoked: {
        status: 400,
        body: {
          error: {
            code: 400,
            message: 'API key not valid. Please pass a valid API key.',
            status: 'INVALID_ARGUMENT',
            details: [{ reason: 'API_KEY_INVALID', domain: 'googleapis.com' }],
          },
        },
      },
      limited: { status: 429, body: { error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ reason: 'RATE_LIMIT_EXCEEDED' }] } } },
    },
  },
};

/** The issuer for a stand-in path: by host and exact path, or by a prefix ending in "/" (Twilio's path holds the account SID). */
function issuerOf(path: string) {
  const p = path.slice(1);
  return ISSUERS[p] ?? Object.entries(ISSUERS).find(([k]) => k.endsWith('/') && k.split('/').length > 2 && p.startsWith(k))?.[1];
}

export async function startIssuers(): Promise<IssuerStandIn> {
  const live = new Set<string>();
  const limited = new Set<string>();
  const awsSecrets: AwsSecrets = new Map();
  // eslint-disable-next-line prefer-const -- the handler below reads it; it is set once the server exists
  let self: IssuerStandIn | undefined;
  const server = await serveJson((req) => {
    const issuer = issuerOf(req.path);
    if (!issuer || issuer.method !== req.method) return { status: 404, body: { message: 'no such issuer endpoint' } };
    if (self?.redirectTo) return { status: 302, headers: { location: self.redirectTo } };
    const key = issuer.key(req, awsSecrets);
    if (key === 'bad-signature')
      return {
        status: 403,
        body: {
          Error: {
            Code: 'SignatureDoesNotMatch',
            Message: 'The request signature we calculated does not match the signature you provided.',
          },
        },
      };
    return issuer.reply[live.has(key) ? 'live' : limited.has(key) ? 'limited' : 'revoked'];
  });
  self = Object.assign(server, { live, limited, awsSecrets, redirectTo: undefined as string | undefined });
  return self;
}
