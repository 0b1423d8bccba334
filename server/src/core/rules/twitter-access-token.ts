import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * X developer docs, "Access tokens" / OAuth 1.0a
 * (developer.x.com/en/docs/authentication/oauth-1-0a): an access token is "<user id>-<40
 * alphanumerics>", e.g. the docs' `370773112-GmHx…` shape.
 */
export default patternRule({
  id: 'twitter-access-token',
  kind: 'X (Twitter) access token',
  description:
    'An X (Twitter) OAuth 1.0a user access token: the numeric user id, a dash and 40 random letters and digits, on a line that names Twitter.',
  keywords: ['twitter'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>\d{1,20}-[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'TWITTER_ACCESS_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
