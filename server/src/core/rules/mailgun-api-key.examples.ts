import type { RuleExamples } from '../types';

/** `mailgun-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'mailgun_api_key = "key-smnaxj1gjuye0ua6h7jbwr7u46rvzqx8"',
      secret: 'key-smnaxj1gjuye0ua6h7jbwr7u46rvzqx8',
      languageId: 'python',
    },
    {
      text: 'export MAILGUN_API_KEY=key-2qmdl6y93hme8ss1l1a9dz5b0gv61p72',
      secret: 'key-2qmdl6y93hme8ss1l1a9dz5b0gv61p72',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'mailgun_api_key = "key-smnaxj1gjuye0u"', languageId: 'python' },
    { text: 'mailgun_api_key = os.environ["MAILGUN_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
