import type { RuleExamples } from '../types';

/** `okta-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'OKTA_API_TOKEN=00HRNg3XjiLgPBMMSfLtAgEl97bLXxGDIX2EbfoTqe',
      secret: '00HRNg3XjiLgPBMMSfLtAgEl97bLXxGDIX2EbfoTqe',
      path: '.env',
    },
    {
      text: 'curl -H "Authorization: SSWS 00HRNg3XjiLgPBMMSfLtAgEl97bLXxGDIX2EbfoTqe" https://acme.okta.com/api/v1/users',
      secret: '00HRNg3XjiLgPBMMSfLtAgEl97bLXxGDIX2EbfoTqe',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'OKTA_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9', path: '.env' },
    { text: 'OKTA_API_TOKEN=000000000000000000000000000000000000000000', path: '.env' },
  ],
};

export default examples;
