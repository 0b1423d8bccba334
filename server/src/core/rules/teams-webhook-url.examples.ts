import type { RuleExamples } from '../types';

/** `teams-webhook-url`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'teams_webhook_url = "https://contoso.webhook.office.com/webhookb2/a40bceca-df1f-a46a-485b-bf1669eb47bc@b2c52ed8-7d68-1e10-b26b-779fedfe1deb/IncomingWebhook/db6a958a32740b1fec0c1294ea2d2c4b/c84060c2-088e-47b6-db97-37b60293f9ba"',
      secret:
        'https://contoso.webhook.office.com/webhookb2/a40bceca-df1f-a46a-485b-bf1669eb47bc@b2c52ed8-7d68-1e10-b26b-779fedfe1deb/IncomingWebhook/db6a958a32740b1fec0c1294ea2d2c4b/c84060c2-088e-47b6-db97-37b60293f9ba',
      languageId: 'python',
    },
    {
      text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/a40bceca-df1f-a46a-485b-bf1669eb47bc@b2c52ed8-7d68-1e10-b26b-779fedfe1deb/IncomingWebhook/db6a958a32740b1fec0c1294ea2d2c4b/c84060c2-088e-47b6-db97-37b60293f9ba',
      secret:
        'https://contoso.webhook.office.com/webhookb2/a40bceca-df1f-a46a-485b-bf1669eb47bc@b2c52ed8-7d68-1e10-b26b-779fedfe1deb/IncomingWebhook/db6a958a32740b1fec0c1294ea2d2c4b/c84060c2-088e-47b6-db97-37b60293f9ba',
      path: '.env',
    },
  ],
  mustNotMatch: [
    {
      text: 'teams_webhook_url = "https://contoso.webhook.office.com/webhookb2/a40bceca-df1f-a46a-485b-bf1669eb47bc@b2c52ed8-7d68-1e10-b26b-779fedfe1deb/IncomingWebhook/d"',
      languageId: 'python',
    },
    { text: 'teams_webhook_url = os.environ["TEAMS_WEBHOOK_URL"]', languageId: 'python' },
    { text: 'url = "https://contoso.webhook.office.com/webhookb2/"', languageId: 'python' },
  ],
};

export default examples;
