import { patternRule } from '../rule';

export default patternRule({
  id: 'new-relic-key',
  kind: 'New Relic key',
  description: 'A New Relic user or ingest key (NRAK-/NRJS-/NRII-).',
  keywords: ['nrak-', 'nrjs-', 'nrii-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NR(?:AK|JS|II)-[A-Za-z0-9]{19,32})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'NEW_RELIC_API_KEY',
});
