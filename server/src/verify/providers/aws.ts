/**
 * AWS: STS GetCallerIdentity (GET https://sts.amazonaws.com/?Action=GetCallerIdentity, "returns
 * details about the IAM user or role whose credentials are used"; no permission can deny it).
 * An access key id is checked only with a secret key found beside it (and a temporary ASIA key
 * only with its session token too), signed with Signature Version 4 by the `aws4` library.
 * Replies are asked for as JSON (Accept: application/json), as the AWS query protocol allows.
 */
import aws4 from 'aws4';
import { byStatus, nearest, type Nearby, verifier } from '../types';

const KEY_ID = /^(?:AKIA|ASIA)[A-Z2-7]{16}$/;
const ID_NEAR = /(?<![A-Z0-9])(?<value>(?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Z0-9])/;
const SECRET_NEAR =
  /aws[_-]?secret[_-]?(?:access[_-]?)?key["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i;
const TOKEN_NEAR = /aws[_-]?session[_-]?token["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?(?<value>[A-Za-z0-9/+=]{100,2000})/i;
const HOST = 'sts.amazonaws.com';
const PATH = '/?Action=GetCallerIdentity&Version=2011-06-15';

/** A pair travels as "<key id>\n<session token>" beside the secret key, whatever half was found. */
function credentials(secret: string, other = ''): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } {
  const [a, token] = other.split('\n');
  const [accessKeyId, secretAccessKey] = KEY_ID.test(secret) ? [secret, a] : [a, secret];
  return { accessKeyId, secretAccessKey, ...(token ? { sessionToken: token } : {}) };
}

/** The other half near the value: a secret key beside a key id, a key id beside a secret key; an ASIA key id also needs its session token. */
function pair(secret: string, near: Nearby): string | undefined {
  const other = KEY_ID.test(secret) ? nearest(near, SECRET_NEAR) : nearest(near, ID_NEAR);
  if (!other) return undefined;
  const id = KEY_ID.test(secret) ? secret : other;
  if (!id.startsWith('ASIA')) return other;
  const token = nearest(near, TOKEN_NEAR);
  return token ? `${other}\n${token}` : undefined;
}

/** STS error codes that mean the credentials do not work (any more). */
const DEAD = new Set(['InvalidClientTokenId', 'ExpiredToken']);

export default verifier({
  id: 'aws',
  label: 'AWS',
  ruleIds: ['aws-access-key-id', 'aws-secret-access-key'],
  accepts: (secret) => KEY_ID.test(secret) || /^[A-Za-z0-9/+]{40}$/.test(secret),
  pair,
  endpoint: `https://${HOST}/`,
  url: () => `https://${HOST}${PATH}`,
  revokePage: 'https://console.aws.amazon.com/iam/home#/security_credentials',
  request: (secret, other) => {
    const signed = aws4.sign(
      { host: HOST, path: PATH, method: 'GET', service: 'sts', region: 'us-east-1', headers: { accept: 'application/json' } },
      credentials(secret, other),
    );
    const headers: Record<string, string> = {};
    // fetch sets Host from the URL (the same host that was signed).
    for (const [k, v] of Object.entries(signed.headers ?? {})) if (k.toLowerCase() !== 'host' && v !== undefined) headers[k] = String(v);
    return { method: 'GET', headers };
  },
  interpret: (reply) => {
    const j = reply.json as
      { GetCallerIdentityResponse?: { GetCallerIdentityResult?: { Arn?: unknown } }; Error?: { Code?: unknown } } | undefined;
    if (reply.status === 200) {
      return typeof j?.GetCallerIdentityResponse?.GetCallerIdentityResult?.Arn === 'string'
        ? { verdict: 'live' }
        : { verdict: 'unknown', why: 'the reply could not be read' };
    }
    const code = typeof j?.Error?.Code === 'string' ? j.Error.Code : undefined;
    if ((reply.status === 403 || reply.status === 400) && code && DEAD.has(code)) return { verdict: 'revoked' };
    // The secret found beside the key id is not its secret: the id may still work with another.
    if (code === 'SignatureDoesNotMatch') return { verdict: 'unknown', why: "the secret key found beside it is not this key id's" };
    if (code === 'Throttling' || reply.status === 429) return { verdict: 'rate-limited' };
    const a = byStatus(reply.status);
    return a.verdict === 'revoked' ? { verdict: 'unknown', why: `unexpected answer (HTTP ${reply.status})` } : a;
  },
});
