import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.goshippo.com/docs/guides_general/authentication (tokens `shippo_live_…` and
 * `shippo_test_…`).
 */
export default patternRule({
  id: 'shippo-api-token',
  kind: 'Shippo API token',
  description: 'A Shippo API token: shippo_live_ or shippo_test_ and 40 hex digits.',
  keywords: ['shippo_live_', 'shippo_test_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>shippo_(?:live|test)_[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SHIPPO_API_TOKEN',
});
