import type { RuleExamples } from '../types';

/** `atlassian-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'JIRA_API_TOKEN=ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7',
      secret:
        'ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7',
      path: '.env',
    },
    {
      text: 'auth = ("me@example.com", "ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7")',
      secret:
        'ATATT3zceqPthEuRMPPQHKTD8V11UoJ7tA_UD7Ky9sHNXSH_NyLcXDYfnThY2i1T9Sz2MYFkCi2RH2TOUTxKweOcyXFP_n8MPskMCIC00Aip1OORAdluvbaqXprA0ZCRrX3gWA-P67h0lfGuhIqRodgdoMQIM6sRYLkiD1iqHOFfc5oWRj2pIxgOfM=6D564FE7',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'JIRA_API_TOKEN=ATATT3xFfGF0...', path: '.env' },
    { text: '// tokens start with ATATT3', languageId: 'typescript' },
  ],
};

export default examples;
