import { patternRule } from '../rule';

export default patternRule({
  id: 'jwk-private-key',
  kind: 'JWK private key',
  description:
    'The private part of a JSON Web Key (d of RSA/EC/OKP keys, k of symmetric keys): base64url key material in JSON or a JavaScript object.',
  // The member names are too short to gate on: the pattern runs on every file, so it starts at
  // the colon (rarer than the letters d and k) and looks back for the name. An RSA key's p, q,
  // dp, dq and qi always come with its d: one finding per key is enough.
  keywords: [],
  pattern: /:(?<=(?<![\w$-]["']?)[dk]["']?[ \t]*:)[ \t]*["'](?<secret>[A-Za-z0-9_-]{32,2000})["']/g,
  confidence: 'high',
  envVar: 'JWK_PRIVATE_KEY',
  // Key material is random: at least three character classes, no long words.
  minEntropy: 4,
  check: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value),
});
