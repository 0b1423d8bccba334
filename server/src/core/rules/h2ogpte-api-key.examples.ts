import type { RuleExamples } from '../types';

/** `h2ogpte-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'client = H2OGPTE(address="https://h2ogpte.genai.h2o.ai", api_key="sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X")',
      secret: 'sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X',
      languageId: 'python',
    },
    {
      text: 'H2OGPTE_API_KEY=sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X',
      secret: 'sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'client = H2OGPTE(address=url, api_key="sk-XXXXXXXXXXXXXXXXXXXXXXXX")', languageId: 'python' },
    { text: '# h2ogpte: see the sk-learn-pipeline-settings-for-ingestion page', languageId: 'python' },
    { text: 'openai.api_key = "sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X"', languageId: 'python' },
  ],
};

export default examples;
