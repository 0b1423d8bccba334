import type { RuleExamples } from '../types';

/** `pinecone-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'pinecone_api_key = "pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8NN9lZjQplG8sG8eI4bEg2ldfLfHINYT8DDwp"',
      secret: 'pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8NN9lZjQplG8sG8eI4bEg2ldfLfHINYT8DDwp',
      languageId: 'python',
    },
    {
      text: 'export PINECONE_API_KEY=pcsk_jEYyj8_rYgoGo3mcwZ2rF5UU1LT1McTQWrFvzVBCaYceLk3xlgnNTnjQQY0iDvynLnp',
      secret: 'pcsk_jEYyj8_rYgoGo3mcwZ2rF5UU1LT1McTQWrFvzVBCaYceLk3xlgnNTnjQQY0iDvynLnp',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'pinecone_api_key = "pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8"', languageId: 'python' },
    { text: 'pinecone_api_key = os.environ["PINECONE_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
