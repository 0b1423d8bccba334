import type { RuleExamples } from '../types';

/** `easypost-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'client = easypost.EasyPostClient("EZAKH480wgZQp82w8bjNqTDzzsnd0efrawQBCylv99nFHJc1vIgQQcz9qo")',
      secret: 'EZAKH480wgZQp82w8bjNqTDzzsnd0efrawQBCylv99nFHJc1vIgQQcz9qo',
      languageId: 'python',
    },
    {
      text: 'EASYPOST_TEST_API_KEY=EZTKtJjl1YkcukyL1J7WcHyqBcCBNF6r7jVn9TZg66ZtInMoO0o3pKmdN4',
      secret: 'EZTKtJjl1YkcukyL1J7WcHyqBcCBNF6r7jVn9TZg66ZtInMoO0o3pKmdN4',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'Inherits="EZakaz.Web.UI.EditOrder"', languageId: 'html' },
    { text: 'await deleteProviderWebhooks({ ...input, easyPostApiKey: "EZAKfixture" });', languageId: 'typescript' },
    // Inside a base64 blob.
    {
      text: 'blob = "6wqX6fNUXA/rYqRvfQ+EZAKH480wgZQp82w8bjNqTDzzsnd0efrawQBCylv99nFHJc1vIgQQcz9qo/edti6"',
      languageId: 'python',
    },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'EZAKabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab = 1', languageId: 'python' },
  ],
};

export default examples;
