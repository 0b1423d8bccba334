import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook:
 * URLs of the form `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant
 * id>/IncomingWebhook/<32 hex>/<id>`.
 */
export default patternRule({
  id: 'teams-webhook-url',
  kind: 'Microsoft Teams webhook URL',
  description: 'A Microsoft Teams incoming-webhook URL (anyone with it can post to the channel).',
  keywords: ['webhook.office.com'],
  pattern:
    /(?<secret>https:\/\/[a-z0-9-]{1,64}\.webhook\.office\.com\/webhookb2\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[A-Za-z0-9-]{36}(?:\/[A-Za-z0-9_-]{20,80})?)/g,
  confidence: 'high',
  envVar: 'TEAMS_WEBHOOK_URL',
});
