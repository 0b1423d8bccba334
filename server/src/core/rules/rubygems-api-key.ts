import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * guides.rubygems.org/api-key-scopes and the rubygems.org changelog (2021): new API keys start
 * `rubygems_`, followed by 48 hex digits.
 */
export default patternRule({
  id: 'rubygems-api-key',
  kind: 'RubyGems API key',
  description: 'A RubyGems.org API key: rubygems_ and 48 hex digits.',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GEM_HOST_API_KEY',
});
