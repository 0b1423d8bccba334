import { lineTest, patternRule } from '../rule';

const mentionsSquare = lineTest(/square/i);

/**
 * Square's documented token forms (Square developer docs, access tokens): production and sandbox
 * access tokens start EAAA (so do some Facebook tokens: EAAA… counts only on a line naming
 * Square), older tokens sq0atp-, application secrets sq0csp-. Checked 2026-12-02: OAuth access
 * tokens are 64 bytes (Square's ObtainToken reference, quoted by Square staff on its developer
 * forum), inside the 60-104 accepted for EAAA tokens.
 */
export default patternRule({
  id: 'square-token',
  kind: 'Square access token or secret',
  description: 'A Square access token (EAAA… on a line naming Square, or legacy sq0atp-) or OAuth application secret (sq0csp-).',
  keywords: ['sq0atp-', 'sq0csp-', 'square'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22,60}|sq0csp-[A-Za-z0-9_-]{43,60}|EAAA[A-Za-z0-9_-]{56,100})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SQUARE_ACCESS_TOKEN',
  check: (value, line) =>
    (value.startsWith('EAAA') ? mentionsSquare(line) : true) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value.slice(4)),
});
