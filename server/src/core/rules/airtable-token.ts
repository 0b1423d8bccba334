import { patternRule } from '../rule';

/**
 * Airtable's personal access tokens (Airtable developer docs, authentication) are `pat`, a
 * 14-character token id, a dot and a 64-hex secret. `pat` alone is in every `path`: the rule runs
 * on lines that name Airtable (AIRTABLE_API_KEY, `new Airtable(…)`), which keeps the prepass flat.
 */
export default patternRule({
  id: 'airtable-token',
  kind: 'Airtable personal access token',
  description: 'An Airtable personal access token: pat, a 14-character id, a dot and 64 hex digits.',
  keywords: ['airtable'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'AIRTABLE_API_KEY',
});
