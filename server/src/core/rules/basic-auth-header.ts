import { patternRule } from '../rule';

export default patternRule({
  id: 'basic-auth-header',
  kind: 'HTTP Basic credentials',
  description: 'User and password in an Authorization: Basic header (base64 of user:password).',
  keywords: ['basic'],
  pattern:
    /(?:authorization["']?[ \t]*(?::|=|=>|,)[ \t]*["'`]?[ \t]*basic|basic(?<=["'`]basic))[ \t]+(?<secret>[A-Za-z0-9+/]{8,500}={0,2})(?![A-Za-z0-9+/=])/gi,
  confidence: 'high',
  envVar: 'BASIC_AUTH',
  check: (value) => {
    try {
      return /^[^:\s]{1,100}:\S{3,}$/.test(atob(value));
    } catch {
      return false;
    }
  },
});
