import { patternRule } from '../rule';

/**
 * Cloudflare's API tokens are 40 characters and its legacy Global API Key 37 hex digits, with no
 * prefix (Cloudflare docs, "Create API token", "Get Global API key"), so they count only under a
 * Cloudflare name, the form its tools read (CLOUDFLARE_API_TOKEN, CF_API_KEY).
 */
export default patternRule({
  id: 'cloudflare-api-token',
  kind: "Cloudflare API token or key",
  description: "A Cloudflare API token (40 characters) or Global API Key (37 hex) assigned to a Cloudflare name (CLOUDFLARE_API_TOKEN, CF_API_KEY, cloudflare_api_token).",
  keywords: ['cloudflare', 'cf_api', 'cf-api'],
  pattern: /(?:cloudflare|\bcf)[_-]?(?:api[_-]?)?(?:token|key)[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?(?<secret>[A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])/gi,
  confidence: 'high',
  envVar: 'CLOUDFLARE_API_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/i.test(value),
  mustMatch: [
    { text: "export CLOUDFLARE_API_TOKEN=qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX", secret: "qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX", languageId: 'shellscript' },
    { text: "cf_api_key = \"2334d7be0c3f6258e4433506a10b24499dbf9\"", secret: "2334d7be0c3f6258e4433506a10b24499dbf9", languageId: 'python' },
    { text: "cloudflare_api_token: qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX", secret: "qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX", languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: "export CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}", languageId: 'shellscript' },
    { text: "CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-in-here00", path: '.env' },
  ],
});
