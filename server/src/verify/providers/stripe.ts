/**
 * Stripe: GET https://api.stripe.com/v1/balance (read-only). A restricted key without the balance
 * permission gets 403: it authenticated, so it is live.
 */
import { liveIf, verifier } from '../types';

export default verifier({
  id: 'stripe',
  label: 'Stripe',
  ruleIds: ['stripe-secret-key'],
  endpoint: 'https://api.stripe.com/v1/balance',
  revokePage: 'https://dashboard.stripe.com/apikeys',
  request: (secret) => ({ method: 'GET', headers: { authorization: `Bearer ${secret}` } }),
  interpret: (reply) => (reply.status === 403 ? { verdict: 'live' } : liveIf(reply, (j) => j.object === 'balance')),
});
