import { patternRule } from '../rule';

export default patternRule({
  id: 'pinecone-api-key',
  kind: "Pinecone API key",
  description: "A Pinecone API key (pcsk_…).",
  keywords: ['pcsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9_]{40,120})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'PINECONE_API_KEY',
  mustMatch: [
    { text: "pinecone_api_key = \"pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8NN9lZjQplG8sG8eI4bEg2ldfLfHINYT8DDwp\"", secret: "pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8NN9lZjQplG8sG8eI4bEg2ldfLfHINYT8DDwp", languageId: 'python' },
    { text: "export PINECONE_API_KEY=pcsk_jEYyj8_rYgoGo3mcwZ2rF5UU1LT1McTQWrFvzVBCaYceLk3xlgnNTnjQQY0iDvynLnp", secret: "pcsk_jEYyj8_rYgoGo3mcwZ2rF5UU1LT1McTQWrFvzVBCaYceLk3xlgnNTnjQQY0iDvynLnp", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "pinecone_api_key = \"pcsk_1RmN1Z_eIDgJwPltIshu0v1DpMZqGb8\"", languageId: 'python' },
    { text: "pinecone_api_key = os.environ[\"PINECONE_API_KEY\"]", languageId: 'python' },
  ],
});
