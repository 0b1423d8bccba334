import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developer.flutterwave.com/docs/authentication (secret keys `FLWSECK-…-X`, test keys
 * `FLWSECK_TEST-…-X`; public keys FLWPUBK are not secret).
 */
export default patternRule({
  id: 'flutterwave-secret-key',
  kind: 'Flutterwave secret key',
  description: 'A Flutterwave secret or encryption key: FLWSECK- / FLWSECK_TEST-, 32 hex digits and -X.',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'FLW_SECRET_KEY',
});
