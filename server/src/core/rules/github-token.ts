import { patternRule } from '../rule';

export default patternRule({
  id: 'github-token',
  kind: "GitHub token",
  description: "A GitHub personal access, OAuth, app or refresh token (ghp_/gho_/ghu_/ghs_/ghr_).",
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'GITHUB_TOKEN',
  mustMatch: [
    { text: "github_token = \"ghp_Mjqdfbc7wxZugdJFsqX2kC3E3iO6bftOZ1lI\"", secret: "ghp_Mjqdfbc7wxZugdJFsqX2kC3E3iO6bftOZ1lI", languageId: 'python' },
    { text: "export GITHUB_TOKEN=ghs_JMF7RvwVs2qEKbQWAS0T1hi0aZTx35qP3kGp", secret: "ghs_JMF7RvwVs2qEKbQWAS0T1hi0aZTx35qP3kGp", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "token = \"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", languageId: 'python' },
  ],
});
