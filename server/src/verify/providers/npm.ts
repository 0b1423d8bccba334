/**
 * npm: GET https://registry.npmjs.org/-/whoami (the username of the token). Only npm_ tokens:
 * an .npmrc _authToken may belong to a private registry and is never sent to npmjs.org.
 */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'npm',
  label: 'npm',
  ruleIds: ['npm-token'],
  endpoint: 'https://registry.npmjs.org/-/whoami',
  revokePage: 'https://www.npmjs.com/settings/~/tokens',
  request: (secret) => ({ method: 'GET', headers: { authorization: `Bearer ${secret}` } }),
  interpret: (reply) => liveIf(reply, (j) => typeof j.username === 'string'),
});
