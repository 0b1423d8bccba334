import type { RuleExamples } from '../types';

/** `vault-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'vault_token = "hvs.CAESIVi1R-fj8HsH6lkBYbCVmeY0IWD6f6K_9aY4ph3mRZwqhvbEISyIL-hsb9IJuTrqB3sZEkaeXTsZCEQpTHeUrmp"',
      secret: 'hvs.CAESIVi1R-fj8HsH6lkBYbCVmeY0IWD6f6K_9aY4ph3mRZwqhvbEISyIL-hsb9IJuTrqB3sZEkaeXTsZCEQpTHeUrmp',
      languageId: 'python',
    },
    {
      text: 'VAULT_TOKEN=hvs.CAESIVi1R-fj8HsH6lkBYbCVmeY0IWD6f6K_9aY4ph3mRZwqhvbEISyIL-hsb9IJuTrqB3sZEkaeXTsZCEQpTHeUrmp',
      secret: 'hvs.CAESIVi1R-fj8HsH6lkBYbCVmeY0IWD6f6K_9aY4ph3mRZwqhvbEISyIL-hsb9IJuTrqB3sZEkaeXTsZCEQpTHeUrmp',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'vault_token = "hvs.CAESIabc12"', languageId: 'python' },
    { text: 'vault_token = os.environ["VAULT_TOKEN"]', languageId: 'python' },
    { text: 'VAULT_TOKEN = "hvs.XXXXXXXXXXXXXXXXXXXXXXXXXXXX"', languageId: 'python' },
    { text: 'const svc = obj.hvs.something_longer_than_twenty_four;', languageId: 'typescript' },
  ],
};

export default examples;
