import { patternRule } from '../rule';

/**
 * Atlassian account API tokens (Atlassian support, "Manage API tokens") start ATATT3 and end in
 * `=` and an 8-hex checksum; about 190 characters in all.
 */
export default patternRule({
  id: 'atlassian-api-token',
  kind: "Atlassian API token",
  description: "An Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3 and about 180 characters ending in =<8 hex>.",
  keywords: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{150,300})(?![A-Za-z0-9_=-])/g,
  confidence: 'high',
  envVar: 'ATLASSIAN_API_TOKEN',
  mustMatch: [
    { text: "JIRA_API_TOKEN=ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7", secret: "ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7", path: '.env' },
    { text: "auth = (\"me@example.com\", \"ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7\")", secret: "ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "JIRA_API_TOKEN=ATATT3xFfGF0...", path: '.env' },
    { text: "// tokens start with ATATT3", languageId: 'typescript' },
  ],
});
