import { patternRule } from '../rule';

export default patternRule({
  id: 'powershell-secure-string',
  kind: 'PowerShell plain-text password',
  description: 'A literal turned into a SecureString with ConvertTo-SecureString … -AsPlainText: the password is in the script in clear.',
  keywords: ['convertto-securestring'],
  pattern: /convertto-securestring[ \t]+(?:-string[ \t]+)?(?<q>["'])(?<secret>[^"'\s$]{4,200})\k<q>(?=[ \t]+-AsPlainText)/gi,
  confidence: 'high',
  envVar: 'PASSWORD',
});
