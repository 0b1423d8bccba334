import { patternRule } from '../rule';

/**
 * Sentry's documented token formats (docs.sentry.io, "Token and Credential Formats"): user tokens
 * are sntryu_ and 64 hex digits; organization tokens are sntrys_ and a base64 JSON payload with its signature.
 */
export default patternRule({
  id: 'sentry-token',
  kind: "Sentry auth token",
  description: "A Sentry user auth token (sntryu_ and 64 hex) or organization auth token (sntrys_ and its signed payload).",
  keywords: ['sntryu_', 'sntrys_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_-]{40,600})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'SENTRY_AUTH_TOKEN',
  mustMatch: [
    { text: "export SENTRY_AUTH_TOKEN=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", secret: "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", languageId: 'shellscript' },
    { text: "authToken: \"sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG\"", secret: "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG", languageId: 'javascript' },
  ],
  mustNotMatch: [
    { text: "export SENTRY_AUTH_TOKEN=sntryu_YOUR_TOKEN_HERE", languageId: 'shellscript' },
    { text: "const PREFIX = \"sntrys_\";", languageId: 'javascript' },
  ],
});
