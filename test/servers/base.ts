/**
 * What every stand-in shares: listening on 127.0.0.1 (`listen`, `closer`), the fault injection
 * (`withFault`: slow replies, a fixed status, malformed JSON, dropped connections), a small JSON
 * HTTP server built on both (`serveJson`), and `refusedUrl()` for an address where nothing listens
 * (connection refused). Contract-validating stand-ins build on `serveJson` through ./contract.ts;
 * the OpenID provider (./oidc.ts) and the transport stand-ins (./redirect.ts) use the parts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Applied to every request while set on a server (tests clear it). */
export type Fault =
  { kind: 'slow'; ms: number } | { kind: 'status'; status: number; body?: string } | { kind: 'malformed' } | { kind: 'drop' };

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
  const url = await listen(probe);
  await closer(probe)();
  return url;
}

/** Listens on a free port of 127.0.0.1; the server's address. */
export async function listen(server: http.Server, scheme = 'http'): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes a server and the connections it holds open (keep-alive clients would keep it up). */
export function closer(server: http.Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
}

/** What a stand-in's faults answer where a test sets no body of its own: its server's own words. */
export interface FaultBodies {
  /** The body of a `status` fault without one. */
  status: string;
  /** A JSON reply cut short. */
  malformed: string;
}

const DEFAULT_FAULT_BODIES: FaultBodies = { status: JSON.stringify({ message: 'Internal Server Error' }), malformed: '{"key": ' };

/**
 * Serves a request under `fault`: `go` answers it normally (after a delay when slow); otherwise
 * the fault's reply is written, or the connection dropped, and `go` never runs.
 */
export function withFault(
  fault: Fault | undefined,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  go: () => void,
  bodies: FaultBodies = DEFAULT_FAULT_BODIES,
): void {
  if (!fault) return go();
  if (fault.kind === 'slow') return void setTimeout(go, fault.ms);
  if (fault.kind === 'status')
    return void res.writeHead(fault.status, { 'content-type': 'application/json' }).end(fault.body ?? bodies.status);
  if (fault.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end(bodies.malformed);
  req.socket.destroy();
}

export async function serveJson(
  handle: (req: Request) => Reply | Promise<Reply>,
  options: { notJson?: () => Reply } = {},
): Promise<JsonServer> {
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
          r = await handle({
            method: req.method ?? 'GET',
            path: url.pathname,
            rawQuery: url.search.slice(1),
            query: url.searchParams,
            headers: req.headers,
            json,
          });
        } catch (err) {
          r = { status: 500, body: { message: `stand-in failed: ${(err as Error).message}` } };
        }
        if (r.body === undefined) res.writeHead(r.status, r.headers).end();
        else res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers }).end(JSON.stringify(r.body));
      };
      withFault(state.fault, req, res, () => void respond());
    });
  });
  return {
    url: await listen(server),
    get fault() {
      return state.fault;
    },
    set fault(f) {
      state.fault = f;
    },
    requests,
    close: closer(server),
  };
}
