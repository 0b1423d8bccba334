import { patternRule } from '../rule';

/**
 * Format (written here from the provider's word, not taken from another scanner): Atlassian
 * Community, "Can we confirm BitBucket's token prefixes?" (answered 2025-08-25 by an Atlassian
 * Team member): repository, project and workspace access tokens start `ATCT`; the question there
 * observes the fuller `ATCTT3xFfGN0`. Like Atlassian API tokens (ATATT3, see
 * atlassian-api-token.ts) they end in `=` and an 8-character hex checksum, about 190 characters in
 * all (observed, not stated): accepted 150-300 before the checksum.
 */
export default patternRule({
  id: 'bitbucket-access-token',
  kind: 'Bitbucket access token',
  description: 'A Bitbucket Cloud repository, project or workspace access token: ATCTT3 and about 180 characters ending in =<8 hex>.',
  keywords: ['atctt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATCTT3[A-Za-z0-9_-]{150,300}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])/g,
  confidence: 'high',
  envVar: 'BITBUCKET_ACCESS_TOKEN',
});
