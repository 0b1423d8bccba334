import { patternRule } from '../rule';

export default patternRule({
  id: 'slack-webhook-url',
  kind: "Slack webhook URL",
  description: "A Slack incoming-webhook URL (anyone holding it can post to the channel).",
  keywords: ['hooks.slack.com'],
  pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_/]{20,120})/g,
  confidence: 'high',
  envVar: 'SLACK_WEBHOOK_URL',
  mustMatch: [
    { text: "slack_webhook_url = \"https://hooks.slack.com/services/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\"", secret: "https://hooks.slack.com/services/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", languageId: 'python' },
    { text: "export SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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", secret: "https://hooks.slack.com/services/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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "slack_webhook_url = \"https://hooks.slack.com/services/TN2O7\"", languageId: 'python' },
    { text: "slack_webhook_url = os.environ[\"SLACK_WEBHOOK_URL\"]", languageId: 'python' },
  ],
});
