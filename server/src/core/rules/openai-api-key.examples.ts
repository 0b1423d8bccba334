import type { RuleExamples } from '../types';

/** `openai-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'openai_api_key = "sk-proj-hoM4d9bvWTcEMqDWJ9wBztdiD8XXfDgulkDl6WKkrnwGOl9guXCYJmdQFTvffexLT3BlbkFJPuWmLPP-JkOTRGUrSIR5"',
      secret: 'sk-proj-hoM4d9bvWTcEMqDWJ9wBztdiD8XXfDgulkDl6WKkrnwGOl9guXCYJmdQFTvffexLT3BlbkFJPuWmLPP-JkOTRGUrSIR5',
      languageId: 'python',
    },
    {
      text: 'export OPENAI_API_KEY=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',
      secret: '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',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'openai_api_key = "sk-proj-XXXXXXXX"', languageId: 'python' },
    { text: 'openai_api_key = os.environ["OPENAI_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
