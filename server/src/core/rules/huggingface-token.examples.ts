import type { RuleExamples } from '../types';

/** `huggingface-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'hf_token = "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"', secret: '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', languageId: 'python' },
    {
      text: 'export HF_TOKEN=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'hf_token = "hf_KcnOwRjXruSlQDS"', languageId: 'python' },
    { text: 'hf_token = os.environ["HF_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
