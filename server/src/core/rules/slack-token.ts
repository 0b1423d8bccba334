import { patternRule } from '../rule';

export default patternRule({
  id: 'slack-token',
  kind: "Slack token",
  description: "A Slack bot, user, app or config token (xoxb-/xoxp-/xoxa-/xoxe-…).",
  keywords: ['xox', 'xapp-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>(?:xox[abposre]|xapp)-(?:\d+-)?[A-Za-z0-9-]{10,200})(?![A-Za-z0-9-])/g,
  confidence: 'high',
  envVar: 'SLACK_TOKEN',
  check: (value) => /\d/.test(value),
  mustMatch: [
    { text: "SLACK_APP_TOKEN=xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e", secret: "xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e", languageId: 'shellscript' },
    { text: "slack_token = \"xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5\"", secret: "xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5", languageId: 'python' },
    { text: "export SLACK_TOKEN=xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p", secret: "xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "token = \"xoxb-your-token\"", languageId: 'python' },
  ],
});
