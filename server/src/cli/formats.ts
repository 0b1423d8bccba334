/**
 * The CLI's three output formats. Each takes the same report and never prints a secret value:
 * findings carry only the masked form.
 */
import type { RuleInfo } from '../core/types';
import type { GitState } from '../io/git';
import type { LocatedFinding } from '../io/scanFile';
import { levelOf } from '../core/severity';
import type { Verdict } from '../verify';

/** With `--verify`: what the key's issuer said, where, and why when it could not tell. */
export interface Verification {
  readonly verdict: Verdict;
  /** Host it was checked against. */
  readonly host?: string;
  /** For "unknown": why ("KeyWarden cannot check this kind of key", "no answer within 5 s"). */
  readonly why?: string;
}

export interface ReportedFinding extends LocatedFinding {
  readonly gitState?: GitState;
  /** For history scans (and committed lines): the commit that added it, and its author date. */
  readonly commit?: string;
  readonly date?: string;
  readonly verification?: Verification;
}

/** What a scan adds up to, known once every file is done. */
export interface Summary {
  readonly scanned: number;
  readonly skipped: { file: string; reason: string }[];
  readonly suppressed: number;
  /** Findings left out because their fingerprint is in the baseline. */
  readonly baselined?: number;
}

export type Severity = 'error' | 'warning' | 'note';
/** The editor's severity (../core/severity), in SARIF's words ('note' for information); a key its issuer accepts is an error. */
const severityOf = (f: ReportedFinding): Severity => {
  if (f.verification?.verdict === 'live') return 'error';
  const level = levelOf(f.finding.confidence, f.gitState);
  return level === 'information' ? 'note' : level;
};

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

/** One finding as `--format json` prints it; `file` is the path as reported. */
export function jsonOf(file: string, l: ReportedFinding): JsonFinding {
  return {
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
  };
}

/** Where a report goes: `write` resolves once the text may be dropped (the stream has drained). */
export interface Sink {
  write(text: string): Promise<void> | void;
}

/** Pretty-printed JSON of `value` as it appears `depth` levels deep in a document indented by 2. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth * 2)}`);

/**
 * A report written as findings arrive, byte for byte what printing the whole report at once
 * would give: the caller hands over files in order, each with its findings, and nothing is kept
 * but counters (and, for SARIF, the rules used so far).
 */
export abstract class ReportWriter {
  /** Findings written so far, and files they were in. */
  findings = 0;
  files = 0;

  constructor(protected readonly sink: Sink) {}

  /** Findings of one file, sorted by position (stable: equal positions keep the scan's order). */
  async file(file: string, findings: readonly ReportedFinding[]): Promise<void> {
    if (findings.length === 0) return;
    const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
    this.files++;
    for (const f of sorted) {
      await this.finding(jsonOf(file, f));
      this.findings++;
    }
  }

  protected abstract finding(f: JsonFinding): Promise<void> | void;
  abstract end(summary: Summary): Promise<void> | void;
}

/** `--format json`: an array of findings. */
export class JsonWriter extends ReportWriter {
  protected finding(f: JsonFinding) {
    return this.sink.write(`${this.findings ? ',' : '['}\n  ${nested(f, 1)}`);
  }
  end() {
    return this.sink.write(this.findings ? '\n]\n' : '[]\n');
  }
}

/** `--format text`: a line per finding, then a summary. */
export class TextWriter extends ReportWriter {
  constructor(
    sink: Sink,
    private readonly color: boolean,
  ) {
    super(sink);
  }
  private c(code: string, s: string) {
    return this.color ? `\x1b[${code}m${s}\x1b[0m` : s;
  }
  protected finding(f: JsonFinding) {
    const c = this.c.bind(this);
    const where =
      f.gitState === 'pushed'
        ? c('31', '  [pushed: rotate it]')
        : f.gitState === 'committed'
          ? c('35', `  [committed${f.commit ? ` in ${f.commit.slice(0, 7)}` : ''}]`)
          : '';
    const verified =
      f.verified === 'live'
        ? c('1;31', `  [LIVE at ${f.verifiedAt}: rotate it now]`)
        : f.verified === 'revoked'
          ? c('32', `  [no longer works at ${f.verifiedAt}: remove it from the code and history]`)
          : f.verified === 'unknown'
            ? c('2', `  [could not check: ${f.verifiedWhy ?? 'no answer'}]`)
            : '';
    return this.sink.write(
      `${c('1', `${f.file}:${f.line}:${f.column}`)}  ${c('33', f.ruleId)}  ${f.kind} ${c('2', f.masked)}  -> ${c('36', f.envVar)}${where}${verified}\n`,
    );
  }
  end(summary: Summary) {
    const c = this.c.bind(this);
    const count = this.findings;
    const parts = [`${summary.scanned} file${summary.scanned === 1 ? '' : 's'} scanned`];
    if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped`);
    if (summary.suppressed) parts.push(`${summary.suppressed} suppressed`);
    if (summary.baselined) parts.push(`${summary.baselined} in the baseline`);
    return this.sink.write(
      (count === 0
        ? c('32', `No hard-coded secrets found (${parts.join(', ')}).`)
        : c(
            '31',
            `${count} hard-coded secret${count === 1 ? '' : 's'} in ${this.files} file${this.files === 1 ? '' : 's'} (${parts.join(', ')}).`,
          )) + '\n',
    );
  }
}

/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Results come first in the run and the
 * rules after them, listed in the order results first used them (so each result's ruleIndex is
 * known when it is written).
 */
export class SarifWriter extends ReportWriter {
  private readonly used = new Map<string, number>();
  private readonly marker = '\u0000results\u0000';

  constructor(
    sink: Sink,
    private readonly rules: readonly RuleInfo[],
    private readonly version: string,
  ) {
    super(sink);
  }

  private document(ruleIds: readonly string[]): string {
    const byId = new Map(this.rules.map((r) => [r.id, r]));
    return JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            results: this.marker,
            tool: {
              driver: {
                name: 'KeyWarden',
                version: this.version,
                informationUri: 'https://github.com/keywarden/keywarden',
                rules: ruleIds.map((id) => {
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
          },
        ],
      },
      null,
      2,
    );
  }

  /** The document split around its results: [before them, after them]. */
  private parts(ruleIds: readonly string[]): [string, string] {
    const [head, tail] = this.document(ruleIds).split(JSON.stringify(this.marker));
    return [head, tail];
  }

  protected finding(f: JsonFinding) {
    let index = this.used.get(f.ruleId);
    if (index === undefined) this.used.set(f.ruleId, (index = this.used.size));
    const result = {
      ruleId: f.ruleId,
      ruleIndex: index,
      level: f.severity,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      partialFingerprints: { 'keywarden/v1': f.fingerprint },
      ...(f.verified
        ? {
            properties: {
              verified: f.verified,
              ...(f.verifiedAt ? { verifiedAt: f.verifiedAt } : {}),
              ...(f.verifiedWhy ? { verifiedWhy: f.verifiedWhy } : {}),
            },
          }
        : {}),
    };
    return this.sink.write(`${this.findings ? ',' : this.parts([])[0] + '['}\n        ${nested(result, 4)}`);
  }

  end() {
    const [head, tail] = this.parts([...this.used.keys()]);
    return this.sink.write(this.findings ? `\n      ]${tail}\n` : `${head}[]${tail}\n`);
  }
}

/**
 * A relative path as a URI reference: every segment percent-encoded, so `#`, `?`, `%` and spaces
 * in names stay part of the path (encodeURI would leave `#` and `?` to start a fragment or query).
 */
export function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
