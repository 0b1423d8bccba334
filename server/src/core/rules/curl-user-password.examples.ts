import type { RuleExamples } from '../types';

/** `curl-user-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
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
};

export default examples;
