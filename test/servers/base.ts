/**
 * A small JSON HTTP server on 127.0.0.1 with the fault injection every contract server shares:
 * slow replies, a fixed status, malformed JSON, dropped connections.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from './arthur-engine';

export type { Fault };

export interface Reply {
  status: number;
  body?: unknown;
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  json: unknown;
}

export interface JsonServer {
  readonly url: string;
  fault: Fault | undefined;
  /** Method and path of each request (never headers or bodies: they hold credentials). */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveJson(handle: (req: Request) => Reply | Promise<Reply>): Promise<JsonServer> {
  const requests: string[] = [];
  const state: { fault: Fault | undefined } = { fault: undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://local');
      requests.push(`${req.method} ${url.pathname}`);
      const respond = async () => {
        let json: unknown;
        try {
          json = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'request body is not JSON' }));
          return;
        }
        const r = await handle({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, json });
        if (r.body === undefined) res.writeHead(r.status).end();
        else res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(r.body));
      };
      const fault = state.fault;
      if (!fault) return void respond();
      if (fault.kind === 'slow') return void setTimeout(() => void respond(), fault.ms);
      if (fault.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'application/json' }).end(fault.body ?? JSON.stringify({ message: 'Internal Server Error' }));
      if (fault.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"key": ');
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get fault() {
      return state.fault;
    },
    set fault(f) {
      state.fault = f;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
