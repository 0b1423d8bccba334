import type { RuleExamples } from '../types';

/** `shippo-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'shippo_api_token = "shippo_live_4d7be0c3f6258e4433506a10b24499dbf9dcb9d4"',
      secret: 'shippo_live_4d7be0c3f6258e4433506a10b24499dbf9dcb9d4',
      languageId: 'python',
    },
    {
      text: 'SHIPPO_API_TOKEN=shippo_live_4d7be0c3f6258e4433506a10b24499dbf9dcb9d4',
      secret: 'shippo_live_4d7be0c3f6258e4433506a10b24499dbf9dcb9d4',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'shippo_api_token = "shippo_live_4d7be0c3f6258e4433506a"', languageId: 'python' },
    { text: 'shippo_api_token = os.environ["SHIPPO_API_TOKEN"]', languageId: 'python' },
    { text: 'SHIPPO_API_TOKEN = "shippo_test_<your token>"', languageId: 'python' },
  ],
};

export default examples;
