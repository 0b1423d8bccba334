import { patternRule } from '../rule';

/**
 * Yandex OAuth tokens (yandex.com/dev/id/doc/en/concepts/ya-oauth-intro: "a digit-letter
 * sequence" encoding account, app and rights). Yandex's docs do not give the format; the current
 * tokens seen in public code (and recognised by prefix in Yandex client code) are `y0_`, then
 * `Ag` (the start of the encoded version field) and about 53 more base64url characters. Written
 * here from those observations, not taken from another scanner: `y0_Ag` and 45-65 more.
 */
export default patternRule({
  id: 'yandex-oauth-token',
  kind: 'Yandex OAuth token',
  description: 'A Yandex OAuth token (Yandex ID, Direct, Disk, Cloud CLI): y0_Ag and about 53 base64url characters.',
  keywords: ['y0_ag'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>y0_Ag[A-Za-z0-9_-]{45,65})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'YANDEX_OAUTH_TOKEN',
  check: (value) => {
    const body = value.slice(5);
    return /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
