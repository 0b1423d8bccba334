/**
 * The one HTTP call a provider verifier makes: to its fixed endpoint, redirects not followed (a
 * redirect would carry the key's header to another host), a few seconds at most, a bounded reply.
 */
import { readBounded } from '../../../common/api/http';
import type { ProviderVerifier, Reply } from './types';

/** Replies larger than this are not read further: a "who am I" answer is small. */
const MAX_REPLY = 256 * 1024;

export class CouldNotCheck extends Error {}

/**
 * `loopback` is for the test harness only: every request goes to that http://127.0.0.1 origin
 * instead, with the official host as the first path segment, so a stand-in can answer for all
 * issuers. Anything but a 127.0.0.1 origin is refused, so it can never send a key elsewhere.
 */
export function targetUrl(endpoint: string, loopback?: string): string {
  if (!loopback) return endpoint;
  const l = new URL(loopback);
  if (l.protocol !== 'http:' || l.hostname !== '127.0.0.1') throw new CouldNotCheck('the test origin must be http://127.0.0.1');
  const u = new URL(endpoint);
  return `${l.origin}/${u.host}${u.pathname}${u.search}`;
}

/** The URL a verifier asks: its endpoint, or a URL on the endpoint's own host (never another). */
function urlOf(v: ProviderVerifier, secret: string, other?: string): string {
  const url = v.url?.(secret, other) ?? v.endpoint;
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.host !== new URL(v.endpoint).host)
    throw new CouldNotCheck(`${v.label}'s check may only go to ${new URL(v.endpoint).host}`);
  return url;
}

export async function send(v: ProviderVerifier, secret: string, timeoutMs: number, loopback?: string, other?: string): Promise<Reply> {
  const { method, headers, body } = v.request(secret, other);
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(targetUrl(urlOf(v, secret, other), loopback), {
      method,
      headers: { 'user-agent': 'KeyWarden-verify', ...headers },
      body,
      redirect: 'manual',
      signal,
    });
  } catch (err) {
    if (err instanceof CouldNotCheck) throw err;
    throw new CouldNotCheck(signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'could not reach it');
  }
  if (res.status >= 300 && res.status < 400) {
    void res.body?.cancel();
    throw new CouldNotCheck(`it answered with a redirect (HTTP ${res.status}), which KeyWarden does not follow`);
  }
  let text: string | undefined;
  try {
    text = await readBounded(res, MAX_REPLY);
  } catch {
    throw new CouldNotCheck(signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'the connection closed mid-reply');
  }
  if (text === undefined) throw new CouldNotCheck('the reply was too large');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, headers: res.headers };
}
