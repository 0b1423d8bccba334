import { patternRule } from '../rule';

/**
 * Plaid's access tokens (Plaid docs, /item/public_token/exchange) name their environment:
 * access-sandbox-, access-development-, access-production-, then a UUID.
 */
export default patternRule({
  id: 'plaid-access-token',
  kind: "Plaid access token",
  description: "A Plaid access token: access-sandbox-, access-development- or access-production- and a UUID.",
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9-])/g,
  confidence: 'high',
  envVar: 'PLAID_ACCESS_TOKEN',
  mustMatch: [
    { text: "PLAID_ACCESS_TOKEN=access-sandbox-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4", secret: "access-sandbox-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4", path: '.env' },
    { text: "const accessToken = \"access-production-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4\";", secret: "access-production-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4", languageId: 'javascript' },
  ],
  mustNotMatch: [
    { text: "const env = \"access-production-environment\";", languageId: 'javascript' },
    { text: "PLAID_ACCESS_TOKEN=access-sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", path: '.env' },
  ],
});
