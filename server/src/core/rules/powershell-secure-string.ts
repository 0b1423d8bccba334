import { patternRule } from '../rule';

export default patternRule({
  id: 'powershell-secure-string',
  kind: "PowerShell plain-text password",
  description: "A literal turned into a SecureString with ConvertTo-SecureString … -AsPlainText: the password is in the script in clear.",
  keywords: ['convertto-securestring'],
  pattern: /convertto-securestring[ \t]+(?:-string[ \t]+)?(?<q>["'])(?<secret>[^"'\s$]{4,200})\k<q>(?=[ \t]+-AsPlainText)/gi,
  confidence: 'high',
  envVar: 'PASSWORD',
  mustMatch: [
    { text: "$pass= ConvertTo-SecureString 'ustf1yfa' -AsPlainText -Force;", secret: "ustf1yfa", languageId: 'powershell' },
    { text: "New-MachineAccount -MachineAccount svc -Password $(ConvertTo-SecureString -String \"Wxzpztr400*\" -AsPlainText -Force)", secret: "Wxzpztr400*", path: 'README.md' },
  ],
  mustNotMatch: [
    { text: "$pass = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force", languageId: 'powershell' },
    { text: "$pass = ConvertTo-SecureString '<password>' -AsPlainText -Force", languageId: 'powershell' },
    { text: "$secure = ConvertTo-SecureString $encrypted -Key $key", languageId: 'powershell' },
  ],
});
