import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * doc.scalingo.com/platform/cli/login and developers.scalingo.com ("tokens start with tk-us-").
 */
export default patternRule({
  id: 'scalingo-api-token',
  kind: 'Scalingo API token',
  description: 'A Scalingo API token: tk-us- and 48 base64url characters.',
  keywords: ['tk-us-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SCALINGO_API_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
