import type { RuleExamples } from '../types';

/** `sshpass-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: "sshpass -p 'Tr0ub4dor3x' ssh pi@10.0.0.7 uptime", secret: 'Tr0ub4dor3x', languageId: 'shellscript' },
    { text: 'sshpass -pKq7ZrT2m scp build.tar deploy@host:/srv', secret: 'Kq7ZrT2m', path: 'deploy.sh' },
  ],
  mustNotMatch: [
    { text: 'sshpass -e ssh pi@10.0.0.7 uptime', languageId: 'shellscript' },
    { text: 'sshpass -p "$SSH_PASSWORD" ssh pi@host', languageId: 'shellscript' },
    { text: 'sshpass -p <password> ssh user@host', path: 'README.md' },
  ],
};

export default examples;
