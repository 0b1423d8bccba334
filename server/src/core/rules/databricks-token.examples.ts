import type { RuleExamples } from '../types';

/** `databricks-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'databricks_token = "dapi9fb3b6eb67e7d2939b5a32a792c3db66"',
      secret: 'dapi9fb3b6eb67e7d2939b5a32a792c3db66',
      languageId: 'python',
    },
    {
      text: 'export DATABRICKS_TOKEN=dapi015fb8756f2f8c50f3b21c93fc2b43b2-2',
      secret: 'dapi015fb8756f2f8c50f3b21c93fc2b43b2-2',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'databricks_token = "dapi9fb3b6eb67e7d2"', languageId: 'python' },
    { text: 'databricks_token = os.environ["DATABRICKS_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
