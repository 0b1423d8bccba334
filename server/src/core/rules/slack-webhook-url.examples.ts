import type { RuleExamples } from '../types';

/** `slack-webhook-url`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'slack_webhook_url = "https://hooks.slack.com/services/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"',
      secret: 'https://hooks.slack.com/services/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',
      languageId: 'python',
    },
    {
      text: 'export SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
      secret: 'https://hooks.slack.com/services/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',
      languageId: 'shellscript',
    },
    {
      text: 'url: https://hooks.slack.com/workflows/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',
      secret: 'https://hooks.slack.com/workflows/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',
      languageId: 'yaml',
    },
  ],
  mustNotMatch: [
    { text: 'slack_webhook_url = "https://hooks.slack.com/services/TN2O7"', languageId: 'python' },
    { text: 'slack_webhook_url = os.environ["SLACK_WEBHOOK_URL"]', languageId: 'python' },
    { text: "'webhook_url' => 'https://hooks.slack.com/services/random1/random2/token',", languageId: 'ruby' },
  ],
};

export default examples;
