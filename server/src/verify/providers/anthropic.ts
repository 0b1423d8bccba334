/** Anthropic: GET https://api.anthropic.com/v1/models with x-api-key and anthropic-version (read-only, no cost). Admin keys are not checked. */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'anthropic',
  label: 'Anthropic',
  ruleIds: ['anthropic-api-key'],
  accepts: (secret) => secret.startsWith('sk-ant-api'),
  endpoint: 'https://api.anthropic.com/v1/models',
  revokePage: 'https://console.anthropic.com/settings/keys',
  request: (secret) => ({ method: 'GET', headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' } }),
  interpret: (reply) => liveIf(reply, (j) => Array.isArray(j.data)),
});
