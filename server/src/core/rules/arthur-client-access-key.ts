import { patternRule } from '../rule';

/**
 * Arthur's legacy SDK takes the key fourth: `ArthurAI(config=None, verify_ssl=None, url=None,
 * access_key=None, …)` (arthurai client/client.py). A literal in that position is the key, in
 * any of Arthur's key formats (v3 keys are not the Engine's base64 form the decoding rule knows).
 */
export default patternRule({
  id: 'arthur-client-access-key',
  kind: "Arthur API key",
  description: "A literal passed as the fourth (access_key) argument of the Arthur SDK's ArthurAI(config, verify_ssl, url, access_key).",
  platform: 'arthur',
  keywords: ['arthurai('],
  pattern: /\bArthurAI\((?:[^,()\n]{0,200},){3}[ \t]*["'](?<secret>[A-Za-z0-9+/=._~-]{16,200})["']/g,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
  check: (value) => /\d/.test(value) && /[A-Za-z]/.test(value),
  mustMatch: [
    { text: "arthur = ArthurAI(None, True, \"https://app.arthur.ai\", \"Xk29fLw0qPz7RtY4mN8vB3cD\")", secret: "Xk29fLw0qPz7RtY4mN8vB3cD", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "arthur = ArthurAI(None, True, \"https://app.arthur.ai\", os.environ[\"ARTHUR_API_KEY\"])", languageId: 'python' },
    // The third argument is the URL, not the key.
    { text: "arthur = ArthurAI(None, True, \"https://app.arthur.ai/api/v3/Xk29fLw0qPz7RtY4\")", languageId: 'python' },
  ],
});
