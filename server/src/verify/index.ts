/**
 * Opt-in verification of found keys: is this key live? Each key is checked against its own issuer
 * only (providers: one fixed endpoint each; our platforms: hosts the user chose, see hosts.ts),
 * results are kept in memory only, one request per key per cache period, a global rate limit,
 * a few seconds per check. A failed check is "unknown" with a reason, never an error.
 */
import { createHash } from 'node:crypto';
import anthropic from './providers/anthropic';
import aws from './providers/aws';
import github from './providers/github';
import gitlab from './providers/gitlab';
import google from './providers/google';
import huggingface from './providers/huggingface';
import npm from './providers/npm';
import openai from './providers/openai';
import sendgrid from './providers/sendgrid';
import slack from './providers/slack';
import stripe from './providers/stripe';
import twilio from './providers/twilio';
import { CouldNotCheck, send } from './http';
import { HostGate, hostOf, type HostContext, type PlatformHost } from './hosts';
import { platformAnswer, PLATFORM_VERIFIERS, type PlatformVerifier } from './platforms';
import type { Answer, Nearby, ProviderVerifier, Verdict } from './types';

export type { Nearby, Verdict } from './types';
export type { HostContext, PlatformHost } from './hosts';

export const PROVIDER_VERIFIERS: readonly ProviderVerifier[] = [
  github,
  gitlab,
  openai,
  anthropic,
  huggingface,
  slack,
  stripe,
  npm,
  sendgrid,
  twilio,
  aws,
  google,
];

const providersByRule = new Map<string, ProviderVerifier[]>();
for (const v of PROVIDER_VERIFIERS) for (const r of v.ruleIds) providersByRule.set(r, [...(providersByRule.get(r) ?? []), v]);
const platformByRule = new Map(PLATFORM_VERIFIERS.flatMap((v) => v.ruleIds.map((r) => [r, v] as const)));

/** A provider check for one finding: the verifier, and the other half of the pair when it takes one. */
export interface ProviderCheck {
  readonly verifier: ProviderVerifier;
  readonly other?: string;
}

/**
 * The provider verifier for a finding, if its key can be checked at a fixed endpoint. A verifier
 * of pairs needs `near` (the text around the value) and the other half in it.
 */
export function providerVerifierFor(ruleId: string, secret: string, near?: Nearby): ProviderCheck | undefined {
  for (const v of providersByRule.get(ruleId) ?? []) {
    if (v.accepts && !v.accepts(secret, near)) continue;
    if (!v.pair) return { verifier: v };
    const other = near ? v.pair(secret, near) : undefined;
    if (other !== undefined) return { verifier: v, other };
  }
  return undefined;
}

/** The cache key of a provider check: both halves of a pair, in either order, are one key. */
function providerKey(c: ProviderCheck, secret: string): string {
  return KeyChecker.fingerprint(c.verifier.id, c.other === undefined ? secret : [secret, c.other].sort().join('\0'));
}

export function platformVerifierFor(ruleId: string): PlatformVerifier | undefined {
  return platformByRule.get(ruleId);
}

/** Whether any verifier is made for this rule's keys (the value may still be of a kind it does not take). */
export function hasVerifier(ruleId: string): boolean {
  return providersByRule.has(ruleId) || platformByRule.has(ruleId);
}

export function canVerify(ruleId: string, secret: string, near?: Nearby): boolean {
  return providerVerifierFor(ruleId, secret, near) !== undefined || platformByRule.has(ruleId);
}

export interface CheckResult {
  readonly verdict: Verdict;
  /** Where it was checked (host only), or where it would have been. */
  readonly host: string;
  /** When (ms since the epoch). */
  readonly checkedAt: number;
  /** For "unknown": why, in words ("no answer within 5 s", "rate-limited by api.github.com"). */
  readonly why?: string;
  /** Who issued the key: "GitHub", "Arthur Engine". */
  readonly issuer: string;
  /** The page where the user revokes such a key by hand, for provider keys. */
  readonly revokePage?: string;
}

export interface CheckerOptions {
  /** How long a result is kept (and the key not asked about again). */
  readonly cacheMs: number;
  /** At most this many requests a minute, all keys together. */
  readonly perMinute?: number;
  readonly timeoutMs?: number;
  readonly now?: () => number;
  /** Test harness only: see http.ts targetUrl. */
  readonly loopback?: string;
}

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_PER_MINUTE = 30;

export class KeyChecker {
  /** By the key's fingerprint (a hash of issuer and value): never the value itself. */
  private readonly cache = new Map<string, CheckResult>();
  private readonly inFlight = new Map<string, Promise<CheckResult>>();
  private readonly sent: number[] = [];
  private readonly gate = new HostGate();
  private readonly now: () => number;

