import { patternRule } from '../rule';

/**
 * Format (written here from the provider's word, not taken from another scanner): Atlassian
 * Community, "Can we confirm BitBucket's token prefixes?" (community.atlassian.com, answered
 * 2025-08-25 by an Atlassian Team member): "API Token: ATAT, App Password: ATBB, Access Tokens
 * (Workspace, Project, Repo): ATCT". The length is not stated there: app passwords seen in public
 * code are 36 characters, `ATBB`, 24 letters and digits and an 8-character upper-case hex
 * checksum; this rule takes that shape exactly.
 */
export default patternRule({
  id: 'bitbucket-app-password',
  kind: 'Bitbucket app password',
  description: 'A Bitbucket Cloud app password: ATBB, 24 letters and digits and an 8-character hex checksum.',
  keywords: ['atbb'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATBB[A-Za-z0-9]{24}[A-F0-9]{8})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'BITBUCKET_APP_PASSWORD',
  check: (value) => {
    const body = value.slice(4, 28);
    return /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
