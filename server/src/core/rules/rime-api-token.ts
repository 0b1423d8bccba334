import { patternRule } from '../rule';

export default patternRule({
  id: 'rime-api-token',
  kind: "Robust Intelligence API token",
  description: "A Robust Intelligence (RI Platform / RIME) API token in a rime-api-key header, a RIME_API_KEY assignment, or rime Client(url, token).",
  platform: 'rime',
  keywords: ['rime'],
  pattern: /(?:rime[_-]api[_-](?:key|token)["']?[ \t]*(?:=|:|=>|,)[ \t]*["']?|rime[\w.]{0,64}\.Client\([ \t]*[^,()]{1,200},[ \t]*["']|Client\([ \t]*["']https?:\/\/[^"']*rime[^"']*["'][ \t]*,[ \t]*["'])(?<secret>[A-Za-z0-9._~-]{16,200})/gi,
  confidence: 'high',
  envVar: 'RIME_API_KEY',
  mustMatch: [
    { text: "curl -H \"rime-api-key: 1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\" https://rime.example.com/v1/users", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'shellscript' },
    { text: "rime_client = Client(\"https://acme.rime.rbst.io\", \"1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN\")", secret: "1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "rime_client = Client(CLUSTER_URL, API_TOKEN)", languageId: 'python' },
    { text: "headers = {\"rime-api-key\": os.environ[\"RIME_API_KEY\"]}", languageId: 'python' },
  ],
});
