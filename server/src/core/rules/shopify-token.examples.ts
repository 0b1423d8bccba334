import type { RuleExamples } from '../types';

/** `shopify-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: "shopify_access_token = \"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\"", secret: "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", languageId: 'python' },
    { text: "export SHOPIFY_ACCESS_TOKEN=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "shopify_access_token = \"shpat_e5b0f77841d45\"", languageId: 'python' },
    { text: "shopify_access_token = os.environ[\"SHOPIFY_ACCESS_TOKEN\"]", languageId: 'python' },
  ],
};

export default examples;
