import type { RuleExamples } from '../types';

/** `flyio-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'FLY_API_TOKEN="FlyV1 fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f"',
      secret: 'fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f',
      languageId: 'shellscript',
    },
    {
      text: 'fly_token: fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f',
      secret: 'fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f',
      languageId: 'yaml',
    },
  ],
  mustNotMatch: [
    { text: 'FLY_API_TOKEN="FlyV1 fm2_..."', languageId: 'shellscript' },
    { text: 'let fm2_value = compute(fm2_input);', languageId: 'rust' },
  ],
};

export default examples;
