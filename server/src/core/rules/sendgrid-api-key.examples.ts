import type { RuleExamples } from '../types';

/** `sendgrid-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'sendgrid_api_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export SENDGRID_API_KEY=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'sendgrid_api_key = "SG.lzcFGbhT74bXUrEUxEOnl0.uOKFcMNC"', languageId: 'python' },
    { text: 'sendgrid_api_key = os.environ["SENDGRID_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
