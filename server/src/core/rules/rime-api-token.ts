import { lineTest, patternRule } from '../rule';

const namesTheKey = lineTest(/rime[_-]api[_-](?:key|token)/i);
const mentionsRime = lineTest(/\brime(?:_sdk)?\b|rbst\.io/i);

export default patternRule({
  id: 'rime-api-token',
  kind: 'Robust Intelligence API token',
  description:
    'A Robust Intelligence (RI Platform / RIME) API token in a rime-api-key header, a RIME_API_KEY assignment, or rime Client(url, token).',
  platform: 'rime',
  keywords: ['rime'],
  // rime_sdk's Client(domain, api_key="", …) takes the key second (its docs: `Client("my_vpc.rime.com", "api-key")`);
  // a bare `Client(` counts in a file about RI (one that imports rime_sdk) or on a line naming it.
  pattern:
    /(?:rime[_-]api[_-](?:key|token)["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?|\bClient\([ \t]*(?:domain[ \t]*=[ \t]*)?[^,()\n]{1,200},[ \t]*(?:api_key[ \t]*=[ \t]*)?["'])(?<secret>[A-Za-z0-9._~-]{16,200})/gi,
  confidence: 'high',
  envVar: 'RIME_API_KEY',
  check: (value, line, platform) =>
    namesTheKey(line) || ((platform === 'rime' || mentionsRime(line)) && /\d/.test(value) && /[A-Za-z]/.test(value)),
});
