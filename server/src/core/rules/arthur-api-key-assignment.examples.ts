import type { RuleExamples } from '../types';

/** `arthur-api-key-assignment`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'ARTHUR_API_KEY = "V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7"',
      secret: 'V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7',
      languageId: 'python',
    },
    {
      text: 'export ARTHUR_API_KEY=V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7',
      secret: 'V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'ARTHUR_API_KEY = os.environ["ARTHUR_API_KEY"]', languageId: 'python' },
    { text: 'export ARTHUR_API_KEY=<your-api-key>', languageId: 'shellscript' },
  ],
};

export default examples;
