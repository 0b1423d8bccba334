import { patternRule } from '../rule';

export default patternRule({
  id: 'aws-access-key-id',
  kind: "AWS access key id",
  description: "An AWS access key id (AKIA… long-term, ASIA… temporary).",
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])/g,
  confidence: 'high',
  envVar: 'AWS_ACCESS_KEY_ID',
  mustMatch: [
    { text: "aws_access_key_id = \"AKIAE7S732OEFI4L5W3E\"", secret: "AKIAE7S732OEFI4L5W3E", languageId: 'python' },
    { text: "export AWS_ACCESS_KEY_ID=ASIAKWMWKZ6XE3TROQOG", secret: "ASIAKWMWKZ6XE3TROQOG", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "$ python scout.py aws --access-keys --access-key-id AKIAIOSFODNN7EXAMPLE --secret-access-key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", path: 'README.md' },
    { text: "key = \"AKIAXXXXXXXXXXXXXXXX\"", languageId: 'python' },
    { text: "id = \"AKIA1234\"", languageId: 'python' },
  ],
});
