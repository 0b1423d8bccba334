import type { RuleExamples } from '../types';

/** `google-oauth-client-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'google_client_secret = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export GOOGLE_CLIENT_SECRET=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'google_client_secret = "GOCSPX-pyPnRMG501"', languageId: 'python' },
    { text: 'google_client_secret = os.environ["GOOGLE_CLIENT_SECRET"]', languageId: 'python' },
  ],
};

export default examples;
