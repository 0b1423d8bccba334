import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * infracost.io/docs/integrations/environment_variables (INFRACOST_API_KEY; keys start `ico-`).
 */
export default patternRule({
  id: 'infracost-api-key',
  kind: 'Infracost API key',
  description: 'An Infracost API key: ico- and 32 letters and digits.',
  keywords: ['ico-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'INFRACOST_API_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
