/**
 * JSON over HTTP for the platform clients, with the errors a user can act on: every failure
 * becomes a PlatformError whose message names the server and what went wrong, never the
 * credential. No vscode imports: integration tests drive these clients directly.
 */

export type ErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'limit' | 'server' | 'network' | 'timeout' | 'malformed' | 'denied' | 'expired' | 'cancelled';

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
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
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
export function detailOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const detail = (json as { detail?: unknown; message?: unknown }).detail ?? (json as { message?: unknown }).message;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((d) => (d && typeof d === 'object' && 'msg' in d ? `${Array.isArray(d.loc) ? `${d.loc.join('.')}: ` : ''}${String(d.msg)}` : String(d)))
      .join('; ');
  }
  return undefined;
}

/** Sends a request and parses a JSON reply (or none, for 204). Throws PlatformError. */
export async function requestJson(service: string, url: string, options: RequestOptions = {}): Promise<JsonReply> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      method: options.method ?? 'GET',
      headers: { accept: 'application/json', ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw new PlatformError('Cancelled.', 'network');
    if (timeout.aborted) throw new PlatformError(`${service} did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'timeout');
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    const why = cause === 'ECONNREFUSED' ? 'connection refused: is it running at that address?' : cause === 'ENOTFOUND' ? 'host not found' : cause ?? (err as Error).message;
    throw new PlatformError(`Could not reach ${service} (${why}).`, 'network');
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    if (timeout.aborted) throw new PlatformError(`${service} did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'timeout');
    throw new PlatformError(`${service} closed the connection mid-reply.`, 'network');
  }
  let json: unknown;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      if (res.ok) throw new PlatformError(`${service} sent a reply KeyWarden could not read (not JSON, HTTP ${res.status}).`, 'malformed', res.status);
    }
  }
  if (res.ok) return { status: res.status, json, headers: res.headers };
  const detail = detailOf(json);
  const said = detail ? `: ${detail}` : '';
  switch (res.status) {
    case 401:
      throw new PlatformError(`${service} refused the credentials (401${said}).`, 'unauthorized', 401);
    case 403:
      throw new PlatformError(`${service} says this credential may not do that (403${said}).`, 'forbidden', 403);
    case 404:
      throw new PlatformError(`${service} has no such resource (404${said}).`, 'not-found', 404);
    case 400:
    case 422:
      throw new PlatformError(`${service} rejected the request (${res.status}${said}).`, /maximum number/i.test(detail ?? '') ? 'limit' : 'invalid', res.status);
    default:
      throw new PlatformError(`${service} failed (HTTP ${res.status}${said}).`, 'server', res.status);
  }
}

/** Reads a required string field of a reply object, or throws a "malformed reply" error. */
export function field(service: string, obj: unknown, name: string): string {
  const v = obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[name] : undefined;
  if (typeof v !== 'string' || v === '') throw new PlatformError(`${service} sent a reply without "${name}"; KeyWarden stored nothing.`, 'malformed');
  return v;
}

/** First 4 characters then "…": the only way a credential is ever shown. */
export function mask(secret: string): string {
  return `${secret.slice(0, 4)}…`;
}
