import { patternRule } from '../rule';

export default patternRule({
  id: 'url-credentials',
  kind: "Password in a URL",
  description: "A password embedded in an http(s)/ftp/ssh URL (scheme://user:password@host).",
  keywords: ['://'],
  pattern: /:\/\/(?<=(?<![A-Za-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|smtps?|imaps?|ldaps?|svn|mqtts?|wss?|nats-route|socks[45]?h?|rtsp|telnet)(?:\+[a-z]+)?:\/\/)[^:@\/\s"'`]{1,100}:(?<secret>[^@\s"'`\/]{3,200})@/gi,
  confidence: 'high',
  envVar: 'URL_PASSWORD',
  mustMatch: [
    { text: "'uri' => 'mqtt://kcqlmkgx:tJSlqgiieYxV@m10.cloudmqtt.com:13858',", secret: "tJSlqgiieYxV", languageId: 'ruby' },
    { text: "--routes=nats-route://ruser:X0fN8bu0w@otherdockerhost:6222", secret: "X0fN8bu0w", languageId: 'shellscript' },
    { text: "git clone https://deploy:IP3DX24vOWXCdz@git.example.com/acme/app.git", secret: "IP3DX24vOWXCdz", languageId: 'shellscript' },
    { text: "proxy = \"http://proxyuser:IP3DX24vOWXCdz@proxy.corp:3128\"", secret: "IP3DX24vOWXCdz", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "url = \"https://user:${TOKEN}@github.com/acme/app.git\"", languageId: 'python' },
    { text: "see https://example.com:8080/path", path: 'README.md' },
  ],
});
