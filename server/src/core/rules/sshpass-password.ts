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
});
