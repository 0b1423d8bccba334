import { patternRule } from '../rule';

export default patternRule({
  id: 'arthur-api-key-assignment',
  kind: "Arthur API key",
  description: "A literal assigned to ARTHUR_API_KEY (any Arthur key format, including legacy v3 keys).",
  platform: 'arthur',
  keywords: ['arthur_api_key'],
  pattern: /arthur_api_key["']?[ \t]*(?:=|:|=>)[ \t]*["']?(?<secret>[A-Za-z0-9+/=._~-]{16,200})/gi,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
  mustMatch: [
    { text: "ARTHUR_API_KEY = \"V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7\"", secret: "V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7", languageId: 'python' },
    { text: "export ARTHUR_API_KEY=V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7", secret: "V1cZB3urJ1mKpWx-KA7EvZtxr9Pko2JjCKlpXFB7", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "ARTHUR_API_KEY = os.environ[\"ARTHUR_API_KEY\"]", languageId: 'python' },
    { text: "export ARTHUR_API_KEY=<your-api-key>", languageId: 'shellscript' },
  ],
});
