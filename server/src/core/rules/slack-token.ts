import { patternRule } from '../rule';
import { longestRun } from '../text';

/**
 * Real tokens carry a random part (the secret after the team and user ids); documentation
 * stand-ins are counting digits throughout (`xoxp-1234567890`, `xoxb-1234-5678-abcdefgh`).
 */
const hasRandomPart = (value: string) =>
  value
    .split('-')
    .slice(1)
    .some((part) => part.length >= 8 && longestRun(part) < 6 && /\d/.test(value));

export default patternRule({
  id: 'slack-token',
  kind: 'Slack token',
  description: 'A Slack bot, user, app or config token (xoxb-/xoxp-/xoxa-/xoxe-…).',
  keywords: ['xox', 'xapp-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>(?:xox[abposre]|xapp)-(?:\d+-)?[A-Za-z0-9-]{10,200})(?![A-Za-z0-9-])/g,
  confidence: 'high',
  envVar: 'SLACK_TOKEN',
  check: (value) => hasRandomPart(value),
});
