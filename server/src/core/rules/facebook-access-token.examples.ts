import type { RuleExamples } from '../types';

const TOKEN =
  'EAAGci5UVD7OlrKP4QnYPF8W7792ZqvEqivcc4Olp3hVKsllWoTK2G5S763Rd8Vo94BNa9kj67bELWwBJQ4QVbeUw6mjOh9XhPeFV5VwGAXu7dzHrbGy8wCiKBzMtZKyqQoXCXi8WYaOt8S5YpZTyN74XczENHZIC55V1nwSxWEIjWwk6DRGxgLm';

/** `facebook-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: `page_token = '${TOKEN}'`, secret: TOKEN, languageId: 'python' },
    {
      text: `curl "https://graph.facebook.com/v19.0/me?access_token=${TOKEN}"`,
      secret: TOKEN,
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'The EAAC and EAAM prefixes mark Meta tokens; see the EAA rules.', path: 'README.md' },
    { text: 'const EAA_DIRECTIVE_COMPLIANCE_LEVEL = "EAAComplianceLevelAccessibilityActDirective";', languageId: 'typescript' },
    // The same characters inside a base64 blob.
    { text: `facebook_cert = "MIIB+${TOKEN}/Qw=="`, languageId: 'python' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: `const facebook_page_name = 'EAA${'ComplianceLevelAccessibilityAct'.repeat(4)}';`, languageId: 'typescript' },
  ],
};

export default examples;
