import { patternRule } from '../rule';

export default patternRule({
  id: 'telegram-bot-token',
  kind: "Telegram bot token",
  description: "A Telegram bot token (<bot id>:AA…).",
  keywords: [':aa'],
  pattern: /(?<![A-Za-z0-9_:-])(?<secret>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'TELEGRAM_BOT_TOKEN',
  mustMatch: [
    { text: "telegram_bot_token = \"123456789:AABbfYY5hOFw1ETBlGhM0d718kOhe8dr6eJ\"", secret: "123456789:AABbfYY5hOFw1ETBlGhM0d718kOhe8dr6eJ", languageId: 'python' },
    { text: "export TELEGRAM_BOT_TOKEN=987654321:AAmzNzAobtDV_hfFyhC700l4lmNBrzsei9N", secret: "987654321:AAmzNzAobtDV_hfFyhC700l4lmNBrzsei9N", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "telegram_bot_token = \"123456789:AABbfYY5hOFw\"", languageId: 'python' },
    { text: "telegram_bot_token = os.environ[\"TELEGRAM_BOT_TOKEN\"]", languageId: 'python' },
  ],
});
