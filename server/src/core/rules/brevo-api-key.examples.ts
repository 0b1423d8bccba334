import type { RuleExamples } from '../types';

/** `brevo-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'brevo_api_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'BREVO_API_KEY=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',
      secret: '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',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'brevo_api_key = "xkeysib-cbf7dc4f0b56fe9d739012f7d2cb191a5b734575a1d8c4f6b44"', languageId: 'python' },
    { text: 'brevo_api_key = os.environ["BREVO_API_KEY"]', languageId: 'python' },
    { text: 'api_key = "xkeysib-your-api-key"', languageId: 'python' },
  ],
};

export default examples;
