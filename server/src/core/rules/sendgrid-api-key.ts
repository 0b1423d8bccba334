import { patternRule } from '../rule';

export default patternRule({
  id: 'sendgrid-api-key',
  kind: 'SendGrid API key',
  description: 'A SendGrid API key (SG.….…).',
  keywords: ['sg.'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SENDGRID_API_KEY',
});
