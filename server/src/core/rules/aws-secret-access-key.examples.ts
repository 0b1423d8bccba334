import type { RuleExamples } from '../types';

/** `aws-secret-access-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'aws_secret_access_key = "bn7db9nTle7Rt++dF85e4oo8VYFlMfaKQzYUit8p"',
      secret: 'bn7db9nTle7Rt++dF85e4oo8VYFlMfaKQzYUit8p',
      languageId: 'python',
    },
    {
      text: 'export AWS_SECRET_ACCESS_KEY=xbkcM5yeDswqoiAvYxGJ9Bgi4ycOAw3sI7qijLYL',
      secret: 'xbkcM5yeDswqoiAvYxGJ9Bgi4ycOAw3sI7qijLYL',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', languageId: 'python' },
    { text: 'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]', languageId: 'python' },
  ],
};

export default examples;
