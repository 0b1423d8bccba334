import { patternRule } from '../rule';

export default patternRule({
  id: 'replicate-api-token',
  kind: 'Replicate API token',
  description: 'A Replicate API token (r8_…).',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'REPLICATE_API_TOKEN',
});
