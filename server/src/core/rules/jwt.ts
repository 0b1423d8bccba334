import { patternRule } from '../rule';

export default patternRule({
  id: 'jwt',
  kind: 'JSON Web Token',
  description: 'A signed JSON Web Token (header.payload.signature, both JSON parts base64url).',
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'JWT',
});
