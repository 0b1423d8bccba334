import { patternRule } from '../rule';

export default patternRule({
  id: 'arthur-api-key-assignment',
  kind: 'Arthur API key',
  description: 'A literal assigned to ARTHUR_API_KEY (any Arthur key format, including legacy v3 keys).',
  platform: 'arthur',
  keywords: ['arthur_api_key'],
  pattern: /arthur_api_key["']?[ \t]*(?:=|:|=>)[ \t]*["']?(?<secret>[A-Za-z0-9+/=._~-]{16,200})/gi,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
});
