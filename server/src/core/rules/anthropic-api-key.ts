import { patternRule } from '../rule';

export default patternRule({
  id: 'anthropic-api-key',
  kind: 'Anthropic API key',
  description: 'An Anthropic API or admin key (sk-ant-api03-…).',
  keywords: ['sk-ant-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'ANTHROPIC_API_KEY',
});
