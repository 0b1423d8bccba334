/**
 * A small JSON HTTP server on 127.0.0.1 with the fault injection every stand-in shares:
 * slow replies, a fixed status, malformed JSON, dropped connections; and `refusedUrl()` for an
 * address where nothing listens (connection refused). Contract-validating stand-ins build on
 * this through ./contract.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Applied to every request while set on a server (tests clear it). */
export type Fault =
  | { kind: 'slow'; ms: number }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'malformed' }
  | { kind: 'drop' };

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Request {
  method: string;
  path: string;
  /** The raw query string without "?" (repeated parameters stay repeated). */
  rawQuery: string;
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

/** A 127.0.0.1 address where nothing listens: requests to it get "connection refused". */
export async function refusedUrl(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Writes a fault's reply (or drops the connection); the handler never sees the request. */
function sendFault(fault: Exclude<Fault, { kind: 'slow' }>, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (fault.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'application/json' }).end(fault.body ?? JSON.stringify({ message: 'Internal Server Error' }));
  if (fault.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"key": ');
  req.socket.destroy();
}

export async function serveJson(handle: (req: Request) => Reply | Promise<Reply>, options: { notJson?: () => Reply } = {}): Promise<JsonServer> {
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
          const r = options.notJson?.() ?? { status: 400, body: { message: 'request body is not JSON' } };
          res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(r.body));
          return;
        }
        let r: Reply;
        try {
          r = await handle({ method: req.method ?? 'GET', path: url.pathname, rawQuery: url.search.slice(1), query: url.searchParams, headers: req.headers, json });
        } catch (err) {
          r = { status: 500, body: { message: `stand-in failed: ${(err as Error).message}` } };
        }
        if (r.body === undefined) res.writeHead(r.status, r.headers).end();
        else res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers }).end(JSON.stringify(r.body));
      };
      const fault = state.fault;
      if (!fault) return void respond();
      if (fault.kind === 'slow') return void setTimeout(() => void respond(), fault.ms);
      sendFault(fault, req, res);
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
