import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developers.notion.com "Authorization" and Notion's 2024 change log: integration tokens now start
 * `ntn_` (older ones `secret_`, left to the generic rules); 50 characters in all.
 */
export default patternRule({
  id: 'notion-token',
  kind: 'Notion integration token',
  description: 'A Notion integration (API) token in the current format: ntn_ and 46 letters and digits.',
  keywords: ['ntn_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ntn_[A-Za-z0-9]{40,50})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'NOTION_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
