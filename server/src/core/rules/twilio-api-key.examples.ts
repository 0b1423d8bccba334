import type { RuleExamples } from '../types';

/** `twilio-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'twilio_api_key = "SK13d8ba3816b4baac16411d2aee97b5e5"', secret: 'SK13d8ba3816b4baac16411d2aee97b5e5', languageId: 'python' },
    {
      text: 'export TWILIO_API_KEY=SKd947a2262eb26ab2aab121fddbad73ce',
      secret: 'SKd947a2262eb26ab2aab121fddbad73ce',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: '"sid": "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', languageId: 'json' },
    { text: 'twilio_api_key = "SK13d8ba3816b4baa"', languageId: 'python' },
    { text: 'twilio_api_key = os.environ["TWILIO_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
