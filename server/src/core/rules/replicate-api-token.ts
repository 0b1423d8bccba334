import { patternRule } from '../rule';

export default patternRule({
  id: 'replicate-api-token',
  kind: "Replicate API token",
  description: "A Replicate API token (r8_…).",
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'REPLICATE_API_TOKEN',
  mustMatch: [
    { text: "replicate_api_token = \"r8_LyeFWo5lEEWRlDH4VdGPc1GOaApy1pRXDYxij\"", secret: "r8_LyeFWo5lEEWRlDH4VdGPc1GOaApy1pRXDYxij", languageId: 'python' },
    { text: "export REPLICATE_API_TOKEN=r8_3h8nk5L9JlQUylcr17NkmSszXweCaF7VydwbE", secret: "r8_3h8nk5L9JlQUylcr17NkmSszXweCaF7VydwbE", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "replicate_api_token = \"r8_LyeFWo5lEEWRlDH4V\"", languageId: 'python' },
    { text: "replicate_api_token = os.environ[\"REPLICATE_API_TOKEN\"]", languageId: 'python' },
  ],
});
