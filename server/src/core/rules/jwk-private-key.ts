import { patternRule } from '../rule';

export default patternRule({
  id: 'jwk-private-key',
  kind: "JWK private key",
  description: "The private part of a JSON Web Key (d of RSA/EC/OKP keys, k of symmetric keys): base64url key material in JSON or a JavaScript object.",
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
  mustMatch: [
    { text: "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"d\":\"jpsQnnGQmL-YBIffH1136cLSHSGNF9Fs0RrnZmCxRTs\"}", secret: "jpsQnnGQmL-YBIffH1136cLSHSGNF9Fs0RrnZmCxRTs", path: 'keys/jwk.json' },
    { text: "  d: 'KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS',", secret: "KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS", languageId: 'javascript' },
    { text: "  k: 'RqPn0NSAqsq3T0lfcCqkPewMEvcfdW_nd44tt7VJxjD',", secret: "RqPn0NSAqsq3T0lfcCqkPewMEvcfdW_nd44tt7VJxjD", languageId: 'javascript' },
  ],
  mustNotMatch: [
    { text: "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}", path: 'keys/public.json' },
    { text: "<path d=\"M10 20 L30 40 Z\" />", languageId: 'html' },
    { text: "  id: 'KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS',", languageId: 'javascript' },
    { text: "  d: 'abcdefghijklmnopqrstuvwxyzabcdefghijkl',", languageId: 'javascript' },
  ],
});
