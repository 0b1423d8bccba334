import { patternRule } from '../rule';

export default patternRule({
  id: 'google-oauth-client-secret',
  kind: "Google OAuth client secret",
  description: "A Google OAuth client secret (GOCSPX-…).",
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GOOGLE_CLIENT_SECRET',
  mustMatch: [
    { text: "google_client_secret = \"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\"", secret: "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", languageId: 'python' },
    { text: "export GOOGLE_CLIENT_SECRET=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "google_client_secret = \"GOCSPX-pyPnRMG501\"", languageId: 'python' },
    { text: "google_client_secret = os.environ[\"GOOGLE_CLIENT_SECRET\"]", languageId: 'python' },
  ],
});
