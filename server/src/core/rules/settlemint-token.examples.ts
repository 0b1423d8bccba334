import type { RuleExamples } from '../types';

/** `settlemint-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'SETTLEMINT_ACCESS_TOKEN=sm_aat_5CGPG61Jfe8YHuWr', secret: 'sm_aat_5CGPG61Jfe8YHuWr', path: '.env' },
    {
      text: 'const client = createServerClient({ accessToken: "sm_pat_cKF1DKadzzAG7Kcy" });',
      secret: 'sm_pat_cKF1DKadzzAG7Kcy',
      languageId: 'typescript',
    },
  ],
  mustNotMatch: [
    { text: 'process.env.SETTLEMINT_ACCESS_TOKEN = "sm_aat_test_token";', languageId: 'typescript' },
    { text: 'const options = { accessToken: "sm_aat_abcdef123456789" };', languageId: 'typescript' },
    { text: '`SM_PAT_LIT`, `SM_PAT_ANY`, `SM_PAT_NOTANY`, `SM_PAT_SPAN` are pattern opcodes', path: 'README.md' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'SETTLEMINT_ACCESS_TOKEN=sm_aat_abcdef1234567890', path: '.env.test' },
  ],
};

export default examples;
