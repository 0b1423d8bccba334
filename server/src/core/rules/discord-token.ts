import { patternRule } from '../rule';

/**
 * Discord bot tokens (Discord developer docs) are three base64url parts joined by dots: the bot's
 * user id (which starts M, N or O), a timestamp and an HMAC; alone they look like other dotted
 * tokens, so only lines naming Discord count. Webhook URLs carry their token after the id.
 */
export default patternRule({
  id: 'discord-token',
  kind: 'Discord bot token or webhook',
  description:
    'A Discord bot token (base64 user id . timestamp . HMAC, on a line naming Discord) or a webhook URL (discord.com/api/webhooks/<id>/<token>).',
  keywords: ['discord'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}|(?<=discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/)[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'DISCORD_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
