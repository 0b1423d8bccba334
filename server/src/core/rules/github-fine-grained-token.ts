import { patternRule } from '../rule';

export default patternRule({
  id: 'github-fine-grained-token',
  kind: "GitHub fine-grained token",
  description: "A GitHub fine-grained personal access token (github_pat_…).",
  keywords: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GITHUB_TOKEN',
  mustMatch: [
    { text: "github_token = \"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\"", secret: "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", languageId: 'python' },
    { text: "export GITHUB_TOKEN=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "github_token = \"github_pat_sGpL2Yfx1DxOZpl9CmOrkD_tQiKoyCvEU92\"", languageId: 'python' },
    { text: "github_token = os.environ[\"GITHUB_TOKEN\"]", languageId: 'python' },
  ],
});
