import { lineTest, patternRule } from '../rule';

const mentionsWhylabs = lineTest(/whylabs|x-api-key/i);

export default patternRule({
  id: 'whylabs-api-key',
  kind: "WhyLabs API key",
  description: "A WhyLabs API key: a 10-character key id, a dot, the secret, and an optional \":org-…\" suffix.",
  platform: 'whylabs',
  keywords: [':org-', 'whylabs', 'x-api-key'],
  pattern: /(?<![A-Za-z0-9._-])(?<secret>[A-Za-z0-9]{10}\.[A-Za-z0-9]{20,70}(?::org-[A-Za-z0-9]{2,16})?)(?![A-Za-z0-9.])/g,
  confidence: 'high',
  envVar: 'WHYLABS_API_KEY',
  check: (value, line, platform) => /:org-/.test(value) || platform === 'whylabs' || mentionsWhylabs(line),
  mustMatch: [
    { text: "why.init(api_key=\"n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07QbbStdd8Agdm:org-abc123\")", secret: "n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07QbbStdd8Agdm:org-abc123", languageId: 'python' },
    { text: "WHYLABS_API_KEY=n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07QbbStdd8Agdm", secret: "n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07QbbStdd8Agdm", path: '.env' },
  ],
  mustNotMatch: [
    { text: "import com.example.LR347A7TPdoE2u6Qe1NBPBTrbEpvpD", languageId: 'java' },
    { text: "WHYLABS_API_KEY=YOUR_API_KEY", path: '.env' },
  ],
});
