import type { RuleExamples } from '../types';

/** `readme-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'readme_api_key = "rdme_5x5iuvqvtd1y7ee9sdunttwcsjndpf43asylqory1pachwica4tby0b77rs9lf67n38fas"',
      secret: 'rdme_5x5iuvqvtd1y7ee9sdunttwcsjndpf43asylqory1pachwica4tby0b77rs9lf67n38fas',
      languageId: 'python',
    },
    {
      text: 'README_API_KEY=rdme_5x5iuvqvtd1y7ee9sdunttwcsjndpf43asylqory1pachwica4tby0b77rs9lf67n38fas',
      secret: 'rdme_5x5iuvqvtd1y7ee9sdunttwcsjndpf43asylqory1pachwica4tby0b77rs9lf67n38fas',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'readme_api_key = "rdme_5x5iuvqvtd1y7ee9sdunttwcsjndpf43asylqory1pach"', languageId: 'python' },
    { text: 'readme_api_key = os.environ["README_API_KEY"]', languageId: 'python' },
    { text: 'const rdme_config = loadConfig();', languageId: 'typescript' },
  ],
};

export default examples;
