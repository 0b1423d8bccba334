import { patternRule } from '../rule';

export default patternRule({
  id: 'aws-secret-access-key',
  kind: 'AWS secret access key',
  description: 'An AWS secret access key (40 base64 characters) assigned to an AWS secret key name.',
  keywords: ['aws'],
  pattern: /aws[_-]?secret[_-]?(?:access[_-]?)?key["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  confidence: 'high',
  envVar: 'AWS_SECRET_ACCESS_KEY',
});
