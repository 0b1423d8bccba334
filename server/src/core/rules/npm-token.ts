import { patternRule } from '../rule';

export default patternRule({
  id: 'npm-token',
  kind: 'npm access token',
  description: 'An npm access token (npm_…).',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'NPM_TOKEN',
});
