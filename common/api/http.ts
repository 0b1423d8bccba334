/**
 * JSON over HTTP for the platform clients, with the errors a user can act on: every failure
 * becomes a PlatformError whose message names the server and what went wrong, never the
 * credential. No vscode imports: integration tests drive these clients directly.
 */
import { redactSecrets } from '../mask';

export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'limit'
  | 'server'
  | 'network'
  | 'tls'
  | 'timeout'
  | 'malformed'
  | 'redirect'
  | 'insecure'
  | 'denied'
  | 'expired'
  | 'cancelled';

export class PlatformError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Every header given here is taken for a credential: never sent elsewhere, never shown. */
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** Secrets sent other than in headers (a password in the body): masked if the server echoes them. */
  readonly secrets?: readonly string[];
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface JsonReply {
  readonly status: number;
  readonly json: unknown;
  /** The reply's headers (e.g. a login's Set-Cookie). */
  readonly headers: Headers;
}

/** `detail` of FastAPI-style errors, as one line of text. */
function detailOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const detail = (json as { detail?: unknown; message?: unknown }).detail ?? (json as { message?: unknown }).message;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((d) =>
        d && typeof d === 'object' && 'msg' in d ? `${Array.isArray(d.loc) ? `${d.loc.join('.')}: ` : ''}${String(d.msg)}` : String(d),
      )
      .join('; ');
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Where credentials may go. Every platform client (requestJson) and the Arthur Platform's
// openid-client (guardedFetch as its customFetch) send requests through the rules below:
//  - plain http:// only to this machine (loopback); another host over http:// needs the
//    user's yes, asked once per origin by the client (setPlainHttpConsent);
//  - a redirect is followed only within the origin the request went to: a credential is never
//    sent to an origin the user did not choose.
// ---------------------------------------------------------------------------------------------

/** True for names and addresses that never leave this machine. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' || h.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::1' || h === '::ffff:127.0.0.1'
  );
}

/** Asks the user whether credentials may go to `origin` over plain http; true = yes. */
export type PlainHttpConsent = (origin: string) => Promise<boolean>;
let consent: PlainHttpConsent | undefined;

/** The client sets how to ask (a modal in VS Code); without it, plain http to other hosts is refused. */
export function setPlainHttpConsent(ask: PlainHttpConsent | undefined): void {
  consent = ask;
}

/** Refuses schemes other than https, and plain http to another machine unless the user said yes. */
async function checkTransport(service: string, url: URL): Promise<void> {
  if (url.protocol === 'https:') return;
  if (url.protocol !== 'http:')
    throw new PlatformError(`${service}: KeyWarden only uses http:// and https:// addresses, not ${url.protocol}.`, 'insecure');
  if (isLoopback(url.hostname)) return;
  if (consent && (await consent(url.origin))) return;
  throw new PlatformError(
    `${service}: KeyWarden did not connect to ${url.origin}, because plain http:// would send your credentials unencrypted over the network. Use its https:// address (plain http:// is for servers on this machine).`,
    'insecure',
  );
}

const MAX_REDIRECTS = 5;

