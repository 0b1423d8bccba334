import type { RuleExamples } from '../types';

/** `maxmind-license-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'maxmind_license_key = "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"',
      secret: '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',
      languageId: 'python',
    },
    {
      text: 'MAXMIND_LICENSE_KEY=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',
      secret: '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',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'maxmind_license_key = "Jt0Ojd_sc5mHJnvHR0WYEeQcut"', languageId: 'python' },
    { text: 'maxmind_license_key = os.environ["MAXMIND_LICENSE_KEY"]', languageId: 'python' },
    { text: 'license_key = "XXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX_mmk"', languageId: 'python' },
  ],
};

export default examples;
