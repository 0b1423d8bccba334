import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * sourcegraph.com/docs/cli/how-tos/creating_an_access_token and the 5.x token format change:
 * tokens start `sgp_`, then an instance identifier (16 hex) or `local_`, then 40 hex digits.
 */
export default patternRule({
  id: 'sourcegraph-access-token',
  kind: 'Sourcegraph access token',
  description: 'A Sourcegraph access token: sgp_, an optional 16-hex instance id or local_, and 40 hex digits.',
  keywords: ['sgp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SRC_ACCESS_TOKEN',
});
