/**
 * Google API keys (AIza…): GET https://generativelanguage.googleapis.com/v1beta/models with the
 * key in the x-goog-api-key header ("list models": read-only and not billed). Any Google API
 * first checks the key itself: a deleted or unknown key gets 400 with reason API_KEY_INVALID,
 * whatever the API; a key that exists but may not call this API (not enabled in its project,
 * restricted to other APIs, referrers or apps) gets 403 — it still works where it is allowed.
 */
import { byStatus, liveIf, verifier, type Answer, type Reply } from '../types';

/** The `reason` of a Google error reply (error.details[].reason or error.errors[].reason). */
function reasons(reply: Reply): string[] {
  const e = (reply.json as { error?: { details?: unknown; errors?: unknown; status?: unknown } } | undefined)?.error;
  if (!e || typeof e !== 'object') return [];
  const list = [...(Array.isArray(e.details) ? e.details : []), ...(Array.isArray(e.errors) ? e.errors : [])] as { reason?: unknown }[];
  return list.map((d) => (d && typeof d.reason === 'string' ? d.reason : '')).filter(Boolean);
}

export default verifier({
  id: 'google',
  label: 'Google',
  ruleIds: ['google-api-key'],
  endpoint: 'https://generativelanguage.googleapis.com/v1beta/models',
  revokePage: 'https://console.cloud.google.com/apis/credentials',
  request: (secret) => ({ method: 'GET', headers: { 'x-goog-api-key': secret } }),
  interpret: (reply): Answer => {
    const why = reasons(reply);
    if (reply.status === 400 && why.includes('API_KEY_INVALID')) return { verdict: 'revoked' };
    if (reply.status === 403 && why.length > 0) return { verdict: 'live' };
    if (reply.status === 429) return { verdict: 'rate-limited' };
    if (reply.status === 400 || reply.status === 401 || reply.status === 403)
      return { verdict: 'unknown', why: `unexpected answer (HTTP ${reply.status})` };
    return reply.status === 200 ? liveIf(reply, (j) => Array.isArray(j.models)) : byStatus(reply.status);
  },
});
