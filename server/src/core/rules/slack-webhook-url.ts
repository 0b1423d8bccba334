import { patternRule } from '../rule';

export default patternRule({
  id: 'slack-webhook-url',
  kind: 'Slack webhook URL',
  description: 'A Slack incoming-webhook URL (anyone holding it can post to the channel).',
  keywords: ['hooks.slack.com'],
  // services/<team T…>/<bot B…>/<token>, workflows/<team>/<app A…>/<trigger>/<token>.
  pattern:
    /(?<secret>https:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,14}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,14}\/\d{6,24})\/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/g,
  confidence: 'high',
  envVar: 'SLACK_WEBHOOK_URL',
});
