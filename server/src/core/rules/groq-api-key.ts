import { patternRule } from '../rule';

export default patternRule({
  id: 'groq-api-key',
  kind: 'Groq API key',
  description: 'A Groq API key (gsk_…).',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GROQ_API_KEY',
});
