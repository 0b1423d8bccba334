/**
 * `keywarden scan --verify`: asks each found key's issuer whether it still works (see
 * ../verify). Values are read again from the text that was scanned, held only while their file
 * is checked, and never printed; the report gets the verdict, the host asked, and why when unknown.
 */
import * as fs from 'fs';
import { canVerify, hasVerifier, KeyChecker, platformVerifierFor, type HostContext, type Nearby, type PlatformHost } from '../verify';
import type { LocatedFinding } from '../io/scanFile';
import type { ReportedFinding, Verification } from './formats';

/**
 * Test harness only: sends every provider check to this http://127.0.0.1 origin instead of the
 * issuers (anything else is refused by the checker, so it can never send a key elsewhere).
 */
export const TEST_ORIGIN_ENV = 'KEYWARDEN_VERIFY_TEST_ORIGIN';

/** Checks running at once: a few, so a file with many keys does not open dozens of connections. */
const PARALLEL = 4;

/** The finding's value as it stands in `text` (0-based lines and UTF-16 columns). */
export function valueAt(text: string, f: LocatedFinding): string | undefined {
  const at = offsetsAt(text, f);
  return at && text.slice(at.start, at.end);
}

/** The UTF-16 offsets of a finding's value in `text`. */
function offsetsAt(text: string, f: LocatedFinding): { start: number; end: number } | undefined {
  const starts: number[] = [0];
  let at = 0;
  for (let l = 0; l < f.endLine; l++) {
    at = text.indexOf('\n', at);
    if (at < 0) return undefined;
    starts.push(++at);
  }
  const start = starts[f.line] + f.column;
  const end = starts[f.endLine] + f.endColumn;
  return end > start && end <= text.length ? { start, end } : undefined;
}

/** Where the values of a file's findings are: the text scanned and each finding's place in it. */
export interface Source {
  readonly text: string | undefined;
  /** The place of finding `i` in `text` (defaults to its reported place). */
  at?(i: number): LocatedFinding;
}

export class CliVerifier {
  /** One run: a key is asked about once, however many files hold it. */
  private readonly checker = new KeyChecker({ cacheMs: Number.POSITIVE_INFINITY, loopback: process.env[TEST_ORIGIN_ENV] || undefined });
  private readonly platformHosts: PlatformHost[];
  /** The CLI asks nobody: hosts are only those given with --verify-host. */
  private readonly ctx: HostContext = { trusted: false, confirm: async () => false };
  live = 0;

  /** `hosts`: platform addresses the user gave with --verify-host (a host named in a scanned file is never contacted). */
  constructor(hosts: readonly string[]) {
    this.platformHosts = hosts.map((url) => ({ url, source: 'user' }));
  }

  /** The findings with `verification` set. `source` is read only when one of them can be checked. */
  async verify(
    findings: readonly ReportedFinding[],
    source: () => Source,
    index: (i: number) => number = (i) => i,
  ): Promise<ReportedFinding[]> {
    let src: Source | undefined;
    const out = [...findings];
    const jobs = findings.map((f, i) => async () => {
      let secret: string | undefined;
      let near: Nearby | undefined;
      if (hasVerifier(f.finding.ruleId)) {
        src ??= source();
        const at = src.text === undefined ? undefined : offsetsAt(src.text, src.at ? src.at(index(i)) : f);
        if (at && src.text !== undefined) {
          near = { text: src.text, ...at, ...(f.finding.name ? { name: f.finding.name } : {}) };
          const v = src.text.slice(at.start, at.end);
          if (canVerify(f.finding.ruleId, v, near)) secret = v;
        }
      }
      let verification: Verification;
      if (secret === undefined) verification = { verdict: 'unknown', why: 'KeyWarden cannot check this kind of key' };
      else {
        const r = await this.checker.check(f.finding.ruleId, secret, this.platformHosts, this.ctx, near);
        const platform = platformVerifierFor(f.finding.ruleId);
        verification = r
          ? { verdict: r.verdict, host: r.host, ...(r.why ? { why: r.why } : {}) }
          : {
              verdict: 'unknown',
              why: platform ? `no ${platform.label} address given (--verify-host URL)` : 'KeyWarden cannot check this kind of key',
            };
      }
      if (verification.verdict === 'live') this.live++;
      out[i] = { ...f, verification };
    });
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, jobs.length) }, async () => {
        while (next < jobs.length) await jobs[next++]();
      }),
    );
    return out;
  }
}

export function readWorkingFile(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}
