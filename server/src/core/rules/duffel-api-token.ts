import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * duffel.com/docs/api/overview/making-requests/authentication (tokens start `duffel_test_` or
 * `duffel_live_`).
 */
export default patternRule({
  id: 'duffel-api-token',
  kind: 'Duffel API token',
  description: 'A Duffel access token: duffel_test_ or duffel_live_ and 43 base64url characters.',
  keywords: ['duffel_test_', 'duffel_live_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'DUFFEL_ACCESS_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
