import { patternRule } from '../rule';

export default patternRule({
  id: 'bearer-token',
  kind: 'Bearer token',
  description:
    'A bearer token in an Authorization header (curl -H, fetch/requests header dicts, HTTP files), a "Bearer …" header value string (HAR files, tests) or a header value on its own line (recorded HTTP cassettes).',
  keywords: ['bearer'],
  pattern:
    /(?:authorization["']?[ \t]*(?::|=|=>|,)[ \t]*["'`]?[ \t]*bearer|bearer(?<=(?:["'`]|^[ \t]*(?:-[ \t]*)?)bearer))[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,2000})/gim,
  confidence: 'high',
  envVar: 'API_TOKEN',
  envVarFromLine: true,
  // Tokens are random: prose after "Bearer" has no digits.
  check: (value) => /[0-9]/.test(value),
});
