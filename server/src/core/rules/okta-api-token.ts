import { patternRule } from '../rule';

/**
 * Okta API tokens (Okta developer docs, "Create an API token"; sent as `Authorization: SSWS …`)
 * are 42 characters starting 00; only lines naming Okta or SSWS count.
 */
export default patternRule({
  id: 'okta-api-token',
  kind: 'Okta API token',
  description: 'An Okta API (SSWS) token: 00 and 40 characters, on a line naming Okta or in an SSWS header.',
  keywords: ['okta', 'ssws'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'OKTA_API_TOKEN',
  check: (value) => /[A-Za-z]/.test(value) && /\d/.test(value.slice(2)),
});
