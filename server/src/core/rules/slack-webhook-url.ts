import { patternRule } from '../rule';

export default patternRule({
  id: 'slack-webhook-url',
  kind: "Slack webhook URL",
  description: "A Slack incoming-webhook URL (anyone holding it can post to the channel).",
  keywords: ['hooks.slack.com'],
  // services/<team T…>/<bot B…>/<token>, workflows/<team>/<app A…>/<trigger>/<token>.
  pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,14}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,14}\/\d{6,24})\/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/g,
  confidence: 'high',
  envVar: 'SLACK_WEBHOOK_URL',
  mustMatch: [
    { text: "slack_webhook_url = \"https://hooks.slack.com/services/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\"", secret: "https://hooks.slack.com/services/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", languageId: 'python' },
    { text: "export SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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", secret: "https://hooks.slack.com/services/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", languageId: 'shellscript' },
    { text: "url: https://hooks.slack.com/workflows/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", secret: "https://hooks.slack.com/workflows/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", languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: "slack_webhook_url = \"https://hooks.slack.com/services/TN2O7\"", languageId: 'python' },
    { text: "slack_webhook_url = os.environ[\"SLACK_WEBHOOK_URL\"]", languageId: 'python' },
    { text: "'webhook_url' => 'https://hooks.slack.com/services/random1/random2/token',", languageId: 'ruby' },
  ],
});
