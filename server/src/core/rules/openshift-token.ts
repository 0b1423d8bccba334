import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.openshift.com "Understanding authentication" / OAuth token storage (OpenShift 4.6+): user-
 * facing tokens are `sha256~` followed by 43 base64url characters.
 */
export default patternRule({
  id: 'openshift-token',
  kind: 'OpenShift OAuth token',
  description: 'An OpenShift OAuth access token: sha256~ and 43 base64url characters.',
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_~-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'OPENSHIFT_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
