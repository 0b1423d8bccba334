/** GitHub: GET https://api.github.com/user ("Get the authenticated user"; any classic or fine-grained token, no permission needed). */
import { byStatus, liveIf, verifier } from '../types';

export default verifier({
  id: 'github',
  label: 'GitHub',
  ruleIds: ['github-token', 'github-fine-grained-token'],
  endpoint: 'https://api.github.com/user',
  revokePage: 'https://github.com/settings/tokens',
  request: (secret) => ({
    method: 'GET',
    headers: { authorization: `Bearer ${secret}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  }),
  interpret: (reply) => {
    // GitHub signals its primary rate limit with 403 and x-ratelimit-remaining: 0, the secondary one with 429.
    if (reply.status === 403 && reply.headers.get('x-ratelimit-remaining') === '0') return { verdict: 'rate-limited' };
    if (reply.status === 403) return byStatus(reply.status);
    return liveIf(reply, (j) => typeof j.login === 'string');
  },
});
