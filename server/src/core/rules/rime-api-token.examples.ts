import type { RuleExamples } from '../types';

/** `rime-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'curl -H "rime-api-key: 1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN" https://rime.example.com/v1/users',
      secret: '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      languageId: 'shellscript',
    },
    {
      text: 'export RIME_API_KEY=1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      secret: '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      languageId: 'shellscript',
    },
    {
      text: 'rime_client = Client("https://acme.rime.rbst.io", "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN")',
      secret: '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      languageId: 'python',
    },
    {
      text: 'import rime_sdk\nclient = rime_sdk.Client(cluster_url, "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN")',
      secret: '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      languageId: 'python',
    },
    {
      text: 'from rime_sdk import Client\n\nclient = Client(CLUSTER, "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", channel_timeout=300)',
      secret: '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'rime_client = Client(CLUSTER_URL, API_TOKEN)', languageId: 'python' },
    { text: 'headers = {"rime-api-key": os.environ["RIME_API_KEY"]}', languageId: 'python' },
    { text: 'RIME_API_KEY = os.environ.get("RIME_API_KEY")', languageId: 'python' },
    // Another library's Client in a file that does not use RI.
    {
      text: 'from elasticsearch import Client\nes = Client("https://search.example.com", "Xk29fLw0qPz7RtY4mN8vB3cD")',
      languageId: 'python',
    },
    // The prime in `prime_client` does not name RI.
    { text: 'prime_client = Client(host, "Xk29fLw0qPz7RtY4mN8vB3cD")', languageId: 'python' },
  ],
};

export default examples;
