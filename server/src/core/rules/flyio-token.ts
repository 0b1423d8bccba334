import { patternRule } from '../rule';

/**
 * Fly.io's macaroon tokens (fly.io docs, "Access tokens" and `fly tokens create`) are shown as
 * `FlyV1 fm2_…` (older fm1a_/fm1r_), base64 and long; the value is the fm… part. Checked
 * 2026-12-02: `FlyV1 fm2_lJPE…` in superfly's macfly README (hexdocs.pm/macfly); fm1a_/fm1r_ not
 * re-checked.
 */
export default patternRule({
  id: 'flyio-token',
  kind: 'Fly.io access token',
  description: 'A Fly.io access or deploy token (FlyV1 fm2_…, fm1a_, fm1r_).',
  keywords: ['fm2_', 'fm1a_', 'fm1r_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>fm(?:2|1[ar])_[A-Za-z0-9+/=_-]{64,4000})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'FLY_API_TOKEN',
  check: (value) => /\d/.test(value) && /[A-Z]/.test(value),
});
