import { patternRule } from '../rule';

export default patternRule({
  id: 'langsmith-api-key',
  kind: 'LangSmith API key',
  description: 'A LangSmith API key (lsv2_pt_/lsv2_sk_).',
  keywords: ['lsv2_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'LANGSMITH_API_KEY',
});
