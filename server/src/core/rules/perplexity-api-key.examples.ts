import type { RuleExamples } from '../types';

/** `perplexity-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'perplexity_api_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'PERPLEXITY_API_KEY=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',
      secret: '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',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'perplexity_api_key = "pplx-nQddFG0LdA1nbWbNiJybkrp2aXMvPl"', languageId: 'python' },
    { text: 'perplexity_api_key = os.environ["PERPLEXITY_API_KEY"]', languageId: 'python' },
    { text: 'model = "pplx-70b-online"', languageId: 'python' },
  ],
};

export default examples;
