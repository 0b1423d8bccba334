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
import { scanAll, serveIfWorker, type FileJob } from './pool';
import { toJson, toSarif, toText, type FileReport, type Report } from './formats';

declare const KEYWARDEN_VERSION: string | undefined;
const VERSION = typeof KEYWARDEN_VERSION === 'string' ? KEYWARDEN_VERSION : 'dev';

const USAGE = `Usage: keywarden scan [paths...] [options]

Scan files for hard-coded keys, tokens and passwords. Paths default to the current
folder; folders are walked with .gitignore respected (git's own file list in a repository).

Options:
  --format text|json|sarif  Output format (default: text). json is an array of findings;
                            sarif is SARIF 2.1.0 for GitHub code scanning.
  --output FILE             Write the report to FILE instead of standard output.
  --no-gitignore            Also scan files that .gitignore excludes.
  --exclude GLOB            Leave out files matching GLOB (repeatable).
  --max-file-size BYTES     Skip files larger than this (default: ${DEFAULT_SETTINGS.maxFileSize}).
  --jobs N                  Scan with N worker threads (default: one per core; 1 = no workers).
  --verbose                 List skipped files (too large, binary, lockfiles) on stderr.
  -h, --help                Show this help.
  -v, --version             Show the version.

Exit codes: 0 no findings, 1 findings, 2 error.
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
      verbose: { type: 'boolean', default: false },
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
  if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_SETTINGS.maxFileSize : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');

  const threads = values.jobs === undefined ? undefined : Number(values.jobs);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--jobs must be a whole number of at least 1');

  const roots = paths.length ? paths : ['.'];
  for (const r of roots) if (!fs.existsSync(r)) throw new UsageError(`no such file or folder: ${r}`);

  const cwd = process.cwd();
  const files: FileReport[] = [];
  const skipped: Report['skipped'] = [];
  let scanned = 0;
  let suppressed = 0;
  const seen = new Set<string>();
  for (const root of roots) {
    const list = await listFiles(root, { gitignore: !values['no-gitignore'], exclude: [...DEFAULT_SETTINGS.exclude, ...values.exclude] });
    const jobs: FileJob[] = [];
    for (const abs of list) {
      if (seen.has(abs)) continue;
      seen.add(abs);
      jobs.push({ abs, rel: path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs) });
    }
    for (const outcome of await scanAll(jobs, maxFileSize, threads)) {
      if ('skipped' in outcome) {
        skipped.push({ file: outcome.rel, reason: outcome.skipped });
        continue;
      }
      scanned++;
      suppressed += outcome.scan.suppressed;
      if (outcome.scan.findings.length) files.push({ file: outcome.rel, findings: outcome.scan.findings });
    }
  }
  const report: Report = { files, scanned, skipped, suppressed };
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