/** The codes of a failed connection, outermost first (undici puts the socket's error in `cause`). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (
    let e = err as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string') codes.push(e.code);
    if (Array.isArray(e.errors))
      for (const inner of e.errors)
        if (typeof (inner as { code?: unknown })?.code === 'string') codes.push((inner as { code: string }).code);
  }
  return codes;
}

const TRUST_HINT =
  "If it is your organisation's server, have this machine trust its certificate authority: add the CA certificate to the system's trusted certificates, or set NODE_EXTRA_CA_CERTS to the CA's PEM file in the environment VS Code (or the CLI) starts from, then restart it.";

/** A failed connection to `url` in the user's words: what happened, the address tried, what to check. */
export function connectionError(service: string, url: string | URL, err: unknown): PlatformError {
  const u = new URL(String(url));
  const where = `${u.origin}${u.pathname}`;
  const codes = codesOf(err);
  const has = (...c: string[]) => codes.some((code) => c.includes(code));
  if (has('DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN')) {
    return new PlatformError(
      `${service} presented a self-signed certificate at ${where}, so KeyWarden cannot tell it is really that server and sent nothing. ${TRUST_HINT}`,
      'tls',
    );
  }
  if (
    has(
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'CERT_UNTRUSTED',
      'CERT_SIGNATURE_FAILURE',
    )
  ) {
    return new PlatformError(
      `${service} presented a certificate at ${where} signed by an authority this machine does not trust (often a company proxy or a private CA), so KeyWarden sent nothing. ${TRUST_HINT}`,
      'tls',
    );
  }
  if (has('CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID')) {
    return new PlatformError(
      `${service} presented a certificate at ${where} that is ${has('CERT_HAS_EXPIRED') ? 'expired' : 'not valid yet'}, so KeyWarden sent nothing. Check this computer's date and time; otherwise the server's administrators must renew the certificate.`,
      'tls',
    );
  }
  if (has('ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH')) {
    return new PlatformError(
      `${service} presented a certificate at ${where} that is for another name than ${u.hostname}, so KeyWarden sent nothing. Check the address: use the host name the certificate is for.`,
      'tls',
    );
  }
  if (has('ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG') || codes.some((c) => c.startsWith('ERR_SSL_'))) {
    return new PlatformError(
      `${service} did not answer https:// at ${u.host} (${codes.find((c) => c.startsWith('ERR_SSL_'))}). Check the address: is it plain http:// there, or another port?`,
      'tls',
    );
  }
  if (has('ECONNREFUSED'))
    return new PlatformError(
      `Could not reach ${service}: connection refused at ${u.host} (tried ${where}). Is the address right, and is the server running there?`,
      'network',
    );
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME'))
    return new PlatformError(
      `Could not reach ${service}: the host name ${u.hostname} was not found (tried ${where}). Check the address, and your network or VPN.`,
      'network',
    );
  if (has('ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH')) {
    return new PlatformError(
      `Could not reach ${service}: no connection to ${u.host} (tried ${where}). Check your network, VPN or firewall.`,
      'network',
    );
  }
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'))
    return new PlatformError(
      `Could not reach ${service}: the connection to ${u.host} was closed before it answered (tried ${where}).`,
      'network',
    );
  return new PlatformError(
    `Could not reach ${service} at ${where} (${codes[0] ?? (err as Error)?.message ?? 'network error'}).`,
    'network',
  );
}

function redirectError(service: string, from: URL, status: number, to: string): PlatformError {
  return new PlatformError(
    `${service} redirected KeyWarden (HTTP ${status}) from ${from.origin} to ${to}. KeyWarden sends your credentials only to the address you chose, so it did not follow. If the service has moved, sign in again with its new address.`,
    'redirect',
    status,
  );
}

/**
 * fetch() under the rules above: transport checked before every hop, redirects followed by hand
 * within the first request's origin only, failures turned into PlatformErrors that say which
 * address was tried. openid-client gets this as its customFetch.
 */
export async function guardedFetch(service: string, input: string | URL, init: RequestInit = {}): Promise<Response> {
  const first = new URL(String(input));
  let url = first;
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body;
  for (let hop = 0; ; hop++) {
    await checkTransport(service, url);
    let res: Response;
    try {
      res = await fetch(url, { ...init, method, body, redirect: 'manual' });
    } catch (err) {
      if (init.signal?.aborted) throw err;
      throw connectionError(service, url, err);
    }
    if (res.status < 300 || res.status >= 400 || res.status === 304) return res;
    const location = res.headers.get('location');
    if (!location) return res;
    await res.body?.cancel().catch(() => undefined);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new PlatformError(`${service} redirected KeyWarden to an address it could not read.`, 'malformed', res.status);
    }
    if (next.origin !== first.origin) throw redirectError(service, first, res.status, next.origin);
    if (hop + 1 >= MAX_REDIRECTS)
      throw new PlatformError(
        `${service} redirected KeyWarden more than ${MAX_REDIRECTS} times (from ${first.origin}${first.pathname}).`,
        'server',
        res.status,
      );
    // As fetch itself does: 303, and 301/302 after a POST, continue as a GET without a body.
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
    url = next;
  }
}

/** Lists are asked for in pages of this many entries, and at most MAX_PAGES are followed (a server that never stops paging is cut off). */
export const PAGE_SIZE = 100;
export const MAX_PAGES = 50;

/** Replies of the key APIs are small; a larger one is not read into memory. */
const MAX_REPLY_BYTES = 8 * 1024 * 1024;

/**
 * A reply's body as text, or undefined once it passes `maxBytes` (the rest is not read). Shared by
 * the platform clients and the key verifiers; a broken stream throws as it does.
 */
