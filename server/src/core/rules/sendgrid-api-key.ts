import { patternRule } from '../rule';

export default patternRule({
  id: 'sendgrid-api-key',
  kind: "SendGrid API key",
  description: "A SendGrid API key (SG.….…).",
  keywords: ['sg.'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SENDGRID_API_KEY',
  mustMatch: [
    { text: "sendgrid_api_key = \"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\"", secret: "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", languageId: 'python' },
    { text: "export SENDGRID_API_KEY=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "sendgrid_api_key = \"SG.lzcFGbhT74bXUrEUxEOnl0.uOKFcMNC\"", languageId: 'python' },
    { text: "sendgrid_api_key = os.environ[\"SENDGRID_API_KEY\"]", languageId: 'python' },
  ],
});
