import type { RuleExamples } from '../types';

/** `google-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'google_api_key = "AIzavTEyhwK-YwBJ_LSDr4tKp7iCjK4aWUK0iHb"',
      secret: 'AIzavTEyhwK-YwBJ_LSDr4tKp7iCjK4aWUK0iHb',
      languageId: 'python',
    },
    {
      text: 'export GOOGLE_API_KEY=AIzay-3WQkTvojS0g8feoB-2WrqTtkBlTkPzk0A',
      secret: 'AIzay-3WQkTvojS0g8feoB-2WrqTtkBlTkPzk0A',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'google_api_key = "AIzavTEyhwK-YwBJ_LS"', languageId: 'python' },
    { text: 'google_api_key = os.environ["GOOGLE_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
