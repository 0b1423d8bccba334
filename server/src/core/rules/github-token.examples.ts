import type { RuleExamples } from '../types';

/** `github-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'github_token = "ghp_Mjqdfbc7wxZugdJFsqX2kC3E3iO6bftOZ1lI"',
      secret: 'ghp_Mjqdfbc7wxZugdJFsqX2kC3E3iO6bftOZ1lI',
      languageId: 'python',
    },
    {
      text: 'export GITHUB_TOKEN=ghs_JMF7RvwVs2qEKbQWAS0T1hi0aZTx35qP3kGp',
      secret: 'ghs_JMF7RvwVs2qEKbQWAS0T1hi0aZTx35qP3kGp',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [{ text: 'token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', languageId: 'python' }],
};

export default examples;
