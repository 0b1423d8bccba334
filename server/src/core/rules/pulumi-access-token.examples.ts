import type { RuleExamples } from '../types';

/** `pulumi-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'pulumi_access_token = "pul-8dbabb5951a06c7af3f9a429787dd623daaa6025"',
      secret: 'pul-8dbabb5951a06c7af3f9a429787dd623daaa6025',
      languageId: 'python',
    },
    {
      text: 'PULUMI_ACCESS_TOKEN=pul-8dbabb5951a06c7af3f9a429787dd623daaa6025',
      secret: 'pul-8dbabb5951a06c7af3f9a429787dd623daaa6025',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'pulumi_access_token = "pul-8dbabb5951a06c7af3f9a4297"', languageId: 'python' },
    { text: 'pulumi_access_token = os.environ["PULUMI_ACCESS_TOKEN"]', languageId: 'python' },
    { text: 'const label = "pul-down-menu-item";', languageId: 'typescript' },
  ],
};

export default examples;
