/**
 * `keywarden`: the detection core on the command line, for pre-commit hooks and CI.
 * Exit codes: 0 no findings, 1 findings, 2 error (bad arguments, missing path).
 */
import './heapGrowth'; // first: see there
import { once } from 'events';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { RULES } from '../core';
import { listFiles } from '../io/files';
import picomatch from 'picomatch';
import { readBaseline, updateBaseline } from '../io/baseline';
import { addedLines, git, GitStates, repoRoot, stagedContent, stagedFiles, type AddedHunk } from '../io/git';
import { scanFileText, type FileScan, type LocatedFinding } from '../io/scanFile';
import { scanStream, serveIfWorker, type FileJob } from './pool';
import { JsonWriter, ReportWriter, SarifWriter, TextWriter, type ReportedFinding, type Sink, type Summary } from './formats';
import { CliVerifier, readWorkingFile, type Source } from './verify';

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
Secrets are never printed in full: reports show at most the first 4 characters and a quarter of
a value, nothing of one under 8 characters.`;

class UsageError extends Error {}

/** Node's parseArgs errors in KeyWarden's words (Node's own quote the option oddly and talk about '--'). */
function argumentError(err: { code?: string; message?: string }): UsageError | undefined {
  const option = /'(-[-\w]*)/.exec(err.message ?? '')?.[1] ?? 'an option';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/does not take an argument/.test(err.message ?? '') ? `${option} takes no value` : `${option} needs a value`);
  }
  return undefined;
}

/** Refuses an --output that cannot be written before the scan runs, not after it. */
function checkOutput(output: string): void {
  const dir = path.dirname(path.resolve(output));
  if (!fs.existsSync(dir)) throw new UsageError(`--output ${output}: the folder ${dir} does not exist (create it first)`);
  if (fs.existsSync(output) && fs.statSync(output).isDirectory())
    throw new UsageError(`--output ${output} is a folder: give a file name, e.g. ${path.join(output, 'keywarden.sarif')}`);
}

interface Options {
  readonly command: 'scan' | 'baseline';
  readonly roots: string[];
  readonly format: 'text' | 'json' | 'sarif';
  readonly output?: string;
  readonly gitignore: boolean;
  readonly exclude: string[];
  readonly maxFileSize: number;
  readonly threads?: number;
  readonly staged: boolean;
  readonly range?: string;
  readonly noBaseline: boolean;
  readonly verbose: boolean;
  readonly verify: boolean;
  readonly verifyHosts: string[];
  readonly failOn: 'any' | 'live';
}

/** The command line as Options, or the exit code when it only asked for help or the version. */
function parseOptions(argv: string[]): Options | number {
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
  if (values.output !== undefined) checkOutput(values.output);
  const [command, ...paths] = positionals;
  if (command !== 'scan' && command !== 'baseline') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (values.staged && values.git !== undefined) throw new UsageError('--staged and --git cannot be combined');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_SETTINGS.maxFileSize : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
  const failOn = values['fail-on'];
  if (failOn !== 'any' && failOn !== 'live') throw new UsageError(`--fail-on must be any or live, not "${failOn}"`);
  if (failOn === 'live' && !values.verify) throw new UsageError('--fail-on live needs --verify');
  for (const h of values['verify-host']) {
    if (!/^https?:\/\/[^/@\s]+/.test(h)) throw new UsageError(`--verify-host must be an http(s) address, not "${h}"`);
  }
  const threads = values.jobs === undefined ? undefined : Number(values.jobs);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
    throw new UsageError('--jobs must be a whole number of at least 1');
  const roots = paths.length ? paths : ['.'];
  for (const r of roots) if (!fs.existsSync(r)) throw new UsageError(`no such file or folder: ${r}`);
  return {
    command,
    roots,
    format,
    output: values.output,
    gitignore: !values['no-gitignore'],
    exclude: [...DEFAULT_SETTINGS.exclude, ...values.exclude],
    maxFileSize,
    threads,
    staged: values.staged,
    range: values.git,
    noBaseline: values['no-baseline'],
    verbose: values.verbose,
    verify: values.verify,
    verifyHosts: values['verify-host'],
    failOn,
  };
}

/**
 * One run's report: where each scanned file's findings go (the report, minus baselined ones, or
 * the baseline being written), with the counts the summary shows.
 */
class Run {
  readonly cwd = process.cwd();
  readonly skipped: Summary['skipped'] = [];
  scanned = 0;
  suppressed = 0;
  baselined = 0;
  /** `keywarden baseline`: fingerprints by file (relative to the root). */
  readonly accepted = new Map<string, string[]>();
  acceptedCount = 0;
  readonly baseline: Set<string>;
  readonly output?: { sink: Sink; close(): Promise<void> };
  readonly writer?: ReportWriter;
  readonly verifier?: CliVerifier;

  constructor(
    readonly options: Options,
    /** The repository root (undefined outside one). */
    readonly repo: string | undefined,
  ) {
    const scan = options.command === 'scan';
    this.baseline = scan && !options.noBaseline ? readBaseline(this.root) : new Set<string>();
    this.verifier = options.verify && scan ? new CliVerifier(options.verifyHosts) : undefined;
    if (!scan) return;
    const output = (this.output = sinkFor(options.output));
    const f = options.format;
    this.writer =
      f === 'json'
        ? new JsonWriter(output.sink)
        : f === 'sarif'
          ? new SarifWriter(output.sink, RULES, VERSION)
          : new TextWriter(output.sink, !options.output && process.stdout.isTTY === true);
  }

  /** The folder fingerprints and the baseline are relative to. */
  get root(): string {
    return this.repo ?? this.cwd;
  }

  /** A path as fingerprinted: relative to the root. */
  keyOf(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/') || path.basename(abs);
  }

  /** A path as reported: relative to the working directory. */
  relOf(abs: string): string {
    return path.relative(this.cwd, abs).split(path.sep).join('/') || path.basename(abs);
  }

  /**
   * A scanned file: its findings go to the report now (or to the baseline), minus baselined ones.
   * `source`: for --verify, the text scanned and each finding's place in it (default: the file).
   */
  async add(
    file: string,
    scan: FileScan,
    extra: (f: LocatedFinding, i: number) => Partial<ReportedFinding> = () => ({}),
    source?: () => Source,
  ): Promise<void> {
    this.scanned++;
    this.suppressed += scan.suppressed;
    if (!scan.findings.length) return;
    if (!this.writer) {
      this.accepted.set(
        this.keyOf(path.resolve(this.cwd, file)),
        scan.findings.map((l) => l.finding.fingerprint),
      );
      this.acceptedCount += scan.findings.length;
      return;
    }
    let kept: ReportedFinding[] = [];
    const index: number[] = [];
    scan.findings.forEach((f, i) => {
      if (this.baseline.has(f.finding.fingerprint)) this.baselined++;
      else {
        kept.push({ ...f, ...extra(f, i) });
        index.push(i);
      }
    });
    if (this.verifier && kept.length)
      kept = await this.verifier.verify(kept, source ?? (() => ({ text: readWorkingFile(path.resolve(this.cwd, file)) })), (i) => index[i]);
    await this.writer.file(file, kept);
  }

  excluded(file: string): boolean {
    return picomatch.isMatch(file, this.options.exclude, { dot: true });
  }
}

/** `--staged`: the staged version of each staged file; every finding is uncommitted. */
async function scanStaged(run: Run, repo: string): Promise<void> {
  for (const file of await stagedFiles(repo)) {
    const abs = path.join(repo, file);
    if (run.excluded(file)) continue;
    const text = await stagedContent(repo, file);
    if (text === undefined) continue;
    const scan = scanFileText(text, { path: file, maxFileSize: run.options.maxFileSize });
    for (const reason of scan.partial ?? []) run.skipped.push({ file: run.relOf(abs), reason });
    if (scan.skipped) run.skipped.push({ file: run.relOf(abs), reason: scan.skipped });
    else
      await run.add(
        run.relOf(abs),
        scan,
        () => ({ gitState: 'uncommitted' }),
        () => ({ text, at: (i) => scan.findings[i] }),
      );
  }
}

/** The findings on one hunk's added lines, with the text scanned (for --verify). */
async function scanHunk(run: Run, repo: string, hunk: AddedHunk): Promise<{ scan: FileScan; source: () => Source }> {
  const maxFileSize = run.options.maxFileSize;
  if (hunk.file.toLowerCase().endsWith('.ipynb')) {
    // Added lines of a notebook are fragments of JSON: scan the notebook as that commit has
    // it and keep the findings on the added lines (positions are the file's already).
    const whole = await git(repo, ['show', `${hunk.commit}:${hunk.file}`]);
    const full =
      whole === undefined
        ? { findings: [], suppressed: 0, skipped: 'not scanned: git could not show the notebook' }
        : scanFileText(whole, { path: hunk.file, maxFileSize });
    const added = new Set(hunk.lines.map((l) => l.line - 1));
    const scan = { ...full, findings: full.findings.filter((f) => added.has(f.line)) };
    return { scan, source: () => ({ text: whole, at: (i) => scan.findings[i] }) };
  }
  // Only the added lines are scanned, in the file's language; lines map back to the file at that commit.
  const text = hunk.lines.map((l) => l.text).join('\n');
  const joined = scanFileText(text, { path: hunk.file, maxFileSize });
  const scan = {
    ...joined,
    findings: joined.findings.map((f) => ({ ...f, line: hunk.lines[f.line].line - 1, endLine: hunk.lines[f.endLine].line - 1 })),
  };
  return { scan, source: () => ({ text, at: (i) => joined.findings[i] }) };
}

/** `--git RANGE`: the lines added by those commits, each finding with its commit, date and state. */
async function scanRange(run: Run, repo: string, range: string): Promise<void> {
  const states = new GitStates(repo);
  if (range.startsWith('-')) throw new UsageError(`--git takes a revision range such as origin/main..HEAD, not "${range}"`);
  for (const hunk of await addedLines(repo, range)) {
    const file = run.relOf(path.join(repo, hunk.file));
    if (run.excluded(hunk.file)) continue;
    const { scan, source } = await scanHunk(run, repo, hunk);
    if (scan.skipped) {
      run.skipped.push({ file, reason: `${scan.skipped} (lines added in ${hunk.commit.slice(0, 7)})` });
      continue;
    }
    // Only commits that added a secret are asked about (one git process each).
    const state = scan.findings.length ? await states.commitState(hunk.commit) : 'committed';
    await run.add(file, scan, () => ({ commit: hunk.commit, date: hunk.date, gitState: state }), source);
  }
}

/**
 * Files go to the report in order while their git states are looked up together (one git
 * process for many files): at most `files` files and `findings` findings wait.
 */
class OrderedReport {
  private readonly pending: { ready: Promise<() => Promise<void>>; findings: number; key: string }[] = [];
  private waiting = 0;

  constructor(private readonly states: GitStates | undefined) {}

  async push(ready: Promise<() => Promise<void>>, findings: number, key: string): Promise<void> {
    this.pending.push({ ready, findings, key });
    this.waiting += findings;
    await this.flush(WAITING_FILES, WAITING_FINDINGS);
  }

  async flush(files = 0, findings = 0): Promise<void> {
    while (this.pending.length > files || this.waiting > findings) {
      const head = this.pending.shift()!;
      this.waiting -= head.findings;
      // While it waits, its lookup goes to git with whatever else waits (checked every 5 ms:
      // it may still be on its way to the queue). The timer is cleared at once so it holds nothing.
      let settled = false;
      void head.ready.then(() => (settled = true));
      while (!settled) {
        this.states?.flush(head.key);
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          timer = setTimeout(resolve, 5);
          void head.ready.then(() => resolve());
        });
        clearTimeout(timer);
      }
      await (
        await head.ready
      )();
    }
  }
}

/** The files under one path given on the command line, scanned on every core, reported in order with their git states. */
async function scanRoot(run: Run, r: string, seen: Set<string>): Promise<void> {
  // Git states come from the repository holding this path: a submodule scanned on its own
  // answers for its files (the outer repository would call them all uncommitted). The file list
  // comes first (the scan waits for it; git runs at most MAX_GIT processes at once); the
  // repository-wide git calls start next and run while the files are scanned.
  const stat = fs.statSync(r);
  const dir = path.resolve(stat.isDirectory() ? r : path.dirname(r));
  const own = !run.repo ? undefined : dir === process.cwd() ? run.repo : await repoRoot(dir);
  const stateRepo = own ?? run.repo;
  const listing = await listFiles(r, { gitignore: run.options.gitignore, exclude: run.options.exclude });
  const states = stateRepo ? new GitStates(stateRepo, true).prepare() : undefined;
  const stateKey = (abs: string) => (stateRepo === run.repo ? run.keyOf(abs) : path.relative(stateRepo!, abs).split(path.sep).join('/'));
  for (const n of listing.notScanned) {
    if (seen.has(n.path)) continue;
    seen.add(n.path);
    run.skipped.push({ file: run.relOf(n.path), reason: n.reason });
  }
  const jobs: FileJob[] = [];
  for (const abs of listing.files) {
    if (seen.has(abs)) continue;
    seen.add(abs);
    jobs.push({ abs, rel: run.relOf(abs), key: run.keyOf(abs), blob: states !== undefined });
  }
  const report = new OrderedReport(states);
  let i = 0;
  for await (const outcome of scanStream(jobs, run.options.maxFileSize, run.options.threads)) {
    const job = jobs[i++];
    if ('skipped' in outcome) {
      run.skipped.push({ file: outcome.rel, reason: outcome.skipped });
      continue;
    }
    // A line examined only in part is said, like a skipped file (the file is still counted as scanned).
    for (const reason of outcome.scan.partial ?? []) run.skipped.push({ file: outcome.rel, reason });
    const { scan, blob } = outcome;
    if (!scan.findings.length) {
      await run.add(outcome.rel, scan); // counted, nothing to write
      continue;
    }
    if (!states || !run.writer)
      await report.push(
        Promise.resolve(() => run.add(outcome.rel, scan)),
        scan.findings.length,
        job.key,
      );
    else {
      const lookup = states.statesOf(
        stateKey(job.abs),
        blob ? { blob } : undefined,
        scan.findings.map((f) => f.line + 1),
      );
      const ready = lookup.then(
        (gitStates) => () =>
          run.add(outcome.rel, scan, (_f, index) => {
            const g = gitStates[index];
            return { gitState: g.state, ...(g.commit ? { commit: g.commit } : {}) };
          }),
      );
      await report.push(ready, scan.findings.length, job.key);
    }
  }
  await report.flush();
}

/** `keywarden baseline`: only the paths scanned now are replaced; the rest of the baseline stays as it was. */
function writeBaseline(run: Run): number {
  const o = run.options;
  const scopes = o.roots.map((r) => path.relative(run.root, path.resolve(r)).split(path.sep).join('/'));
  const file = updateBaseline(run.root, o.staged || o.range !== undefined ? [] : scopes, run.accepted);
  const n = run.acceptedCount;
  process.stdout.write(`Wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${run.relOf(file)}: scans will not report these findings again.\n`);
  return 0;
}

/** The report's end and the exit code; a file named on the command line that was not scanned is said why. */
async function finishScan(run: Run): Promise<number> {
  const o = run.options;
  await run.writer!.end({ scanned: run.scanned, skipped: run.skipped, suppressed: run.suppressed, baselined: run.baselined });
  await run.output!.close();
  const named = new Set(o.roots.filter((r) => fs.statSync(r).isFile()).map((r) => run.relOf(path.resolve(r))));
  for (const s of run.skipped) if (o.verbose || named.has(s.file)) process.stderr.write(`${s.file}: ${s.reason}\n`);
  if (o.failOn === 'live') return run.verifier && run.verifier.live > 0 ? 1 : 0;
  return run.writer!.findings > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'number') return options;
  const repo = await repoRoot(process.cwd());
  const run = new Run(options, repo);
  if (options.staged || options.range !== undefined) {
    if (!repo) throw new UsageError(`${options.staged ? '--staged' : '--git'} needs a git repository`);
    if (options.staged) await scanStaged(run, repo);
    else await scanRange(run, repo, options.range!);
  } else {
    const seen = new Set<string>();
    for (const r of options.roots) await scanRoot(run, r, seen);
  }
  return options.command === 'baseline' ? writeBaseline(run) : finishScan(run);
}

/** At most this many files with findings, and findings, wait for their git states before the first is written. */
const WAITING_FILES = 256;
const WAITING_FINDINGS = 5000;

/** Standard output or a file, written in chunks; waits when standard output is full (a slow pipe). */
function sinkFor(file: string | undefined): { sink: Sink; close(): Promise<void> } {
  const fd = file === undefined ? undefined : fs.openSync(file, 'w');
  let buffer = '';
  const flush = async () => {
    const text = buffer;
    buffer = '';
    if (!text) return;
    if (fd !== undefined) fs.writeSync(fd, text);
    else if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  return {
    sink: {
      write(text: string) {
        buffer += text;
        return buffer.length >= 1 << 16 ? flush() : undefined;
      },
    },
    async close() {
      await flush();
      if (fd !== undefined) fs.closeSync(fd);
    },
  };
}

if (!serveIfWorker())
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (thrown: unknown) => {
      const err = argumentError(thrown as { code?: string }) ?? thrown;
      const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`keywarden: ${(err as Error).message}\n${usage ? "Run 'keywarden --help' for usage.\n" : ''}`);
      process.exitCode = 2;
    },
  );
