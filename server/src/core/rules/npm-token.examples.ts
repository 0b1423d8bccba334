import type { RuleExamples } from '../types';

/** `npm-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'npm_token = "npm_hgzAUpsSK8WWtozXkL6KomuyqGx5yaB0t4Xy"',
      secret: 'npm_hgzAUpsSK8WWtozXkL6KomuyqGx5yaB0t4Xy',
      languageId: 'python',
    },
    {
      text: 'export NPM_TOKEN=npm_P8qu5zTlolkmmvNT0xNpH37PChEWNnqoVdtm',
      secret: 'npm_P8qu5zTlolkmmvNT0xNpH37PChEWNnqoVdtm',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'npm_token = "npm_hgzAUpsSK8WWtozX"', languageId: 'python' },
    { text: 'npm_token = os.environ["NPM_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
