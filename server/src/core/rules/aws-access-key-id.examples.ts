import type { RuleExamples } from '../types';

/** `aws-access-key-id`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'aws_access_key_id = "AKIAE7S732OEFI4L5W3E"', secret: 'AKIAE7S732OEFI4L5W3E', languageId: 'python' },
    { text: 'export AWS_ACCESS_KEY_ID=ASIAKWMWKZ6XE3TROQOG', secret: 'ASIAKWMWKZ6XE3TROQOG', languageId: 'shellscript' },
  ],
  mustNotMatch: [
    {
      text: '$ python scout.py aws --access-keys --access-key-id AKIAIOSFODNN7EXAMPLE --secret-access-key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      path: 'README.md',
    },
    { text: 'key = "AKIAXXXXXXXXXXXXXXXX"', languageId: 'python' },
    { text: 'id = "AKIA1234"', languageId: 'python' },
  ],
};

export default examples;
