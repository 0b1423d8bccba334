/** Hugging Face: GET https://huggingface.co/api/whoami-v2 (the token's user, organisations and scopes). */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'huggingface',
  label: 'Hugging Face',
  ruleIds: ['huggingface-token'],
  endpoint: 'https://huggingface.co/api/whoami-v2',
  revokePage: 'https://huggingface.co/settings/tokens',
  request: (secret) => ({ method: 'GET', headers: { authorization: `Bearer ${secret}` } }),
  interpret: (reply) => liveIf(reply, (j) => typeof j.name === 'string'),
});
