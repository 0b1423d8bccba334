import type { RuleExamples } from '../types';

/** `h2ogpte-client-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'client = H2OGPTE("https://h2ogpte.genai.h2o.ai", "Zr7pQ2wX9kLm4NvB8cT3yH6j")',
      secret: 'Zr7pQ2wX9kLm4NvB8cT3yH6j',
      languageId: 'python',
    },
    { text: "client = H2OGPTEAsync(address, 'Qm3T8vXe2LpR9wKz7NcY4bHf')", secret: 'Qm3T8vXe2LpR9wKz7NcY4bHf', languageId: 'python' },
  ],
  mustNotMatch: [
    { text: 'client = H2OGPTE(address, os.environ["H2OGPTE_API_KEY"])', languageId: 'python' },
    { text: 'client = H2OGPTE("https://h2ogpte.genai.h2o.ai", "<your-api-key-here>")', languageId: 'python' },
    { text: 'client = H2OGPTE(address=url, api_key=key, token_provider=tp)', languageId: 'python' },
  ],
};

export default examples;
