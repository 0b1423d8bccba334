import { lineTest, patternRule } from '../rule';

const mentionsH2ogpte = lineTest(/h2ogpte|h2o\.ai/i);

export default patternRule({
  id: 'h2ogpte-api-key',
  kind: 'H2O h2oGPTe API key',
  description: 'An h2oGPTe "sk-…" API key used with H2OGPTE or an h2oGPTe address.',
  platform: 'h2ogpte',
  keywords: ['h2ogpte', 'h2o'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'H2OGPTE_API_KEY',
  // Keys are random (the published example: `sk-` and 48 letters and digits of both cases);
  // kebab-case names in an h2oGPTe file (`sk-learn-pipeline-settings`) are not.
  check: (value, line, platform) =>
    /\d/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value.slice(3)) && (platform === 'h2ogpte' || mentionsH2ogpte(line)),
});
