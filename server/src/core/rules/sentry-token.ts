import { patternRule } from '../rule';

/**
 * Sentry's documented token formats (docs.sentry.io, "Token and Credential Formats"): user tokens
 * are sntryu_ and 64 hex digits (checked 2026-12-02 against that page's table); organization tokens are sntrys_ and a base64 JSON payload with its signature.
 */
export default patternRule({
  id: 'sentry-token',
  kind: 'Sentry auth token',
  description: 'A Sentry user auth token (sntryu_ and 64 hex) or organization auth token (sntrys_ and its signed payload).',
  keywords: ['sntryu_', 'sntrys_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_-]{40,600})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'SENTRY_AUTH_TOKEN',
});
