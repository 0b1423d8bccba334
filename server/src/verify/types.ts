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

/** A provider verifier: one fixed official endpoint, one harmless read-only "who am I" call. */
export interface ProviderVerifier {
  readonly id: string;
  /** The provider, for people: "GitHub". */
  readonly label: string;
  /** The rules whose findings this verifier checks. */
  readonly ruleIds: readonly string[];
  /** Only keys of the kind the endpoint takes (else the key is not checked, never misread as revoked). */
  readonly accepts?: (secret: string) => boolean;
  /** The only URL the key is ever sent to (https, the issuer's own API). */
  readonly endpoint: string;
  /** Where the user revokes the key by hand ("Rotate now" opens it). */
  readonly revokePage: string;
  /** The request that carries the key. */
  request(secret: string): VerifierRequest;
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
  return j && typeof j === 'object' && !Array.isArray(j) && has(j as Record<string, unknown>) ? a : { verdict: 'unknown', why: 'the reply could not be read' };
}
