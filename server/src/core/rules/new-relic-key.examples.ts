import type { RuleExamples } from '../types';

/** `new-relic-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'new_relic_api_key = "NRAK-8AHWHQYQD9X7PBSXE1D86E9CDZK"', secret: 'NRAK-8AHWHQYQD9X7PBSXE1D86E9CDZK', languageId: 'python' },
    {
      text: 'export NEW_RELIC_API_KEY=NRAK-QPTM9QP9CIZ7C173OT5FGGPYD11',
      secret: 'NRAK-QPTM9QP9CIZ7C173OT5FGGPYD11',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'new_relic_api_key = "NRAK-8AHWHQYQD9X"', languageId: 'python' },
    { text: 'new_relic_api_key = os.environ["NEW_RELIC_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
