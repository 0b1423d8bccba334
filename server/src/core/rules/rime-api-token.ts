import { lineTest, patternRule } from '../rule';

const namesTheKey = lineTest(/rime[_-]api[_-](?:key|token)/i);
const mentionsRime = lineTest(/\brime(?:_sdk)?\b|rbst\.io/i);

export default patternRule({
  id: 'rime-api-token',
  kind: "Robust Intelligence API token",
  description: "A Robust Intelligence (RI Platform / RIME) API token in a rime-api-key header, a RIME_API_KEY assignment, or rime Client(url, token).",
  platform: 'rime',
  keywords: ['rime'],
  // rime_sdk's Client(domain, api_key="", …) takes the key second (its docs: `Client("my_vpc.rime.com", "api-key")`);
  // a bare `Client(` counts in a file about RI (one that imports rime_sdk) or on a line naming it.
  pattern: /(?:rime[_-]api[_-](?:key|token)["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?|\bClient\([ \t]*(?:domain[ \t]*=[ \t]*)?[^,()\n]{1,200},[ \t]*(?:api_key[ \t]*=[ \t]*)?["'])(?<secret>[A-Za-z0-9._~-]{16,200})/gi,
  confidence: 'high',
  envVar: 'RIME_API_KEY',
  check: (value, line, platform) => namesTheKey(line) || ((platform === 'rime' || mentionsRime(line)) && /\d/.test(value) && /[A-Za-z]/.test(value)),
  mustMatch: [
    { text: "curl -H \"rime-api-key: 1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\" https://rime.example.com/v1/users", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'shellscript' },
    { text: "export RIME_API_KEY=1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'shellscript' },
    { text: "rime_client = Client(\"https://acme.rime.rbst.io\", \"1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\")", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'python' },
    { text: "import rime_sdk\nclient = rime_sdk.Client(cluster_url, \"1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\")", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'python' },
    { text: "from rime_sdk import Client\n\nclient = Client(CLUSTER, \"1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\", channel_timeout=300)", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "rime_client = Client(CLUSTER_URL, API_TOKEN)", languageId: 'python' },
    { text: "headers = {\"rime-api-key\": os.environ[\"RIME_API_KEY\"]}", languageId: 'python' },
    { text: "RIME_API_KEY = os.environ.get(\"RIME_API_KEY\")", languageId: 'python' },
    // Another library's Client in a file that does not use RI.
    { text: "from elasticsearch import Client\nes = Client(\"https://search.example.com\", \"Xk29fLw0qPz7RtY4mN8vB3cD\")", languageId: 'python' },
    // The prime in `prime_client` does not name RI.
    { text: "prime_client = Client(host, \"Xk29fLw0qPz7RtY4mN8vB3cD\")", languageId: 'python' },
  ],
});
