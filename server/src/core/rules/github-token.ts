import { patternRule } from '../rule';

export default patternRule({
  id: 'github-token',
  kind: 'GitHub token',
  description: 'A GitHub personal access, OAuth, app or refresh token (ghp_/gho_/ghu_/ghs_/ghr_).',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GITHUB_TOKEN',
});
