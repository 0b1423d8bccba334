import { patternRule } from '../rule';

/**
 * Plaid's access tokens (Plaid docs, /item/public_token/exchange) name their environment:
 * access-sandbox-, access-development-, access-production-, then a UUID.
 */
export default patternRule({
  id: 'plaid-access-token',
  kind: 'Plaid access token',
  description: 'A Plaid access token: access-sandbox-, access-development- or access-production- and a UUID.',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9-])/g,
  confidence: 'high',
  envVar: 'PLAID_ACCESS_TOKEN',
});
