import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * X developer docs, "OAuth 2.0 Bearer Token" (developer.x.com/en/docs/authentication/oauth-2-0):
 * an app-only bearer token is URL-encoded base64 that starts with a run of `A` (zero bytes), then
 * the app's id part, `%3D`, and about 50 random letters and digits; about 110 characters in all.
 * The run of `A`s is what the shared placeholder filter refuses, so this rule judges placeholders
 * itself: the part after `%3D` must be random (digits, both cases, no long run).
 */
const RANDOM_TAIL = /%3D[A-Za-z0-9%]{40,}$/;

export default patternRule({
  id: 'twitter-bearer-token',
  kind: 'X (Twitter) bearer token',
  description: "An X (Twitter) app-only bearer token: a run of A characters, the app's id part, %3D and a random secret.",
  // The `%3D` its check requires, not the run of A: that one also fires at every position of the
  // zero runs in base64 data (58,000 prepass hits on CredData against 22 lines with `%3D`).
  keywords: ['%3d'],
  pattern: /(?<![A-Za-z0-9%+/])(?<secret>A{20,24}[A-Za-z0-9%]{60,130})(?![A-Za-z0-9%+/=])/g,
  confidence: 'high',
  envVar: 'TWITTER_BEARER_TOKEN',
  ownPlaceholderCheck: true,
  check: (value) => {
    const tail = RANDOM_TAIL.exec(value)?.[0].slice(3);
    return tail !== undefined && /\d/.test(tail) && /[a-z]/.test(tail) && /[A-Z]/.test(tail) && !/(.)\1{5,}/.test(tail);
  },
});
