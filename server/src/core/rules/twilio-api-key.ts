import { patternRule } from '../rule';

export default patternRule({
  id: 'twilio-api-key',
  kind: "Twilio API key",
  description: "A Twilio API key SID (SK + 32 hex).",
  keywords: [],
  pattern: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g,
  confidence: 'high',
  envVar: 'TWILIO_API_KEY',
  mustMatch: [
    { text: "twilio_api_key = \"SK13d8ba3816b4baac16411d2aee97b5e5\"", secret: "SK13d8ba3816b4baac16411d2aee97b5e5", languageId: 'python' },
    { text: "export TWILIO_API_KEY=SKd947a2262eb26ab2aab121fddbad73ce", secret: "SKd947a2262eb26ab2aab121fddbad73ce", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "\"sid\": \"SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", languageId: 'json' },
    { text: "twilio_api_key = \"SK13d8ba3816b4baa\"", languageId: 'python' },
    { text: "twilio_api_key = os.environ[\"TWILIO_API_KEY\"]", languageId: 'python' },
  ],
});
