import { patternRule } from '../rule';

export default patternRule({
  id: 'google-api-key',
  kind: 'Google API key',
  description: 'A Google Cloud / Firebase API key (AIza…).',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GOOGLE_API_KEY',
});
