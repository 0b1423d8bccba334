import type { RuleExamples } from '../types';

/** `groq-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'groq_api_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export GROQ_API_KEY=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'groq_api_key = "gsk_6YDY1yUVNmMqc99nhRPdy8pr"', languageId: 'python' },
    { text: 'groq_api_key = os.environ["GROQ_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
