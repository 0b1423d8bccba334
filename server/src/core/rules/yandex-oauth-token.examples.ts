import type { RuleExamples } from '../types';

/** `yandex-oauth-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'oauth_token = "y0_AgAAAABGDRfGfAATuwQAAAADSpacWF2Urs5hbdqMcRuO0jVthZGKx5M8B72C"',
      secret: 'y0_AgAAAABGDRfGfAATuwQAAAADSpacWF2Urs5hbdqMcRuO0jVthZGKx5M8B72C',
      languageId: 'python',
    },
    {
      text: 'YC_TOKEN=y0_AgAAAABGDRfGfAATuwQAAAADSpacWF2Urs5hbdqMcRuO0jVthZGKx5M8B72C',
      secret: 'y0_AgAAAABGDRfGfAATuwQAAAADSpacWF2Urs5hbdqMcRuO0jVthZGKx5M8B72C',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'if !strings.HasPrefix(code, "y0_") {', languageId: 'go' },
    { text: '"y0_err": 0.02, "y0_Agreement_ratio": 1.0,', languageId: 'json' },
    { text: 'y0_AgAAAABGDRfGfAATuwQAAAADSpacWF2Ur = compute(x)', languageId: 'python' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'y0_Agreement_coefficient_for_the_second_sample_set_total = 0.5', languageId: 'python' },
  ],
};

export default examples;
