import { patternRule } from '../rule';

export default patternRule({
  id: 'github-fine-grained-token',
  kind: 'GitHub fine-grained token',
  description: 'A GitHub fine-grained personal access token (github_pat_…).',
  keywords: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GITHUB_TOKEN',
});
