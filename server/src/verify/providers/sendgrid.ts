/** SendGrid: GET https://api.sendgrid.com/v3/scopes (the scopes of the key used to call it; any key). */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'sendgrid',
  label: 'SendGrid',
  ruleIds: ['sendgrid-api-key'],
  endpoint: 'https://api.sendgrid.com/v3/scopes',
  revokePage: 'https://app.sendgrid.com/settings/api_keys',
  request: (secret) => ({ method: 'GET', headers: { authorization: `Bearer ${secret}` } }),
  interpret: (reply) => liveIf(reply, (j) => Array.isArray(j.scopes)),
});
