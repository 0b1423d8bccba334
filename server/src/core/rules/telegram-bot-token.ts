import { patternRule } from '../rule';

export default patternRule({
  id: 'telegram-bot-token',
  kind: 'Telegram bot token',
  description: 'A Telegram bot token (<bot id>:AA…).',
  keywords: [':aa'],
  pattern: /(?<![A-Za-z0-9_:-])(?<secret>\d{8,10}:AA[0-9A-Za-z_-]{33})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'TELEGRAM_BOT_TOKEN',
});
