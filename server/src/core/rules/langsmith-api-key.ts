import { patternRule } from '../rule';

export default patternRule({
  id: 'langsmith-api-key',
  kind: "LangSmith API key",
  description: "A LangSmith API key (lsv2_pt_/lsv2_sk_).",
  keywords: ['lsv2_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'LANGSMITH_API_KEY',
  mustMatch: [
    { text: "langsmith_api_key = \"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\"", secret: "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", languageId: 'python' },
    { text: "export LANGSMITH_API_KEY=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "langsmith_api_key = \"lsv2_pt_b7860a5dc32719244\"", languageId: 'python' },
    { text: "langsmith_api_key = os.environ[\"LANGSMITH_API_KEY\"]", languageId: 'python' },
  ],
});
