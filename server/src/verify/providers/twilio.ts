/**
 * Twilio: GET https://api.twilio.com/2010-04-01/Accounts/{AccountSid}.json with HTTP basic auth
 * (account SID, auth token): "fetch an account", read-only. An auth token has no prefix of its
 * own (32 hex, found by the generic rules under a name), so it is checked only when its name or
 * the text near it says Twilio and an account SID (AC + 32 hex) stands beside it.
 */
import { liveIf, nearest, verifier } from '../types';

const TOKEN = /^[0-9a-f]{32}$/;
const SID_NEAR = /(?<![A-Za-z0-9])(?<value>AC[0-9a-f]{32})(?![A-Za-z0-9])/;
const HOST = 'api.twilio.com';

export default verifier({
  id: 'twilio',
  label: 'Twilio',
  ruleIds: ['generic-token', 'generic-secret', 'generic-api-key', 'generic-password'],
  accepts: (secret, near) => {
    if (!TOKEN.test(secret) || !near) return false;
    const around = near.text.slice(Math.max(0, near.start - 300), near.end + 300);
    return /twilio/i.test(near.name ?? '') || /twilio/i.test(around);
  },
  pair: (_secret, near) => nearest(near, SID_NEAR),
  endpoint: `https://${HOST}/2010-04-01/Accounts`,
  url: (_secret, sid) => `https://${HOST}/2010-04-01/Accounts/${encodeURIComponent(sid ?? '')}.json`,
  revokePage: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  request: (secret, sid) => ({ method: 'GET', headers: { authorization: `Basic ${Buffer.from(`${sid}:${secret}`).toString('base64')}` } }),
  interpret: (reply) => {
    // Twilio's error code 20429 is "Too many requests"; 20003 (HTTP 401) "Authentication failed".
    if (reply.status === 429) return { verdict: 'rate-limited' };
    const a = liveIf(reply, (j) => typeof j.sid === 'string');
    // A closed account's credentials no longer work.
    if (a.verdict === 'live' && (reply.json as { status?: unknown }).status === 'closed') return { verdict: 'revoked' };
    return a;
  },
});
