import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.prefect.io "Manage API keys" (user keys start `pnu_`); 36 characters after the prefix as
 * issued.
 */
export default patternRule({
  id: 'prefect-api-key',
  kind: 'Prefect Cloud API key',
  description: 'A Prefect Cloud API key: pnu_ and 36 letters and digits.',
  keywords: ['pnu_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'PREFECT_API_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
