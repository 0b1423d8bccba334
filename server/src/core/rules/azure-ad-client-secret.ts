import { patternRule } from '../rule';

export default patternRule({
  id: 'azure-ad-client-secret',
  kind: 'Azure AD client secret',
  description: 'An Azure AD / Entra application client secret (…Q~…).',
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
  confidence: 'high',
  envVar: 'AZURE_CLIENT_SECRET',
});
