import { patternRule } from '../rule';

export default patternRule({
  id: 'mailgun-api-key',
  kind: 'Mailgun API key',
  description: 'A Mailgun private API key (key-…).',
  keywords: ['key-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-z]{32})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'MAILGUN_API_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value.slice(4)),
});
