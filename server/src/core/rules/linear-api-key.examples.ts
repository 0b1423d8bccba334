import type { RuleExamples } from '../types';

/** `linear-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'const linear = new LinearClient({ apiKey: "lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1" });',
      secret: 'lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1',
      languageId: 'typescript',
    },
    {
      text: 'LINEAR_API_KEY=lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1',
      secret: 'lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'LINEAR_API_KEY=lin_api_xxxxxxxx', path: '.env' },
    { text: 'if (key.startsWith("lin_api_")) return true;', languageId: 'typescript' },
  ],
};

export default examples;
