import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.mapbox.com/accounts/guides/tokens ("Token format"): public tokens start `pk.`, secret
 * tokens `sk.`, temporary `tk.`; the rest is a base64url JSON header and a signature.
 */
export default patternRule({
  id: 'mapbox-secret-token',
  kind: 'Mapbox secret token',
  description: 'A Mapbox secret access token (sk.eyJ\u2026); public tokens (pk.) are meant for browsers and are not flagged.',
  keywords: ['sk.eyj'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,60})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'MAPBOX_SECRET_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
