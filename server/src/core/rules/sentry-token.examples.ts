import type { RuleExamples } from '../types';

/** `sentry-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'export SENTRY_AUTH_TOKEN=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',
      secret: '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',
      languageId: 'shellscript',
    },
    {
      text: 'authToken: "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG"',
      secret: 'sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG',
      languageId: 'javascript',
    },
  ],
  mustNotMatch: [
    { text: 'export SENTRY_AUTH_TOKEN=sntryu_YOUR_TOKEN_HERE', languageId: 'shellscript' },
    { text: 'const PREFIX = "sntrys_";', languageId: 'javascript' },
  ],
};

export default examples;
