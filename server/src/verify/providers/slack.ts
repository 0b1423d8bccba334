/**
 * Slack: POST https://slack.com/api/auth.test ("checks authentication and tells you who you are",
 * no scope needed). Slack answers 200 either way; `ok` and `error` say which.
 */
import { byStatus, verifier } from '../types';

/** auth.test errors that mean the token no longer works (Slack's documented error list). */
const DEAD = new Set(['invalid_auth', 'token_revoked', 'token_expired', 'account_inactive', 'not_authed']);

export default verifier({
  id: 'slack',
  label: 'Slack',
  ruleIds: ['slack-token'],
  endpoint: 'https://slack.com/api/auth.test',
  revokePage: 'https://api.slack.com/apps',
  request: (secret) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  }),
  interpret: (reply) => {
    if (reply.status !== 200) return byStatus(reply.status);
    const j = reply.json as { ok?: unknown; error?: unknown } | undefined;
    if (!j || typeof j !== 'object' || typeof j.ok !== 'boolean') return { verdict: 'unknown', why: 'the reply could not be read' };
    if (j.ok) return { verdict: 'live' };
    if (j.error === 'ratelimited') return { verdict: 'rate-limited' };
    if (typeof j.error === 'string' && DEAD.has(j.error)) return { verdict: 'revoked' };
    return { verdict: 'unknown', why: `Slack said ${typeof j.error === 'string' ? j.error.slice(0, 40) : 'no'}` };
  },
});
