import type { RuleExamples } from '../types';

/** `square-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'SQUARE_ACCESS_TOKEN=EAAAgtSUJwW5BUEQ8XS-F2Xs8cUuA-7N2EoNafl9F3lWUfLfQxSEmqvEwRf3JYq_',
      secret: 'EAAAgtSUJwW5BUEQ8XS-F2Xs8cUuA-7N2EoNafl9F3lWUfLfQxSEmqvEwRf3JYq_',
      path: '.env',
    },
    {
      text: 'client = Client(access_token="sq0atp-BVttkG2xVGXhzjG8K71625")',
      secret: 'sq0atp-BVttkG2xVGXhzjG8K71625',
      languageId: 'python',
    },
    {
      text: 'square_app_secret: sq0csp-w--SfwxVHf8ysgvClIvidQE8F8bwtMZaaW2ezTK3oBN',
      secret: 'sq0csp-w--SfwxVHf8ysgvClIvidQE8F8bwtMZaaW2ezTK3oBN',
      languageId: 'yaml',
    },
  ],
  mustNotMatch: [
    { text: 'FB_PAGE_TOKEN=EAAAgtSUJwW5BUEQ8XS-F2Xs8cUuA-7N2EoNafl9F3lWUfLfQxSEmqvEwRf3JYq_', path: '.env' },
    { text: 'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', path: '.env' },
  ],
};

export default examples;
