import { patternRule } from '../rule';

export default patternRule({
  id: 'sshpass-password',
  kind: 'SSH password (sshpass)',
  description: 'A password on the command line of `sshpass -p`.',
  keywords: ['sshpass'],
  pattern: /(?<![\w-])sshpass[ \t]+-p[ \t]*(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,127})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  // `sshpass -e` reads this variable.
  envVar: 'SSHPASS',
  mustMatch: [
    { text: "sshpass -p 'Tr0ub4dor3x' ssh pi@10.0.0.7 uptime", secret: 'Tr0ub4dor3x', languageId: 'shellscript' },
    { text: 'sshpass -pKq7ZrT2m scp build.tar deploy@host:/srv', secret: 'Kq7ZrT2m', path: 'deploy.sh' },
  ],
  mustNotMatch: [
    { text: 'sshpass -e ssh pi@10.0.0.7 uptime', languageId: 'shellscript' },
    { text: 'sshpass -p "$SSH_PASSWORD" ssh pi@host', languageId: 'shellscript' },
    { text: 'sshpass -p <password> ssh user@host', path: 'README.md' },
  ],
});
