import { patternRule } from '../rule';

/**
 * Fly.io's macaroon tokens (fly.io docs, "Access tokens" and `fly tokens create`) are shown as
 * `FlyV1 fm2_…` (older fm1a_/fm1r_), base64 and long; the value is the fm… part.
 */
export default patternRule({
  id: 'flyio-token',
  kind: "Fly.io access token",
  description: "A Fly.io access or deploy token (FlyV1 fm2_…, fm1a_, fm1r_).",
  keywords: ['fm2_', 'fm1a_', 'fm1r_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>fm(?:2|1[ar])_[A-Za-z0-9+/=_-]{64,4000})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'FLY_API_TOKEN',
  check: (value) => /\d/.test(value) && /[A-Z]/.test(value),
  mustMatch: [
    { text: "FLY_API_TOKEN=\"FlyV1 fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f\"", secret: "fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f", languageId: 'shellscript' },
    { text: "fly_token: fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f", secret: "fm2_lJPECAAAAQ7MAcWdxBDZ4h1kZ3F0cmFjcy1tYWNoaW5lcxkiD5Ae0q8nRbXcB3kLt7wYm2pQvX9zF4sH6jN1cR8gK5aT0eU3iW7oP2lM4xA9dS6f", languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: "FLY_API_TOKEN=\"FlyV1 fm2_...\"", languageId: 'shellscript' },
    { text: "let fm2_value = compute(fm2_input);", languageId: 'rust' },
  ],
});
