import type { RuleExamples } from '../types';

/** `url-credentials`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: "'uri' => 'mqtt://kcqlmkgx:tJSlqgiieYxV@m10.cloudmqtt.com:13858',", secret: 'tJSlqgiieYxV', languageId: 'ruby' },
    { text: '--routes=nats-route://ruser:X0fN8bu0w@otherdockerhost:6222', secret: 'X0fN8bu0w', languageId: 'shellscript' },
    { text: 'git clone https://deploy:IP3DX24vOWXCdz@git.example.com/acme/app.git', secret: 'IP3DX24vOWXCdz', languageId: 'shellscript' },
    { text: 'proxy = "http://proxyuser:IP3DX24vOWXCdz@proxy.corp:3128"', secret: 'IP3DX24vOWXCdz', languageId: 'python' },
    { text: 'DB="godror://system:B8hlz6pq@localhost/orasid"', secret: 'B8hlz6pq', languageId: 'shellscript' },
    { text: '[]string{"ca://cassandra:fnulgntgv@localhost", "--pset=pager=off"},', secret: 'fnulgntgv', languageId: 'go' },
  ],
  mustNotMatch: [
    { text: 'engine = create_engine("oracle+cx_oracle://scott:tiger@hostname:1521/dbname")', languageId: 'python' },
    { text: 'AMQP_URL=amqp://guest:guest@rabbitmq:5672/', path: '.env' },
    { text: 'http://google.com:80#@www.whitelisteddomain.tld/', path: 'payloads.txt' },
    { text: 'url = "https://user:${TOKEN}@github.com/acme/app.git"', languageId: 'python' },
    { text: 'see https://example.com:8080/path', path: 'README.md' },
    { text: 'DB="my://user:pass@localhost/app"', languageId: 'shellscript' },
    { text: 'remotes = [{url: "nats-leaf://user:$PASSWORD@host:7422"}]', languageId: 'plaintext' },
  ],
};

export default examples;
