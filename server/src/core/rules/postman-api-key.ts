import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * learning.postman.com "Postman API authentication" (keys start `PMAK-`); the 24-hex + 34-hex
 * layout is that of the keys Postman issues (not spelt out in the docs).
 */
export default patternRule({
  id: 'postman-api-key',
  kind: 'Postman API key',
  description: 'A Postman API key: PMAK-, 24 hex digits, a dash and 34 hex digits.',
  keywords: ['pmak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'POSTMAN_API_KEY',
});
