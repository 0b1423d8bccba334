import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * dev.maxmind.com/license-key-format (2024): new license keys are 40 characters, `<6>_<29>_mmk`.
 */
export default patternRule({
  id: 'maxmind-license-key',
  kind: 'MaxMind license key',
  description: 'A MaxMind (GeoIP) license key in the current format: 6 characters, _, 29 characters, _mmk.',
  keywords: ['_mmk'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'MAXMIND_LICENSE_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
