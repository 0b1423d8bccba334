import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-
 * keys/overview.html, "API key format": API secrets created since 2025-07-30 start with `cflt`;
 * the key id (16 upper-case letters and digits) is not secret. Length of the random part (about
 * 60) not stated there: accepted 40-80.
 */
export default patternRule({
  id: 'confluent-api-secret',
  kind: 'Confluent Cloud API secret',
  description: 'A Confluent Cloud API secret in the current format (cflt prefix, since July 2025).',
  keywords: ['cflt'],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>cflt[A-Za-z0-9+/]{40,80})(?![A-Za-z0-9_+/-])/g,
  confidence: 'high',
  envVar: 'CONFLUENT_CLOUD_API_SECRET',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
