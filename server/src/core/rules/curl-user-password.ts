import { patternRule } from '../rule';

export default patternRule({
  id: 'curl-user-password',
  kind: 'curl user password',
  description: 'A password given to curl as `-u user:password` / `--user user:password`.',
  keywords: ['curl'],
  pattern: /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)?(?<q>["']?)[^\s"':@/$]{1,64}:(?<secret>[^\s"'@$][^\s"'@]{2,127})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  envVar: 'CURL_PASSWORD',
  // `-u 1000:1000` is a uid:gid (docker run on the same line), not a password.
  check: (value) => !/^\d+$/.test(value),
  mustMatch: [
    { text: 'curl -s -k --user "admin:nzkuq" https://docker.registry.local/v2/_catalog', secret: 'nzkuq', languageId: 'shellscript' },
    { text: 'curl -u occsdemo:umsdalim http://mesh-host:1936/haproxy?stats', secret: 'umsdalim', path: 'README.md' },
    { text: "curl --user='deploy:Xk9#mQ2pL7' https://ci.example.com/api", secret: 'Xk9#mQ2pL7', languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: 'curl -u "$USER:$PASSWORD" https://example.com', languageId: 'shellscript' },
    { text: 'curl -u user:password https://example.com', path: 'README.md' },
    { text: 'curl -u "${API_USER}:${API_TOKEN}" https://example.com', languageId: 'shellscript' },
    { text: 'curl https://example.com/install.sh | docker run -u 1000:1000 image', languageId: 'shellscript' },
    { text: 'curl -u admin https://example.com', languageId: 'shellscript' },
  ],
});
