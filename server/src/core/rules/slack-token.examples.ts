import type { RuleExamples } from '../types';

/** `slack-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'SLACK_APP_TOKEN=xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e',
      secret: 'xapp-1-A0123456789-2502990783947-466bb5e99242c129e437bcd8297fe76e',
      languageId: 'shellscript',
    },
    {
      text: 'slack_token = "xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5"',
      secret: 'xoxb-ML37MJRY8W6-9NJ322GQE62T5-toWg2fpphY3y5dixNYjqaLo5',
      languageId: 'python',
    },
    {
      text: 'export SLACK_TOKEN=xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p',
      secret: 'xoxp-FPSS91VLHPS-ACWPH9SE8TVO-V7QHlkRfNwyHAEVS9QqDHP9p',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'token = "xoxb-your-token"', languageId: 'python' },
    // Counting digits: the stand-ins of Slack's and other scanners' documentation.
    { text: 'SLACK_TOKEN=xoxp-1234567890', path: '.env' },
    { text: 'slack_token = "xoxb-1234567890-0987654321-abcdefghijklmnopqrstuvwx"', languageId: 'python' },
  ],
};

export default examples;
