import type { RuleExamples } from '../types';

/** `telegram-bot-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'telegram_bot_token = "123456789:AABbfYY5hOFw1ETBlGhM0d718kOhe8dr6eJ"',
      secret: '123456789:AABbfYY5hOFw1ETBlGhM0d718kOhe8dr6eJ',
      languageId: 'python',
    },
    {
      text: 'export TELEGRAM_BOT_TOKEN=987654321:AAmzNzAobtDV_hfFyhC700l4lmNBrzsei9N',
      secret: '987654321:AAmzNzAobtDV_hfFyhC700l4lmNBrzsei9N',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'telegram_bot_token = "123456789:AABbfYY5hOFw"', languageId: 'python' },
    { text: 'telegram_bot_token = os.environ["TELEGRAM_BOT_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
