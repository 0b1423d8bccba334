import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developers.cloudflare.com/fundamentals/api/get-started/token-formats ("Token formats"): every
 * new or rolled credential is a prefix, 40 characters and a checksum: `cfk_` Global API Key,
 * `cfut_` user API token, `cfat_` account API token. The checksum's length is not stated: 40 to
 * 50 characters after the prefix are accepted. Older unprefixed tokens: cloudflare-api-token.
 */
export default patternRule({
  id: 'cloudflare-prefixed-token',
  kind: 'Cloudflare API token',
  description:
    'A Cloudflare credential in the scannable format: cfk_ (Global API Key), cfut_ (user API token) or cfat_ (account API token), 40 characters and a checksum.',
  keywords: ['cfk_', 'cfut_', 'cfat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>cf(?:k|ut|at)_[A-Za-z0-9]{40,50})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'CLOUDFLARE_API_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value.slice(4)) && /[A-Z]/.test(value),
});
