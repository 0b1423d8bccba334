import type { RuleExamples } from '../types';

/** `cloudflare-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'export CLOUDFLARE_API_TOKEN=qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX',
      secret: 'qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX',
      languageId: 'shellscript',
    },
    { text: 'cf_api_key = "2334d7be0c3f6258e4433506a10b24499dbf9"', secret: '2334d7be0c3f6258e4433506a10b24499dbf9', languageId: 'python' },
    {
      text: 'cloudflare_api_token: qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX',
      secret: 'qNi3i73VzkKFIL0mQ7YyGwz7LdPLkeK2n2AqlAoX',
      languageId: 'yaml',
    },
  ],
  mustNotMatch: [
    { text: 'export CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}', languageId: 'shellscript' },
    { text: 'CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-in-here00', path: '.env' },
  ],
};

export default examples;
