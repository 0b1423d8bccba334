import type { RuleExamples } from '../types';

/** `onepassword-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjNxN1pYYTRtSmtCd2VfOFFrM2ZZUncifX0',
      secret:
        'ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjNxN1pYYTRtSmtCd2VfOFFrM2ZZUncifX0',
      languageId: 'shellscript',
    },
    {
      text: 'secret_key = "A3-K7Q2ZM-R9TXW4-5HB8C-2NVJD-6PL3F-Q8WXA"',
      secret: 'A3-K7Q2ZM-R9TXW4-5HB8C-2NVJD-6PL3F-Q8WXA',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'export OP_SERVICE_ACCOUNT_TOKEN=<your-service-account-token>', languageId: 'shellscript' },
    { text: 'model = "A3-ABCDEF-GHIJKL"', languageId: 'python' },
  ],
};

export default examples;
