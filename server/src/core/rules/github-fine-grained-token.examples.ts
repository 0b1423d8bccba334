import type { RuleExamples } from '../types';

/** `github-fine-grained-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'github_token = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export GITHUB_TOKEN=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'github_token = "github_pat_sGpL2Yfx1DxOZpl9CmOrkD_tQiKoyCvEU92"', languageId: 'python' },
    { text: 'github_token = os.environ["GITHUB_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
