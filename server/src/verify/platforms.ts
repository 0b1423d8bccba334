/**
 * Our platforms' keys are checked with the very calls their sign-in flows use (the platform
 * clients in common/api/, shared by the extension and the server). Their host is not
 * fixed: the caller passes only hosts the user chose (see hosts.ts).
 */
import { EngineClient } from '../../../common/api/arthurEngine';
import { H2oGpteClient } from '../../../common/api/h2ogpte';
import { PlatformError } from '../../../common/api/http';
import { RimeClient } from '../../../common/api/rime';
import { WhyLabsClient } from '../../../common/api/whylabs';
import type { Answer } from './types';
import type { PlatformId } from '../../../common/platforms';

export interface PlatformVerifier {
  readonly platform: PlatformId;
  readonly label: string;
  readonly ruleIds: readonly string[];
  /** Resolves when the platform accepts the key; throws the client's PlatformError otherwise. */
  check(url: string, secret: string, timeoutMs: number): Promise<unknown>;
}

export const PLATFORM_VERIFIERS: readonly PlatformVerifier[] = [
  {
    platform: 'arthur',
    label: 'Arthur Engine',
    ruleIds: ['arthur-engine-api-key'],
    check: (url, key, t) => new EngineClient(url, key, t).whoAmI(),
  },
  // WhyLabs answers 403 for a key it does not know or has revoked; the client turns that into "unauthorized".
  {
    platform: 'whylabs',
    label: 'WhyLabs',
    ruleIds: ['whylabs-api-key'],
    check: (url, key, t) => new WhyLabsClient(url, key, t).validate(),
  },
  { platform: 'h2ogpte', label: 'h2oGPTe', ruleIds: ['h2ogpte-api-key'], check: (url, key, t) => new H2oGpteClient(url, key, t).check() },
  { platform: 'rime', label: 'RI Platform', ruleIds: ['rime-api-token'], check: (url, key, t) => new RimeClient(url, key, t).check() },
];

/** What a platform client's outcome means for verification. */
export async function platformAnswer(v: PlatformVerifier, url: string, secret: string, timeoutMs: number): Promise<Answer> {
  try {
    await v.check(url, secret, timeoutMs);
    return { verdict: 'live' };
  } catch (err) {
    if (!(err instanceof PlatformError)) return { verdict: 'unknown', why: 'the check failed' };
    if (err.kind === 'unauthorized') return { verdict: 'revoked' };
    // 403: the key authenticated but lacks a role for that call, so it works.
    if (err.kind === 'forbidden') return { verdict: 'live' };
    if (err.status === 429) return { verdict: 'rate-limited' };
    if (err.kind === 'timeout') return { verdict: 'unknown', why: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    if (err.kind === 'network') return { verdict: 'unknown', why: 'could not reach it' };
    if (err.kind === 'malformed') return { verdict: 'unknown', why: 'the reply could not be read' };
    if (err.kind === 'invalid') return { verdict: 'unknown', why: 'the key is not in the form this platform takes' };
    return { verdict: 'unknown', why: err.status ? `unexpected answer (HTTP ${err.status})` : 'the check failed' };
  }
}
