/**
 * The CLI's three output formats. Each takes the same report and never prints a secret value:
 * findings carry only the masked form.
 */
import type { RuleInfo } from '../core/types';
import type { GitState } from '../git';
import type { LocatedFinding } from '../scanFile';
import type { Verdict } from '../verify';

/** With `--verify`: what the key's issuer said, where, and why when it could not tell. */
export interface Verification {
  readonly verdict: Verdict;
  /** Host it was checked against. */
  readonly host?: string;
  /** For "unknown": why ("no verifier for this kind of key", "no answer within 5 s"). */
  readonly why?: string;
}

export interface ReportedFinding extends LocatedFinding {
  readonly gitState?: GitState;
  /** For history scans (and committed lines): the commit that added it, and its author date. */
  readonly commit?: string;
  readonly date?: string;
  readonly verification?: Verification;
}

export interface FileReport {
  /** Path as given on the command line, relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly findings: ReportedFinding[];
}

export interface Report {
  readonly files: FileReport[];
  readonly scanned: number;
  readonly skipped: { file: string; reason: string }[];
  readonly suppressed: number;
  /** Findings left out because their fingerprint is in the baseline. */
  readonly baselined?: number;
}

export type Severity = 'error' | 'warning' | 'note';
/** A key its issuer accepts is an error: it works for whoever reads the code. */
const severityOf = (f: ReportedFinding): Severity => (f.verification?.verdict === 'live' ? 'error' : f.finding.confidence === 'low' ? 'note' : 'warning');

/** One finding as `--format json` prints it (1-based lines and columns). */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  kind: string;
  severity: Severity;
  confidence: string;
  message: string;
  masked: string;
  envVar: string;
  fingerprint: string;
  why: string;
  gitState: GitState;
  commit?: string;
  date?: string;
  /** With --verify: live | revoked | unknown, where it was checked, and why unknown. */
  verified?: Verdict;
  verifiedAt?: string;
  verifiedWhy?: string;
}

export function toJson(report: Report): JsonFinding[] {
  return report.files.flatMap(({ file, findings }) =>
    findings.map((l) => ({
      file,
      line: l.line + 1,
      column: l.column + 1,
      endLine: l.endLine + 1,
      endColumn: l.endColumn + 1,
      ruleId: l.finding.ruleId,
      kind: l.finding.kind,
      severity: severityOf(l),
      confidence: l.finding.confidence,
      message: `${l.finding.kind} ${l.finding.masked} is hard-coded: read it from ${l.finding.envVar} instead.`,
      masked: l.finding.masked,
      envVar: l.finding.envVar,
      fingerprint: l.finding.fingerprint,
      why: l.finding.why,
      gitState: l.gitState ?? 'unknown',
      ...(l.commit ? { commit: l.commit } : {}),
      ...(l.date ? { date: l.date } : {}),
      ...(l.verification ? { verified: l.verification.verdict } : {}),
      ...(l.verification?.host ? { verifiedAt: l.verification.host } : {}),
      ...(l.verification?.why ? { verifiedWhy: l.verification.why } : {}),
    })),
  );
}

export function toText(report: Report, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const f of toJson(report)) {
    const where = f.gitState === 'pushed' ? c('31', '  [pushed: rotate it]') : f.gitState === 'committed' ? c('35', `  [committed${f.commit ? ` in ${f.commit.slice(0, 7)}` : ''}]`) : '';
    const verified =
      f.verified === 'live'
        ? c('1;31', `  [LIVE at ${f.verifiedAt}: rotate it now]`)
        : f.verified === 'revoked'
          ? c('32', `  [no longer works at ${f.verifiedAt}: remove it from the code and history]`)
          : f.verified === 'unknown'
            ? c('2', `  [could not check: ${f.verifiedWhy ?? 'no answer'}]`)
            : '';
    lines.push(`${c('1', `${f.file}:${f.line}:${f.column}`)}  ${c('33', f.ruleId)}  ${f.kind} ${c('2', f.masked)}  -> ${c('36', f.envVar)}${where}${verified}`);
  }
  const count = lines.length;
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  const parts = [`${report.scanned} file${report.scanned === 1 ? '' : 's'} scanned`];
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped`);
  if (report.suppressed) parts.push(`${report.suppressed} suppressed`);
  if (report.baselined) parts.push(`${report.baselined} in the baseline`);
  lines.push(
    count === 0
      ? c('32', `No hard-coded secrets found (${parts.join(', ')}).`)
      : c('31', `${count} hard-coded secret${count === 1 ? '' : 's'} in ${withFindings} file${withFindings === 1 ? '' : 's'} (${parts.join(', ')}).`),
  );
  return lines.join('\n') + '\n';
}

export function toSarif(report: Report, rules: readonly RuleInfo[], version: string): object {
  const used = [...new Set(report.files.flatMap((f) => f.findings.map((l) => l.finding.ruleId)))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const index = new Map(used.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'KeyWarden',
            version,
            informationUri: 'https://github.com/keywarden/keywarden',
            rules: used.map((id) => {
              const r = byId.get(id);
              return {
                id,
                name: r?.kind ?? id,
                shortDescription: { text: r?.kind ?? id },
                fullDescription: { text: r?.description ?? id },
                defaultConfiguration: { level: 'warning' },
                properties: { tags: ['security', 'secret'], 'security-severity': '7.5' },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: toJson(report).map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: f.severity,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          partialFingerprints: { 'keywarden/v1': f.fingerprint },
          ...(f.verified ? { properties: { verified: f.verified, ...(f.verifiedAt ? { verifiedAt: f.verifiedAt } : {}), ...(f.verifiedWhy ? { verifiedWhy: f.verifiedWhy } : {}) } } : {}),
        })),
      },
    ],
  };
}
