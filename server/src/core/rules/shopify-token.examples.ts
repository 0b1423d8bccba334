import type { RuleExamples } from '../types';

/** `shopify-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'shopify_access_token = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'export SHOPIFY_ACCESS_TOKEN=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',
      secret: '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',
      languageId: 'shellscript',
    },
    {
      text: "const token = 'shpua_0f3c2b9a8d7e6f5a4b3c2d1e0f9a8b7c';",
      secret: 'shpua_0f3c2b9a8d7e6f5a4b3c2d1e0f9a8b7c',
      languageId: 'typescript',
    },
  ],
  mustNotMatch: [
    { text: 'shopify_access_token = "shpat_e5b0f77841d45"', languageId: 'python' },
    { text: 'shopify_access_token = os.environ["SHOPIFY_ACCESS_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
