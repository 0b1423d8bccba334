import { patternRule } from '../rule';

export default patternRule({
  id: 'huggingface-token',
  kind: 'Hugging Face token',
  description: 'A Hugging Face access token (hf_…).',
  keywords: ['hf_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34,40})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'HF_TOKEN',
});
