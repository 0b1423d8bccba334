import { patternRule } from '../rule';

/**
 * Format (written here from documentation, not taken from another scanner): EasyPost has
 * production and test API keys (docs.easypost.com/docs/authentication); GitLab's secret checks
 * 798.36 and 798.37 (docs.gitlab.com, "EasyPost production API key" / "test API key") name the
 * two kinds, whose keys start `EZAK` (production) and `EZTK` (test). The 54 letters and digits
 * after the prefix are observed (the client libraries' examples and public code), not stated.
 */
export default patternRule({
  id: 'easypost-api-key',
  kind: 'EasyPost API key',
  description: 'An EasyPost API key: EZAK (production) or EZTK (test) and 54 letters and digits.',
  keywords: ['ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_+/=-])/g,
  confidence: 'high',
  envVar: 'EASYPOST_API_KEY',
  check: (value) => /\d/.test(value.slice(4)) && /[a-z]/.test(value) && /[A-Z]/.test(value.slice(4)),
});
