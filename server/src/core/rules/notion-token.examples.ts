import type { RuleExamples } from '../types';

/** `notion-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'notion_token = "ntn_bHN2h1TR4b4aRwQVHrCHC6jqzYDglr0jrIVKHGuouHA3Ax"',
      secret: 'ntn_bHN2h1TR4b4aRwQVHrCHC6jqzYDglr0jrIVKHGuouHA3Ax',
      languageId: 'python',
    },
    {
      text: 'NOTION_TOKEN=ntn_bHN2h1TR4b4aRwQVHrCHC6jqzYDglr0jrIVKHGuouHA3Ax',
      secret: 'ntn_bHN2h1TR4b4aRwQVHrCHC6jqzYDglr0jrIVKHGuouHA3Ax',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'notion_token = "ntn_bHN2h1TR4b4aRwQVHrCHC6jqzYDgl"', languageId: 'python' },
    { text: 'notion_token = os.environ["NOTION_TOKEN"]', languageId: 'python' },
    { text: 'const ntn_placeholder_value_for_the_integration_token = 1;', languageId: 'typescript' },
  ],
};

export default examples;
