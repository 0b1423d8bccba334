import { patternRule } from '../rule';

/**
 * Cloudflare's API tokens are 40 characters and its legacy Global API Key 37 hex digits, with no
 * prefix (Cloudflare docs, "Create API token", "Get Global API key"), so they count only under a
 * Cloudflare name, the form its tools read (CLOUDFLARE_API_TOKEN, CF_API_KEY). Tokens created or
 * rolled now carry a prefix (cfk_, cfut_, cfat_): cloudflare-prefixed-token finds those anywhere.
 */
export default patternRule({
  id: 'cloudflare-api-token',
  kind: 'Cloudflare API token or key',
  description:
    'A Cloudflare API token (40 characters) or Global API Key (37 hex) assigned to a Cloudflare name (CLOUDFLARE_API_TOKEN, CF_API_KEY, cloudflare_api_token).',
  keywords: ['cloudflare', 'cf_api', 'cf-api'],
  pattern:
    /(?:cloudflare|\bcf)[_-]?(?:api[_-]?)?(?:token|key)["']?[ \t]*(?:=|:|=>)[ \t]*["']?(?<secret>[A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])/gi,
  confidence: 'high',
  envVar: 'CLOUDFLARE_API_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/i.test(value),
});
