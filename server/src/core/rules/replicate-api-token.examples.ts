import type { RuleExamples } from '../types';

/** `replicate-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'replicate_api_token = "r8_LyeFWo5lEEWRlDH4VdGPc1GOaApy1pRXDYxij"',
      secret: 'r8_LyeFWo5lEEWRlDH4VdGPc1GOaApy1pRXDYxij',
      languageId: 'python',
    },
    {
      text: 'export REPLICATE_API_TOKEN=r8_3h8nk5L9JlQUylcr17NkmSszXweCaF7VydwbE',
      secret: 'r8_3h8nk5L9JlQUylcr17NkmSszXweCaF7VydwbE',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'replicate_api_token = "r8_LyeFWo5lEEWRlDH4V"', languageId: 'python' },
    { text: 'replicate_api_token = os.environ["REPLICATE_API_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
