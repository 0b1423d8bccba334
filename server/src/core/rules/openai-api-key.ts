import { patternRule } from '../rule';

export default patternRule({
  id: 'openai-api-key',
  kind: 'OpenAI API key',
  description: 'An OpenAI API key (sk-proj-…, sk-svcacct-…, or a legacy key with the T3BlbkFJ marker).',
  keywords: ['sk-'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'OPENAI_API_KEY',
});
