import { patternRule } from '../rule';

/**
 * Arthur's legacy SDK takes the key fourth: `ArthurAI(config=None, verify_ssl=None, url=None,
 * access_key=None, …)` (arthurai client/client.py). A literal in that position is the key, in
 * any of Arthur's key formats (v3 keys are not the Engine's base64 form the decoding rule knows).
 */
export default patternRule({
  id: 'arthur-client-access-key',
  kind: 'Arthur API key',
  description: "A literal passed as the fourth (access_key) argument of the Arthur SDK's ArthurAI(config, verify_ssl, url, access_key).",
  platform: 'arthur',
  keywords: ['arthurai('],
  pattern: /\bArthurAI\((?:[^,()\n]{0,200},){3}[ \t]*["'](?<secret>[A-Za-z0-9+/=._~-]{16,200})["']/g,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
  check: (value) => /\d/.test(value) && /[A-Za-z]/.test(value),
});
