import type { RuleExamples } from '../types';

/** `plaid-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'PLAID_ACCESS_TOKEN=access-sandbox-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4',
      secret: 'access-sandbox-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4',
      path: '.env',
    },
    {
      text: 'const accessToken = "access-production-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4";',
      secret: 'access-production-2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4',
      languageId: 'javascript',
    },
  ],
  mustNotMatch: [
    { text: 'const env = "access-production-environment";', languageId: 'javascript' },
    { text: 'PLAID_ACCESS_TOKEN=access-sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', path: '.env' },
  ],
};

export default examples;