  constructor(private readonly options: CheckerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The key's fingerprint: what the cache is keyed by. */
  static fingerprint(issuer: string, secret: string, where = ''): string {
    return createHash('sha256').update(`keywarden-verify\0${issuer}\0${where}\0${secret}`).digest('hex');
  }

  /** A result still fresh for this key, without any request. */
  cached(ruleId: string, secret: string, platformHosts: readonly PlatformHost[] = [], near?: Nearby): CheckResult | undefined {
    let found: CheckResult | undefined;
    for (const k of this.keysOf(ruleId, secret, platformHosts, near)) {
      const r = this.fresh(k);
      // Any host where the key works decides, as in check().
      if (r?.verdict === 'live') return r;
      found ??= r;
    }
    return found;
  }

  /**
   * Checks a key; undefined when KeyWarden has no verifier for it (or, for a platform key, no host
   * it may be sent to). `platformHosts` and `ctx` matter only for our platforms' keys; `near`
   * (the text around the value) only for keys checked in pairs (AWS, Twilio).
   */
  async check(
    ruleId: string,
    secret: string,
    platformHosts: readonly PlatformHost[] = [],
    ctx?: HostContext,
    near?: Nearby,
  ): Promise<CheckResult | undefined> {
    const c = providerVerifierFor(ruleId, secret, near);
    if (c) {
      const v = c.verifier;
      return this.once(providerKey(c, secret), v.label, hostOf(v.endpoint), v.revokePage, () =>
        send(v, secret, this.timeoutMs, this.options.loopback, c.other).then((r) => v.interpret(r)),
      );
    }
    const platform = platformByRule.get(ruleId);
    if (!platform || !ctx) return undefined;
    const urls = await this.gate.allowed(platformHosts, platform.label, ctx);
    let last: CheckResult | undefined;
    // The first host that knows the key decides; a key refused everywhere is revoked.
    for (const url of urls) {
      last = await this.once(KeyChecker.fingerprint(platform.platform, secret, url), platform.label, hostOf(url), undefined, () =>
        platformAnswer(platform, url, secret, this.timeoutMs),
      );
      if (last.verdict === 'live') return last;
    }
    return last;
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private keysOf(ruleId: string, secret: string, platformHosts: readonly PlatformHost[], near?: Nearby): string[] {
    const c = providerVerifierFor(ruleId, secret, near);
    if (c) return [providerKey(c, secret)];
    const platform = platformByRule.get(ruleId);
    return platform ? platformHosts.map((h) => KeyChecker.fingerprint(platform.platform, secret, h.url.replace(/\/+$/, ''))) : [];
  }

  private fresh(key: string): CheckResult | undefined {
    const r = this.cache.get(key);
    if (r && this.now() - r.checkedAt < this.options.cacheMs) return r;
    if (r) this.cache.delete(key);
    return undefined;
  }

  private once(
    key: string,
    issuer: string,
    host: string,
    revokePage: string | undefined,
    ask: () => Promise<Answer>,
  ): Promise<CheckResult> {
    const hit = this.fresh(key);
    if (hit) return Promise.resolve(hit);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const base = { host, issuer, ...(revokePage ? { revokePage } : {}) };
    if (!this.takeToken()) {
      // Not cached: nothing was sent, so a later pass may check it.
      return Promise.resolve({
        ...base,
        verdict: 'unknown',
        checkedAt: this.now(),
        why: `KeyWarden's limit of ${this.perMinute} checks a minute was reached`,
      });
    }
    const run = (async (): Promise<CheckResult> => {
      let answer: Answer;
      try {
        answer = await ask();
      } catch (err) {
        answer = { verdict: 'unknown', why: err instanceof CouldNotCheck ? err.message : 'the check failed' };
      }
      const result: CheckResult =
        answer.verdict === 'rate-limited'
          ? { ...base, verdict: 'unknown', checkedAt: this.now(), why: `${host} is limiting requests` }
          : answer.verdict === 'unknown'
            ? { ...base, verdict: 'unknown', checkedAt: this.now(), why: answer.why }
            : { ...base, verdict: answer.verdict, checkedAt: this.now() };
      this.cache.set(key, result);
      return result;
    })();
    this.inFlight.set(key, run);
    void run.finally(() => this.inFlight.delete(key));
    return run;
  }

  private get perMinute(): number {
    return this.options.perMinute ?? DEFAULT_PER_MINUTE;
  }

  private takeToken(): boolean {
    const t = this.now();
    while (this.sent.length && t - this.sent[0] >= 60_000) this.sent.shift();
    if (this.sent.length >= this.perMinute) return false;
    this.sent.push(t);
    return true;
  }
}

/** "2 min ago", "just now": how long ago a check was, for messages. */
export function ago(checkedAt: number, now = Date.now()): string {
  const min = Math.floor((now - checkedAt) / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  return `${h} h ago`;
}
