import { patternRule } from '../rule';

export default patternRule({
  id: 'npm-token',
  kind: "npm access token",
  description: "An npm access token (npm_…).",
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'NPM_TOKEN',
  mustMatch: [
    { text: "npm_token = \"npm_hgzAUpsSK8WWtozXkL6KomuyqGx5yaB0t4Xy\"", secret: "npm_hgzAUpsSK8WWtozXkL6KomuyqGx5yaB0t4Xy", languageId: 'python' },
    { text: "export NPM_TOKEN=npm_P8qu5zTlolkmmvNT0xNpH37PChEWNnqoVdtm", secret: "npm_P8qu5zTlolkmmvNT0xNpH37PChEWNnqoVdtm", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "npm_token = \"npm_hgzAUpsSK8WWtozX\"", languageId: 'python' },
    { text: "npm_token = os.environ[\"NPM_TOKEN\"]", languageId: 'python' },
  ],
});
