/** OpenAI: GET https://api.openai.com/v1/models (list models: read-only, no cost). Admin keys cannot call it, so they are not checked. */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'openai',
  label: 'OpenAI',
  ruleIds: ['openai-api-key'],
  accepts: (secret) => !secret.startsWith('sk-admin-'),
  endpoint: 'https://api.openai.com/v1/models',
  revokePage: 'https://platform.openai.com/api-keys',
  request: (secret) => ({ method: 'GET', headers: { authorization: `Bearer ${secret}` } }),
  interpret: (reply) => liveIf(reply, (j) => Array.isArray(j.data)),
});
