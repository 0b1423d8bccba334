import { patternRule } from '../rule';

export default patternRule({
  id: 'azure-ad-client-secret',
  kind: "Azure AD client secret",
  description: "An Azure AD / Entra application client secret (…Q~…).",
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
  confidence: 'high',
  envVar: 'AZURE_CLIENT_SECRET',
  mustMatch: [
    { text: "azure_client_secret = \"5p88Q~6ThRGgQdgbd14YtbNWkrZNOrGaMIlxSCWt\"", secret: "5p88Q~6ThRGgQdgbd14YtbNWkrZNOrGaMIlxSCWt", languageId: 'python' },
    { text: "export AZURE_CLIENT_SECRET=yCA7Q~UUvhKQgy4LOGVcGnZyuXFxfJWB2tUC7orL", secret: "yCA7Q~UUvhKQgy4LOGVcGnZyuXFxfJWB2tUC7orL", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "azure_client_secret = \"5p88Q~6ThRGgQdgbd14Y\"", languageId: 'python' },
    { text: "azure_client_secret = os.environ[\"AZURE_CLIENT_SECRET\"]", languageId: 'python' },
  ],
});
