import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.readme.com "Authentication" (keys start `rdme_`); 70 characters after the prefix as issued.
 */
export default patternRule({
  id: 'readme-api-key',
  kind: 'ReadMe API key',
  description: 'A ReadMe API key: rdme_ and 70 lower-case letters and digits.',
  keywords: ['rdme_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'README_API_KEY',
});
