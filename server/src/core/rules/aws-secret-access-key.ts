import { patternRule } from '../rule';

export default patternRule({
  id: 'aws-secret-access-key',
  kind: "AWS secret access key",
  description: "An AWS secret access key (40 base64 characters) assigned to an AWS secret key name.",
  keywords: ['aws'],
  pattern: /aws[_-]?secret[_-]?(?:access[_-]?)?key["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  confidence: 'high',
  envVar: 'AWS_SECRET_ACCESS_KEY',
  mustMatch: [
    { text: "aws_secret_access_key = \"bn7db9nTle7Rt++dF85e4oo8VYFlMfaKQzYUit8p\"", secret: "bn7db9nTle7Rt++dF85e4oo8VYFlMfaKQzYUit8p", languageId: 'python' },
    { text: "export AWS_SECRET_ACCESS_KEY=xbkcM5yeDswqoiAvYxGJ9Bgi4ycOAw3sI7qijLYL", secret: "xbkcM5yeDswqoiAvYxGJ9Bgi4ycOAw3sI7qijLYL", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "aws_secret_access_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"", languageId: 'python' },
    { text: "aws_secret_access_key = os.environ[\"AWS_SECRET_ACCESS_KEY\"]", languageId: 'python' },
  ],
});
