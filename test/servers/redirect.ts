/**
 * Stand-ins for the transport rules (common/api/http.ts), on 127.0.0.1 only: two
 * ports are two origins. A recorder keeps every request it gets (in memory, for assertions:
 * never printed); a redirector answers every request with a redirect to another address, or
 * passes it on to a real stand-in; a TLS server presents a self-signed certificate made here;
 * a token host stands in front of an OpenID provider with a token endpoint of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { closer, listen } from './base';

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Recorder {
  readonly url: string;
  readonly requests: Recorded[];
  close(): Promise<void>;
}

/** Answers 200 `{}` (or `reply`) to everything and records what came. */
export async function startRecorder(
  reply: (r: Recorded) => { status: number; type?: string; body: string } = () => ({ status: 200, body: '{}' }),
): Promise<Recorder> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(r);
      const out = reply(r);
      res.writeHead(out.status, { 'content-type': out.type ?? 'application/json' }).end(out.body);
    });
  });
  return { url: await listen(server), requests, close: closer(server) };
}

export interface Redirector {
  readonly url: string;
  /** Requests that reached this server, method and path only. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Redirects with `status` to `target(path)` when that gives an address; otherwise forwards the
 * request to `upstream` unchanged (so a real stand-in can serve the parts that do not move).
 */
export async function startRedirector(
  status: number,
  target: (path: string) => string | undefined,
  upstream?: string,
): Promise<Redirector> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const to = target(req.url ?? '/');
    if (to !== undefined) {
      req.resume();
      return void res.writeHead(status, { location: to }).end();
    }
    if (!upstream) return void res.writeHead(404).end();
    const up = new URL(req.url ?? '/', upstream);
    const fwd = http.request(up, { method: req.method, headers: { ...req.headers, host: up.host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  return { url: await listen(server), requests, close: closer(server) };
}

export interface TlsServer {
  readonly url: string;
  /** The self-signed certificate (PEM file), e.g. for NODE_EXTRA_CA_CERTS. */
  readonly certFile: string;
  close(): Promise<void>;
}

/** An https server on 127.0.0.1 with a fresh self-signed certificate for 127.0.0.1; answers `body`. */
export async function startSelfSignedTls(body: unknown = []): Promise<TlsServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const server = https.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return { url: await listen(server as unknown as http.Server, 'https'), certFile, close: closer(server as unknown as http.Server) };
}

export interface TokenHost {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * An "Arthur host" in front of the OpenID provider at `idpUrl`: its discovery document is the
 * provider's own with the token endpoint moved here, where `token` answers every request.
 */
export async function startTokenHost(
  idpUrl: string,
  token: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<TokenHost> {
  let url = '';
  const server = http.createServer((req, res) => {
    if (!(req.url ?? '').includes('/.well-known/')) return token(req, res);
    void fetch(`${idpUrl}${req.url}`)
      .then((r) => r.json())
      .then(
        (doc) =>
          void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ...(doc as object), token_endpoint: `${url}/token` })),
      );
  });
  url = await listen(server);
  return { url, close: closer(server) };
}
