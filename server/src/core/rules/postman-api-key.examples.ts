import type { RuleExamples } from '../types';

/** `postman-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'postman_api_key = "PMAK-aa89b7fbddb38e46fb7e96f4-89cb8f9690c7c13b1cd2dbfb6d9c7272da"',
      secret: 'PMAK-aa89b7fbddb38e46fb7e96f4-89cb8f9690c7c13b1cd2dbfb6d9c7272da',
      languageId: 'python',
    },
    {
      text: 'POSTMAN_API_KEY=PMAK-aa89b7fbddb38e46fb7e96f4-89cb8f9690c7c13b1cd2dbfb6d9c7272da',
      secret: 'PMAK-aa89b7fbddb38e46fb7e96f4-89cb8f9690c7c13b1cd2dbfb6d9c7272da',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'postman_api_key = "PMAK-aa89b7fbddb38e46fb7e96f4-89cb8f9690c7"', languageId: 'python' },
    { text: 'postman_api_key = os.environ["POSTMAN_API_KEY"]', languageId: 'python' },
    { text: 'postman_api_key = "PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', languageId: 'python' },
  ],
};

export default examples;
