import { patternRule } from '../rule';

/**
 * Airtable's personal access tokens (Airtable developer docs, authentication) are `pat`, a
 * 14-character token id, a dot and a 64-hex secret. `pat` alone is in every `path`: the rule runs
 * on lines that name Airtable (AIRTABLE_API_KEY, `new Airtable(…)`), which keeps the prepass flat.
 */
export default patternRule({
  id: 'airtable-token',
  kind: "Airtable personal access token",
  description: "An Airtable personal access token: pat, a 14-character id, a dot and 64 hex digits.",
  keywords: ['airtable'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'AIRTABLE_API_KEY',
  mustMatch: [
    { text: "const base = new Airtable({ apiKey: \"patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f\" }).base(\"appXXXX\");", secret: "patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f", languageId: 'javascript' },
    { text: "AIRTABLE_TOKEN=patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f", secret: "patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f", path: '.env' },
  ],
  mustNotMatch: [
    { text: "// airtable export: pathToTheFileXY.dd08d18c82695b4e.csv", languageId: 'javascript' },
    { text: "AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.XXXXXXXX", path: '.env' },
  ],
});