export async function readBounded(res: Response, maxBytes: number): Promise<string | undefined> {
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function boundedText(service: string, res: Response): Promise<string> {
  const text = await readBounded(res, MAX_REPLY_BYTES);
  if (text === undefined) {
    throw new PlatformError(
      `${service} sent a reply larger than ${MAX_REPLY_BYTES / 1024 / 1024} MB; KeyWarden stopped reading it.`,
      'malformed',
      res.status,
    );
  }
  return text;
}

/** The credentials among a request's headers (whole values, and the token after a scheme). */
function credentialsOf(headers: Record<string, string> | undefined): string[] {
  return Object.values(headers ?? {}).flatMap((v) => [v, v.replace(/^(?:Bearer|Basic|Token)\s+/i, '')]);
}

/** Sends a request and parses a JSON reply (or none, for 204). Throws PlatformError. */
export async function requestJson(service: string, url: string, options: RequestOptions = {}): Promise<JsonReply> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const secrets = [...credentialsOf(options.headers), ...(options.secrets ?? [])];
  let res: Response;
  try {
    res = await guardedFetch(service, url, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw new PlatformError('Cancelled.', 'network');
    if (timeout.aborted) throw new PlatformError(`${service} did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'timeout');
    if (err instanceof PlatformError) throw err;
    throw connectionError(service, url, err);
  }
  let text: string;
  try {
    text = await boundedText(service, res);
  } catch (err) {
    if (err instanceof PlatformError) throw err;
    if (timeout.aborted) throw new PlatformError(`${service} did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'timeout');
    throw new PlatformError(`${service} closed the connection mid-reply.`, 'network');
  }
  let json: unknown;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      if (res.ok && /^\s*</.test(text)) {
        throw new PlatformError(
          `${service} answered with a web page (HTML), not the API's JSON, at ${new URL(url).origin}${new URL(url).pathname}. Check the address: it should be the API's, not a sign-in page or proxy in front of it.`,
          'malformed',
          res.status,
        );
      }
      if (res.ok)
        throw new PlatformError(
          `${service} sent a reply KeyWarden could not read (not JSON, HTTP ${res.status}).`,
          'malformed',
          res.status,
        );
    }
  }
  if (res.ok) return { status: res.status, json, headers: res.headers };
  // A server may echo the credential back in its error: it is shown masked.
  const detail = detailOf(json);
  const said = detail ? `: ${redactSecrets(detail, secrets)}` : '';
  switch (res.status) {
    case 401:
      throw new PlatformError(`${service} refused the credentials (401${said}).`, 'unauthorized', 401);
    case 403:
      throw new PlatformError(`${service} says this credential may not do that (403${said}).`, 'forbidden', 403);
    case 404:
      throw new PlatformError(`${service} has no such resource (404${said}).`, 'not-found', 404);
    case 400:
    case 422:
      throw new PlatformError(
        `${service} rejected the request (${res.status}${said}).`,
        /maximum number/i.test(detail ?? '') ? 'limit' : 'invalid',
        res.status,
      );
    default:
      throw new PlatformError(`${service} failed (HTTP ${res.status}${said}).`, 'server', res.status);
  }
}

/** Reads a required string field of a reply object, or throws a "malformed reply" error. */
export function field(service: string, obj: unknown, name: string): string {
  const v = obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[name] : undefined;
  if (typeof v !== 'string' || v === '')
    throw new PlatformError(`${service} sent a reply without "${name}"; KeyWarden stored nothing.`, 'malformed');
  return v;
}

/** The only way a credential is ever shown (the core's masking, one implementation for all). */
export { maskSecret as mask } from '../mask';

/**
 * One platform's API at one address, called with one credential (sent in `auth`, so it is
 * masked wherever the server echoes it): JSON requests to paths under `base`. Each platform's
 * client (providers/<platform>/api.ts) is one of these with its own routes and its own words.
 */
export abstract class ApiClient {
  constructor(
    /** How messages name the server: "WhyLabs at https://…". */
    readonly service: string,
    private readonly base: string,
    private readonly auth: Record<string, string>,
    private readonly timeoutMs: number,
  ) {}

  protected request(path: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', body?: unknown): Promise<JsonReply> {
    return requestJson(this.service, `${this.base.replace(/\/+$/, '')}${path}`, {
      method,
      body,
      headers: this.auth,
      timeoutMs: this.timeoutMs,
    });
  }

  /** A reply that must be a list (`what`: "key list", "role list" …), else a "could not read" error. */
  protected list(json: unknown, what: string): unknown[] {
    if (!Array.isArray(json)) throw new PlatformError(`${this.service} sent a ${what} KeyWarden could not read.`, 'malformed');
    return json;
  }
}
