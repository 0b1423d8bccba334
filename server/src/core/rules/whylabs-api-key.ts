import { lineTest, patternRule } from '../rule';

const mentionsWhylabs = lineTest(/whylabs|x-api-key/i);

/**
 * The secret is 53 characters drawn at random from the 62 alphanumerics (whylabs-oss
 * security/ApiKeyValidator.kt): all three kinds of character occur (a random 53 lacks one with
 * odds of about 1 in 10,000), and no run of one kind is as long as a word. A dotted member access
 * of the same length (`typography.widgetHighlightNumberForTheHeroCardInTheDashboardPanel`) fails both.
 */
function looksGenerated(secret: string): boolean {
  return /[0-9]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && !/[a-z]{9}|[A-Z]{9}/.test(secret);
}

export default patternRule({
  id: 'whylabs-api-key',
  kind: 'WhyLabs API key',
  description: 'A WhyLabs API key: a 10-character key id, a dot, a 53-character random secret, and an optional ":org-…" suffix.',
  platform: 'whylabs',
  keywords: [':org-', 'whylabs', 'x-api-key'],
  pattern: /(?<![A-Za-z0-9._-])(?<secret>[A-Za-z0-9]{10}\.[A-Za-z0-9]{53}(?::org-[A-Za-z0-9]{2,16})?)(?![A-Za-z0-9.])/g,
  confidence: 'high',
  envVar: 'WHYLABS_API_KEY',
  check: (value, line, platform) =>
    looksGenerated(value.slice(11, 64)) && (/:org-/.test(value) || platform === 'whylabs' || mentionsWhylabs(line)),
});
