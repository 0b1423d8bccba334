import { patternRule } from '../rule';

export default patternRule({
  id: 'groq-api-key',
  kind: "Groq API key",
  description: "A Groq API key (gsk_…).",
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GROQ_API_KEY',
  mustMatch: [
    { text: "groq_api_key = \"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\"", secret: "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", languageId: 'python' },
    { text: "export GROQ_API_KEY=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "groq_api_key = \"gsk_6YDY1yUVNmMqc99nhRPdy8pr\"", languageId: 'python' },
    { text: "groq_api_key = os.environ[\"GROQ_API_KEY\"]", languageId: 'python' },
  ],
});
