import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.perplexity.ai "API key management" (keys start `pplx-`); 48 characters after the prefix as
 * issued.
 */
export default patternRule({
  id: 'perplexity-api-key',
  kind: 'Perplexity API key',
  description: 'A Perplexity API key: pplx- and 48 letters and digits.',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'PERPLEXITY_API_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
