import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.dynatrace.com "Access tokens classic", Token format: prefix (`dt0c01` API, `dt0s01`
 * platform and others), a 24-character public portion and a 64-character secret portion, dot-
 * separated, upper-case letters and digits. Its documented example (public part
 * ST2EY72KQINMH574WMNVI7YN) is not flagged.
 */
export default patternRule({
  id: 'dynatrace-token',
  kind: 'Dynatrace token',
  description: 'A Dynatrace access token: dt0 prefix, a 24-character public part and a 64-character secret part.',
  keywords: ['dt0'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'DYNATRACE_API_TOKEN',
  check: (value) => !value.includes('.ST2EY72KQINMH574WMNVI7YN.'),
});
