import type { RuleExamples } from '../types';

/** `azure-ad-client-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'azure_client_secret = "5p88Q~6ThRGgQdgbd14YtbNWkrZNOrGaMIlxSCWt"',
      secret: '5p88Q~6ThRGgQdgbd14YtbNWkrZNOrGaMIlxSCWt',
      languageId: 'python',
    },
    {
      text: 'export AZURE_CLIENT_SECRET=yCA7Q~UUvhKQgy4LOGVcGnZyuXFxfJWB2tUC7orL',
      secret: 'yCA7Q~UUvhKQgy4LOGVcGnZyuXFxfJWB2tUC7orL',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'azure_client_secret = "5p88Q~6ThRGgQdgbd14Y"', languageId: 'python' },
    { text: 'azure_client_secret = os.environ["AZURE_CLIENT_SECRET"]', languageId: 'python' },
  ],
};

export default examples;
