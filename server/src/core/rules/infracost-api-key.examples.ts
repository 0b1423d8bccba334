import type { RuleExamples } from '../types';

/** `infracost-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'infracost_api_key = "ico-YSNzoBHE84AP9JFhaCCD20R2TO1bSfAT"',
      secret: 'ico-YSNzoBHE84AP9JFhaCCD20R2TO1bSfAT',
      languageId: 'python',
    },
    { text: 'INFRACOST_API_KEY=ico-YSNzoBHE84AP9JFhaCCD20R2TO1bSfAT', secret: 'ico-YSNzoBHE84AP9JFhaCCD20R2TO1bSfAT', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'infracost_api_key = "ico-YSNzoBHE84AP9JFhaCCD"', languageId: 'python' },
    { text: 'infracost_api_key = os.environ["INFRACOST_API_KEY"]', languageId: 'python' },
    { text: '<i class="ico-arrow-right-circle-outline-large-blue"></i>', languageId: 'html' },
  ],
};

export default examples;
