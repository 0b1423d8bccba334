import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * Typeform personal access tokens (developer.typeform.com, "Personal access token"; generated
 * under Settings > Personal tokens) start `tfp_`. Their shape, observed in public code and not
 * stated in the docs: `tfp_`, 44 letters and digits, `_` and 14 letters and digits (59 after the
 * prefix); accepted 40-48 and 10-18.
 */
export default patternRule({
  id: 'typeform-token',
  kind: 'Typeform personal access token',
  description: 'A Typeform personal access token: tfp_, about 44 letters and digits, _ and about 14 more.',
  keywords: ['tfp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tfp_[A-Za-z0-9]{40,48}_[A-Za-z0-9]{10,18})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'TYPEFORM_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value.slice(4)) && /[A-Z]/.test(value),
});
