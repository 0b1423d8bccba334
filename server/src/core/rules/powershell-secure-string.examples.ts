import type { RuleExamples } from '../types';

/** `powershell-secure-string`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: "$pass= ConvertTo-SecureString 'ustf1yfa' -AsPlainText -Force;", secret: 'ustf1yfa', languageId: 'powershell' },
    {
      text: 'New-MachineAccount -MachineAccount svc -Password $(ConvertTo-SecureString -String "Wxzpztr400*" -AsPlainText -Force)',
      secret: 'Wxzpztr400*',
      path: 'README.md',
    },
  ],
  mustNotMatch: [
    { text: '$pass = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force', languageId: 'powershell' },
    { text: "$pass = ConvertTo-SecureString '<password>' -AsPlainText -Force", languageId: 'powershell' },
    { text: '$secure = ConvertTo-SecureString $encrypted -Key $key', languageId: 'powershell' },
  ],
};

export default examples;
