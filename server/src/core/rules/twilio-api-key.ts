import { patternRule } from '../rule';

export default patternRule({
  id: 'twilio-api-key',
  kind: 'Twilio API key',
  description: 'A Twilio API key SID (SK + 32 hex).',
  keywords: [],
  pattern: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g,
  confidence: 'high',
  envVar: 'TWILIO_API_KEY',
});
