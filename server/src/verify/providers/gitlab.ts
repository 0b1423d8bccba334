/**
 * GitLab.com: GET https://gitlab.com/api/v4/personal_access_tokens/self (the token's own record).
 * Only personal access tokens (glpat-); a token of a self-managed GitLab is unknown to gitlab.com
 * and so reads as "no longer works" there.
 */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'gitlab',
  label: 'GitLab.com',
  ruleIds: ['gitlab-token'],
  accepts: (secret) => secret.startsWith('glpat-'),
  endpoint: 'https://gitlab.com/api/v4/personal_access_tokens/self',
  revokePage: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  request: (secret) => ({ method: 'GET', headers: { 'private-token': secret } }),
  interpret: (reply) => {
    const a = liveIf(reply, (j) => typeof j.active === 'boolean');
    if (a.verdict === 'live' && (reply.json as { active: boolean }).active === false) return { verdict: 'revoked' };
    return a;
  },
});
