import { patternRule } from '../rule';

export default patternRule({
  id: 'aws-access-key-id',
  kind: 'AWS access key id',
  description: 'An AWS access key id (AKIA… long-term, ASIA… temporary).',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])/g,
  confidence: 'high',
  envVar: 'AWS_ACCESS_KEY_ID',
});
