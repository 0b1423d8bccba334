import type { RuleExamples } from '../types';

/** `scalingo-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'scalingo_api_token = "tk-us-DvtOHkp3QwPiMAPeL0UZG7No6RTV1T4x5gABYkt5pPCNJRCz"',
      secret: 'tk-us-DvtOHkp3QwPiMAPeL0UZG7No6RTV1T4x5gABYkt5pPCNJRCz',
      languageId: 'python',
    },
    {
      text: 'SCALINGO_API_TOKEN=tk-us-DvtOHkp3QwPiMAPeL0UZG7No6RTV1T4x5gABYkt5pPCNJRCz',
      secret: 'tk-us-DvtOHkp3QwPiMAPeL0UZG7No6RTV1T4x5gABYkt5pPCNJRCz',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'scalingo_api_token = "tk-us-DvtOHkp3QwPiMAPeL0UZG7No6RTV1T"', languageId: 'python' },
    { text: 'scalingo_api_token = os.environ["SCALINGO_API_TOKEN"]', languageId: 'python' },
    { text: 'region = "tk-us-east-1"', languageId: 'python' },
  ],
};

export default examples;
