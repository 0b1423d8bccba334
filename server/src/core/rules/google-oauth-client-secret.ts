import { patternRule } from '../rule';

export default patternRule({
  id: 'google-oauth-client-secret',
  kind: 'Google OAuth client secret',
  description: 'A Google OAuth client secret (GOCSPX-…).',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GOOGLE_CLIENT_SECRET',
});
