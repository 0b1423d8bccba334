import { patternRule } from '../rule';

export default patternRule({
  id: 'openai-api-key',
  kind: "OpenAI API key",
  description: "An OpenAI API key (sk-proj-…, sk-svcacct-…, or a legacy key with the T3BlbkFJ marker).",
  keywords: ['sk-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'OPENAI_API_KEY',
  mustMatch: [
    { text: "openai_api_key = \"sk-proj-hoM4d9bvWTcEMqDWJ9wBztdiD8XXfDgulkDl6WKkrnwGOl9guXCYJmdQFTvffexLT3BlbkFJPuWmLPP-JkOTRGUrSIR5\"", secret: "sk-proj-hoM4d9bvWTcEMqDWJ9wBztdiD8XXfDgulkDl6WKkrnwGOl9guXCYJmdQFTvffexLT3BlbkFJPuWmLPP-JkOTRGUrSIR5", languageId: 'python' },
    { text: "export OPENAI_API_KEY=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "openai_api_key = \"sk-proj-XXXXXXXX\"", languageId: 'python' },
    { text: "openai_api_key = os.environ[\"OPENAI_API_KEY\"]", languageId: 'python' },
  ],
});
