import type { RuleExamples } from '../types';

/** `confluent-api-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'confluent_cloud_api_secret = "cflt76yoZyl0irwhAIxs24FeZ0ZLYaIRtZrsXJVVu2nT6Ibsi3B5kbJxKnvzp5bA"',
      secret: 'cflt76yoZyl0irwhAIxs24FeZ0ZLYaIRtZrsXJVVu2nT6Ibsi3B5kbJxKnvzp5bA',
      languageId: 'python',
    },
    {
      text: 'CONFLUENT_CLOUD_API_SECRET=cflt76yoZyl0irwhAIxs24FeZ0ZLYaIRtZrsXJVVu2nT6Ibsi3B5kbJxKnvzp5bA',
      secret: 'cflt76yoZyl0irwhAIxs24FeZ0ZLYaIRtZrsXJVVu2nT6Ibsi3B5kbJxKnvzp5bA',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'confluent_cloud_api_secret = "cflt76yoZyl0irwhAIxs24FeZ0ZLYaIRtZrsXJVVu2"', languageId: 'python' },
    { text: 'confluent_cloud_api_secret = os.environ["CONFLUENT_CLOUD_API_SECRET"]', languageId: 'python' },
    { text: 'CFLT_VERSION = "cfltcomponentsregistrylatestdefaultconfigurationnamespacevalue"', languageId: 'python' },
  ],
};

export default examples;
