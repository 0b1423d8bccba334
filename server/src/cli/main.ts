/**
 * `keywarden`: the detection core on the command line, for pre-commit hooks and CI.
 * Exit codes: 0 no findings, 1 findings, 2 error (bad arguments, missing path).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { RULES } from '../core';
import { listFiles } from '../files';
import picomatch from 'picomatch';
import { readBaseline, writeBaseline } from '../baseline';
import { addedLines, GitStates, repoRoot, stagedContent, stagedFiles } from '../git';
import { scanFileText, type FileScan, type LocatedFinding } from '../scanFile';
import { scanAll, serveIfWorker, type FileJob } from './pool';
import { toJson, toSarif, toText, type FileReport, type Report, type ReportedFinding } from './formats';
import { FoundValues, readWorkingFile, verifyFindings } from './verify';

declare const KEYWARDEN_VERSION: string | undefined;
const VERSION = typeof KEYWARDEN_VERSION === 'string' ? KEYWARDEN_VERSION : 'dev';

const USAGE = `Usage: keywarden scan [paths...] [options]
       keywarden scan --staged            what is about to be committed (pre-commit hook)
       keywarden scan --git <rev-range>   secrets added by those commits (e.g. origin/main..HEAD)
       keywarden baseline [paths...]      accept today's findings: write .keywarden/baseline.json

Scan files for hard-coded keys, tokens and passwords. Paths default to the current
folder; folders are walked with .gitignore respected (git's own file list in a repository).
Findings whose fingerprint is in .keywarden/baseline.json (at the repository root) are not
reported; new secrets still are, even in files with baselined ones.

Options:
  --format text|json|sarif  Output format (default: text). json is an array of findings;
                            sarif is SARIF 2.1.0 for GitHub code scanning.
  --output FILE             Write the report to FILE instead of standard output.
  --no-gitignore            Also scan files that .gitignore excludes.
  --exclude GLOB            Leave out files matching GLOB (repeatable).
  --max-file-size BYTES     Skip files larger than this (default: ${DEFAULT_SETTINGS.maxFileSize}).
  --staged                  Scan the staged version of staged files instead of the working tree.
  --git RANGE               Scan the lines added by the commits in RANGE (git log syntax).
  --no-baseline             Report baselined findings too.
  --jobs N                  Scan on N threads (default: one per core; 1 = no worker threads).
  --verify                  Ask each found key's issuer whether it still works (see README:
                            what is sent where). Adds "verified": live|revoked|unknown.
  --verify-host URL         An Arthur Engine, WhyLabs, h2oGPTe or RI Platform address that
                            --verify may send those platforms' keys to (repeatable); no other
                            platform host is ever contacted.
  --fail-on any|live        Exit 1 for any finding (default), or only for live keys (needs --verify).
  --verbose                 List skipped files (too large, binary, lockfiles) on stderr.
  -h, --help                Show this help.
  -v, --version             Show the version.

Exit codes: 0 no findings, 1 findings (with --fail-on live: live keys), 2 error.
Secrets are never printed in full: reports show the first 4 characters.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'no-gitignore': { type: 'boolean', default: false },
      exclude: { type: 'string', multiple: true, default: [] },
      'max-file-size': { type: 'string' },
      jobs: { type: 'string' },
      staged: { type: 'boolean', default: false },
      git: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      'verify-host': { type: 'string', multiple: true, default: [] },
      'fail-on': { type: 'string', default: 'any' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`keywarden ${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'scan' && command !== 'baseline') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (values.staged && values.git !== undefined) throw new UsageError('--staged and --git cannot be combined');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_SETTINGS.maxFileSize : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');

  const failOn = values['fail-on'];
  if (failOn !== 'any' && failOn !== 'live') throw new UsageError(`--fail-on must be any or live, not "${failOn}"`);
  if (failOn === 'live' && !values.verify) throw new UsageError('--fail-on live needs --verify');
  for (const h of values['verify-host']) {
    if (!/^https?:\/\/[^/@\s]+/.test(h)) throw new UsageError(`--verify-host must be an http(s) address, not "${h}"`);
  }
  const values_ = values.verify ? new FoundValues() : undefined;

  const threads = values.jobs === undefined ? undefined : Number(values.jobs);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--jobs must be a whole number of at least 1');

  const roots = paths.length ? paths : ['.'];
  for (const r of roots) if (!fs.existsSync(r)) throw new UsageError(`no such file or folder: ${r}`);

  const cwd = process.cwd();
  const repo = await repoRoot(cwd);
  const root = repo ?? cwd;
  const keyOf = (abs: string) => path.relative(root, abs).split(path.sep).join('/') || path.basename(abs);
  const relOf = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
  const files: FileReport[] = [];
  const skipped: Report['skipped'] = [];
  let scanned = 0;
  let suppressed = 0;
  /** `source`: the text scanned and the finding's place in it, when not the working-tree file (--staged, --git), for --verify. */
  const add = (file: string, scan: FileScan, extra: (f: LocatedFinding, i: number) => Partial<ReportedFinding> = () => ({}), source?: (i: number) => { text: string; at: LocatedFinding }) => {
    scanned++;
    suppressed += scan.suppressed;
    if (scan.findings.length) {
      const findings = scan.findings.map((f, i) => ({ ...f, ...extra(f, i) }));
      if (values_ && source) findings.forEach((f, i) => values_.set(f, source(i).at, source(i).text));
      files.push({ file, findings });
    }
  };

  if (values.staged || values.git !== undefined) {
    if (!repo) throw new UsageError(`${values.staged ? '--staged' : '--git'} needs a git repository`);
    if (values.staged) {
      for (const file of await stagedFiles(repo)) {
        const abs = path.join(repo, file);
        if (picomatch.isMatch(file, [...DEFAULT_SETTINGS.exclude, ...values.exclude], { dot: true })) continue;
        const text = await stagedContent(repo, file);
        if (text === undefined) continue;
        const scan = scanFileText(text, { path: file, maxFileSize });
        if (scan.skipped) skipped.push({ file: relOf(abs), reason: scan.skipped });
        else add(relOf(abs), scan, () => ({ gitState: 'uncommitted' }), (i) => ({ text, at: scan.findings[i] }));
      }
    } else {
      const states = new GitStates(repo);
      for (const hunk of await addedLines(repo, values.git!)) {
        // Only the added lines are scanned, in the file's language; lines map back to the file at that commit.
        const hunkText = hunk.lines.map((l) => l.text).join('\n');
        const scan = scanFileText(hunkText, { path: hunk.file, maxFileSize });
        if (scan.skipped) continue;
        // Only commits that added a secret are asked about (one git process each).
        const state = scan.findings.length ? await states.commitState(hunk.commit) : 'committed';
        add(relOf(path.join(repo, hunk.file)), { ...scan, findings: scan.findings.map((f) => ({ ...f, line: hunk.lines[f.line].line - 1, endLine: hunk.lines[f.endLine].line - 1 })) }, () => ({ commit: hunk.commit, date: hunk.date, gitState: state }), (i) => ({ text: hunkText, at: scan.findings[i] }));
      }
    }
  } else {
    const seen = new Set<string>();
    for (const r of roots) {
      const list = await listFiles(r, { gitignore: !values['no-gitignore'], exclude: [...DEFAULT_SETTINGS.exclude, ...values.exclude] });
      const jobs: FileJob[] = [];
      for (const abs of list) {
        if (seen.has(abs)) continue;
        seen.add(abs);
        jobs.push({ abs, rel: relOf(abs), key: keyOf(abs) });
      }
      const states = repo ? new GitStates(repo) : undefined;
      const outcomes = await scanAll(jobs, maxFileSize, threads);
      for (let i = 0; i < outcomes.length; i++) {
        const outcome = outcomes[i];
        if ('skipped' in outcome) {
          skipped.push({ file: outcome.rel, reason: outcome.skipped });
          continue;
        }
        const gitStates = states && outcome.scan.findings.length ? await Promise.all(outcome.scan.findings.map((f) => states.stateOf(jobs[i].key, f.line + 1))) : [];
        add(outcome.rel, outcome.scan, (_f, index) => {
          const g = gitStates[index];
          return g ? { gitState: g.state, ...(g.commit ? { commit: g.commit } : {}) } : {};
        });
      }
    }
  }

  if (command === 'baseline') {
    const file = writeBaseline(root, files.flatMap((f) => f.findings.map((l) => l.finding.fingerprint)));
    const n = files.reduce((sum, f) => sum + f.findings.length, 0);
    process.stdout.write(`Wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${relOf(file)}: scans will not report these findings again.\n`);
    return 0;
  }
  let baselined = 0;
  if (!values['no-baseline']) {
    const baseline = readBaseline(root);
    if (baseline.size) {
      for (const f of files) {
        const kept = f.findings.filter((l) => !baseline.has(l.finding.fingerprint));
        baselined += f.findings.length - kept.length;
        (f as { findings: ReportedFinding[] }).findings = kept;
      }
      for (let i = files.length - 1; i >= 0; i--) if (files[i].findings.length === 0) files.splice(i, 1);
    }
  }
  if (values_) await verifyFindings(files, values_, (f) => readWorkingFile(path.resolve(cwd, f.file)), values['verify-host']);
  const report: Report = { files, scanned, skipped, suppressed, baselined };
  const out =
    format === 'json'
      ? JSON.stringify(toJson(report), null, 2) + '\n'
      : format === 'sarif'
        ? JSON.stringify(toSarif(report, RULES, VERSION), null, 2) + '\n'
        : toText(report, !values.output && process.stdout.isTTY === true);
  if (values.output) fs.writeFileSync(values.output, out);
  else process.stdout.write(out);
  if (values.verbose) {
    for (const s of skipped) process.stderr.write(`${s.file}: ${s.reason}\n`);
  }
  if (failOn === 'live') return files.some((f) => f.findings.some((l) => l.verification?.verdict === 'live')) ? 1 : 0;
  return files.length > 0 ? 1 : 0;
}

if (!serveIfWorker()) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`keywarden: ${(err as Error).message}\n${usage ? "Run 'keywarden --help' for usage.\n" : ''}`);
    process.exitCode = 2;
  },
);
