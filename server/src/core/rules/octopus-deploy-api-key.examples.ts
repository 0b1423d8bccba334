import type { RuleExamples } from '../types';

/** `octopus-deploy-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'curl -H "X-Octopus-ApiKey: API-76ROC7D961ZPL6LKM3IVIAQBXN" https://octopus.acme.test/api/projects',
      secret: 'API-76ROC7D961ZPL6LKM3IVIAQBXN',
      languageId: 'shellscript',
    },
    { text: 'OCTOPUS_API_KEY=API-76ROC7D961ZPL6LKM3IVIAQBXN', secret: 'API-76ROC7D961ZPL6LKM3IVIAQBXN', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'curl -H "X-Octopus-ApiKey: API-YOUR-API-KEY" https://demo.octopus.app/api', languageId: 'shellscript' },
    { text: "GENSPEC_CURL_ARGS := --header 'X-Octopus-ApiKey: API-GUEST'", path: 'Makefile' },
    { text: 'const ticket = "API-CALCULADORADEINVESTIMENTO";', languageId: 'typescript' },
    { text: 'see https://fog-ringer-f42.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875', path: 'notes.md' },
    { text: 'const jiraKey = "API-1234";', languageId: 'typescript' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'const slug = "API-CALCULADORADEINVESTIMENTOS";', languageId: 'typescript' },
    { text: 'id: API-BD80F56CDC1441E6BF6011AB6D', path: 'ids.yaml' },
  ],
};

export default examples;
