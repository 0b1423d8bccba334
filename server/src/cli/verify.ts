/**
 * `keywarden scan --verify`: asks each found key's issuer whether it still works (see
 * ../verify). Values are read again from the text that was scanned, held only for this run,
 * and never printed; the report gets the verdict, the host asked, and why when unknown.
 */
import * as fs from 'fs';
import { canVerify, hasVerifier, KeyChecker, platformVerifierFor, type HostContext, type PlatformHost } from '../verify';
import type { LocatedFinding } from '../scanFile';
import type { FileReport, ReportedFinding, Verification } from './formats';

/**
 * Test harness only: sends every provider check to this http://127.0.0.1 origin instead of the
 * issuers (anything else is refused by the checker, so it can never send a key elsewhere).
 */
export const TEST_ORIGIN_ENV = 'KEYWARDEN_VERIFY_TEST_ORIGIN';

/** Checks running at once: a few, so a large report does not open hundreds of connections. */
const PARALLEL = 4;

/** The finding's value as it stands in `text` (0-based lines and UTF-16 columns). */
export function valueAt(text: string, f: LocatedFinding): string | undefined {
  let lineStart = 0;
  const starts: number[] = [0];
  for (let l = 0; l < f.endLine; l++) {
    lineStart = text.indexOf('\n', lineStart);
    if (lineStart < 0) return undefined;
    starts.push(++lineStart);
  }
  const start = starts[f.line] + f.column;
  const end = starts[f.endLine] + f.endColumn;
  return end > start && end <= text.length ? text.slice(start, end) : undefined;
}

/** Remembers the values of the findings that can be checked (in memory, for this run). */
export class FoundValues {
  private readonly values = new WeakMap<object, string>();
  /** `at`: where the finding is in `text` (defaults to its reported place). */
  set(f: ReportedFinding, at: LocatedFinding, text: string): void {
    const v = valueAt(text, at);
    if (v !== undefined && canVerify(f.finding.ruleId, v)) this.values.set(f, v);
  }
  get(f: ReportedFinding): string | undefined {
    return this.values.get(f);
  }
}

/**
 * Sets `verification` on every finding. `hosts`: platform addresses the user gave with
 * --verify-host (the CLI knows no others: a host named in a scanned file is never contacted).
 */
export async function verifyFindings(files: FileReport[], values: FoundValues, readText: (file: FileReport) => string | undefined, hosts: readonly string[]): Promise<void> {
  const checker = new KeyChecker({ cacheMs: Number.POSITIVE_INFINITY, loopback: process.env[TEST_ORIGIN_ENV] || undefined });
  const platformHosts: PlatformHost[] = hosts.map((url) => ({ url, source: 'user' }));
  const ctx: HostContext = { trusted: false, confirm: async () => false };
  const jobs: (() => Promise<void>)[] = [];
  for (const file of files) {
    let text: string | undefined | null = null;
    file.findings.forEach((f, i) => {
      if (values.get(f) === undefined && hasVerifier(f.finding.ruleId)) {
        // Working-tree scans read the file again, only when it has a finding that can be checked.
        if (text === null) text = readText(file);
        if (text !== undefined) values.set(f, f, text);
      }
      const secret = values.get(f);
      jobs.push(async () => {
        let v: Verification;
        if (secret === undefined) v = { verdict: 'unknown', why: 'KeyWarden cannot check this kind of key' };
        else {
          const r = await checker.check(f.finding.ruleId, secret, platformHosts, ctx);
          const platform = platformVerifierFor(f.finding.ruleId);
          v = r
            ? { verdict: r.verdict, host: r.host, ...(r.why ? { why: r.why } : {}) }
            : { verdict: 'unknown', why: platform ? `no ${platform.label} address given (--verify-host URL)` : 'KeyWarden cannot check this kind of key' };
        }
        file.findings[i] = { ...f, verification: v };
      });
    });
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

export function readWorkingFile(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}
