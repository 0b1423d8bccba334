import { patternRule } from '../rule';

export default patternRule({
  id: 'npmrc-auth-token',
  kind: 'npm registry auth token',
  description: 'A registry credential in .npmrc (:_authToken= or :_auth=).',
  keywords: ['_authtoken', '_auth'],
  pattern: /:_auth(?:Token)?[ \t]*=[ \t]*(?<secret>[A-Za-z0-9+/=._-]{16,200})/g,
  confidence: 'high',
  envVar: 'NPM_TOKEN',
});
