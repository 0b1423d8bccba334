import { patternRule } from '../rule';
import { longestRun } from '../text';

/**
 * Real tokens carry a random part (the secret after the team and user ids); documentation
 * stand-ins are counting digits throughout (`xoxp-1234567890`, `xoxb-1234-5678-abcdefgh`).
 */
const hasRandomPart = (value: string) => value.split('-').slice(1).some((part) => part.length >= 8 && longestRun(part) < 6 && /\d/.test(value));

export default patternRule({
  id: 'slack-token',
  kind: "Slack token",
  description: "A Slack bot, user, app or config token (xoxb-/xoxp-/xoxa-/xoxe-…).",
  keywords: ['xox', 'xapp-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>(?:xox[abposre]|xapp)-(?:\d+-)?[A-Za-z0-9-]{10,200})(?![A-Za-z0-9-])/g,
  confidence: 'high',
  envVar: 'SLACK_TOKEN',
  check: (value) => hasRandomPart(value),
  mustMatch: [
    { text: "SLACK_APP_TOKEN=xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e", secret: "xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e", languageId: 'shellscript' },
    { text: "slack_token = \"xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5\"", secret: "xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5", languageId: 'python' },
    { text: "export SLACK_TOKEN=xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p", secret: "xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "token = \"xoxb-your-token\"", languageId: 'python' },
    // Counting digits: the stand-ins of Slack's and other scanners' documentation.
    { text: "SLACK_TOKEN=xoxp-1234567890", path: '.env' },
    { text: "slack_token = \"xoxb-1234567890-0987654321-abcdefghijklmnopqrstuvwx\"", languageId: 'python' },
  ],
});
