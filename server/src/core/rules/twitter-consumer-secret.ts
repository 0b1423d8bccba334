import { patternRule } from '../rule';

/**
 * X (Twitter) API key secret ("consumer secret", 50 letters and digits) and access token secret
 * (45), from X's OAuth 1.0a docs (developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-
 * secret; the docs' example secret is 50 characters). No prefix: the rule runs only on lines that
 * name Twitter or tweepy (which the named forms `twitter_consumer_secret = …` and the positional
 * `tweepy.OAuthHandler("<key>", "<secret>")` do) and takes only a quoted literal of exactly 45 or
 * 50 letters and digits with digits and both cases. The 25-character API key (consumer key) is
 * an id-like public half and is left to the generic name rules.
 */
export default patternRule({
  id: 'twitter-consumer-secret',
  kind: 'X (Twitter) API secret',
  description: 'An X (Twitter) API key secret (50 characters) or access token secret (45), quoted on a line that names Twitter or tweepy.',
  keywords: ['twitter', 'tweepy'],
  pattern: /(?<=["'`])(?<secret>[A-Za-z0-9]{50}|[A-Za-z0-9]{45})(?=["'`])/g,
  confidence: 'high',
  envVar: 'TWITTER_CONSUMER_SECRET',
  check: (value) => (value.match(/\d/g)?.length ?? 0) >= 3 && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
