import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developers.brevo.com "Authentication" (API keys start `xkeysib-`, SMTP keys `xsmtpsib-`); the
 * 64-hex + 16-character tail is the layout of issued keys.
 */
export default patternRule({
  id: 'brevo-api-key',
  kind: 'Brevo (Sendinblue) API key',
  description: 'A Brevo (formerly Sendinblue) API or SMTP key: xkeysib- or xsmtpsib-, 64 hex digits, a dash and 16 letters and digits.',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'BREVO_API_KEY',
});
