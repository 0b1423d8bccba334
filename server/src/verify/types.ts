/**
 * Verification of a found key against its own issuer: what a verifier declares and what a check
 * answers. Verifiers do network I/O, so they live here, outside the pure core (server/src/core).
 */

/** What a finding reports: the key works, the issuer refuses it, or KeyWarden could not tell. */
export type Verdict = 'live' | 'revoked' | 'unknown';

/** What one reply of an issuer means. `rate-limited` and `unknown` both end as verdict "unknown". */
export type Answer =
  | { readonly verdict: 'live' }
  | { readonly verdict: 'revoked' }
  | { readonly verdict: 'rate-limited' }
  | { readonly verdict: 'unknown'; readonly why: string };

export interface Reply {
  readonly status: number;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  readonly json: unknown;
  readonly headers: Headers;
}

export interface VerifierRequest {
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** Where a value was found: the text around it, so a verifier can find the other half of a pair. */
export interface Nearby {
  readonly text: string;
  /** UTF-16 offsets of the value in `text`. */
  readonly start: number;
  readonly end: number;
  /** The name the value is assigned to, when there is one (`TWILIO_AUTH_TOKEN`). */
  readonly name?: string;
}

/** How far around a value the other half of a pair is looked for (same file, nearby). */
export const PAIR_WINDOW = 1_500;

/** The value of `pattern`'s group `value` (or whole match) closest to the finding, within PAIR_WINDOW. */
export function nearest(near: Nearby, pattern: RegExp): string | undefined {
  const from = Math.max(0, near.start - PAIR_WINDOW);
  const window = near.text.slice(from, Math.min(near.text.length, near.end + PAIR_WINDOW));
  let best: { value: string; distance: number } | undefined;
  for (const m of window.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    const at = from + (m.index ?? 0);
    if (at < near.end && at + m[0].length > near.start) continue;
    const distance = Math.abs(at - near.start);
    const value = m.groups?.value ?? m[0];
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

/** A provider verifier: one fixed official endpoint, one harmless read-only "who am I" call. */
export interface ProviderVerifier {
  readonly id: string;
  /** The provider, for people: "GitHub". */
  readonly label: string;
  /** The rules whose findings this verifier checks. */
  readonly ruleIds: readonly string[];
  /** Only keys of the kind the endpoint takes (else the key is not checked, never misread as revoked). */
  readonly accepts?: (secret: string, near?: Nearby) => boolean;
  /**
   * For a key that is one half of a pair (AWS key id and secret, Twilio account SID and auth
   * token): the other half, found near the value in the same text. No other half, no check.
   */
  readonly pair?: (secret: string, near: Nearby) => string | undefined;
  /** The only URL the key is ever sent to (https, the issuer's own API). */
  readonly endpoint: string;
  /** Where the user revokes the key by hand ("Rotate now" opens it). */
  readonly revokePage: string;
  /** The request that carries the key (`other`: the other half of a pair). */
  request(secret: string, other?: string): VerifierRequest;
  /** The URL asked, when it depends on the key (Twilio's account SID is in the path); its host is the endpoint's. */
  url?(secret: string, other?: string): string;
  /** What a reply means. Called only for replies that arrived whole. */
  interpret(reply: Reply): Answer;
}

export function verifier(v: ProviderVerifier): ProviderVerifier {
  const u = new URL(v.endpoint);
  if (u.protocol !== 'https:') throw new Error(`verifier ${v.id}: endpoint must be https`);
  return v;
}

/** The usual meaning of a status: 2xx live, 401 revoked, 429 rate-limited, anything else unknown. */
export function byStatus(status: number): Answer {
  if (status >= 200 && status < 300) return { verdict: 'live' };
  if (status === 401) return { verdict: 'revoked' };
  if (status === 429) return { verdict: 'rate-limited' };
  return { verdict: 'unknown', why: status >= 500 ? `the service failed (HTTP ${status})` : `unexpected answer (HTTP ${status})` };
}

/** A 2xx reply must also carry the field a real "who am I" reply has, or it is not the issuer talking. */
export function liveIf(reply: Reply, has: (json: Record<string, unknown>) => boolean): Answer {
  const a = byStatus(reply.status);
  if (a.verdict !== 'live') return a;
  const j = reply.json;
  return j && typeof j === 'object' && !Array.isArray(j) && has(j as Record<string, unknown>)
    ? a
    : { verdict: 'unknown', why: 'the reply could not be read' };
}
