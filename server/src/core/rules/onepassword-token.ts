import { patternRule } from '../rule';

/**
 * 1Password service account tokens (developer.1password.com, service accounts) are ops_ and a
 * base64 JSON payload, so they start ops_eyJ; account Secret Keys are A3- and 34 characters in
 * dashed groups of 6, 6, 5, 5, 5, 5.
 */
export default patternRule({
  id: 'onepassword-token',
  kind: '1Password service account token or Secret Key',
  description: 'A 1Password service account token (ops_eyJ…) or account Secret Key (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX).',
  keywords: ['ops_eyj', 'a3-'],
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/=_-]{100,2000}|A3-[A-Z0-9]{6}-[A-Z0-9]{6}(?:-[A-Z0-9]{5}){4})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'OP_SERVICE_ACCOUNT_TOKEN',
  check: (value) => /\d/.test(value),
});
