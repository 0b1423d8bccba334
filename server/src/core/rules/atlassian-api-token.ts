import { patternRule } from '../rule';

/**
 * Atlassian account API tokens (Atlassian support, "Manage API tokens") start ATATT3 and end in
 * `=` and an 8-hex checksum; about 190 characters in all. Checked 2026-12-02: Atlassian's Bamboo
 * API (BitbucketCloudApiTokenUtils.isPasswordAToken: "identified by the prefix ATAT") and its
 * support page ("we use a varied API token length"), hence the wide 150-300 range.
 */
export default patternRule({
  id: 'atlassian-api-token',
  kind: 'Atlassian API token',
  description: 'An Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3 and about 180 characters ending in =<8 hex>.',
  keywords: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{150,300})(?![A-Za-z0-9_=-])/g,
  confidence: 'high',
  envVar: 'ATLASSIAN_API_TOKEN',
});
