import type { RuleExamples } from '../types';

/** `openshift-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'oc login --token=sha256~9YECrk4PyWCBPolAI1N76GDOewCIRI7rrQzOzL7xXv2 --server=https://api.example.com:6443',
      secret: 'sha256~9YECrk4PyWCBPolAI1N76GDOewCIRI7rrQzOzL7xXv2',
      languageId: 'shellscript',
    },
    {
      text: 'OPENSHIFT_TOKEN=sha256~9YECrk4PyWCBPolAI1N76GDOewCIRI7rrQzOzL7xXv2',
      secret: 'sha256~9YECrk4PyWCBPolAI1N76GDOewCIRI7rrQzOzL7xXv2',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'openshift_token = "sha256~9YECrk4PyWCBPolAI1N76GDOew"', languageId: 'python' },
    { text: 'openshift_token = os.environ["OPENSHIFT_TOKEN"]', languageId: 'python' },
    { text: 'oc login --token=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', languageId: 'shellscript' },
  ],
};

export default examples;
