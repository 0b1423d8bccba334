import { patternRule } from '../rule';

export default patternRule({
  id: 'pinecone-api-key',
  kind: 'Pinecone API key',
  description: 'A Pinecone API key (pcsk_…).',
  keywords: ['pcsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9_]{40,120})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'PINECONE_API_KEY',
});
