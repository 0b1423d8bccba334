import type { RuleExamples } from '../types';

/** `langsmith-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'langsmith_api_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export LANGSMITH_API_KEY=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'langsmith_api_key = "lsv2_pt_b7860a5dc32719244"', languageId: 'python' },
    { text: 'langsmith_api_key = os.environ["LANGSMITH_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
