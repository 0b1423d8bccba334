/**
 * Throughput of this build against another revision, on the same machine in the same minutes:
 * the two CLIs alternate on a plain copy of the CredData corpus, and the medians of wall and
 * CPU time (user + system, worker threads included) are printed with their change. A shared
 * machine's speed moves by a fifth from one minute to the next; alternating many rounds is what
 * makes a difference of a few percent visible.
 *
 *   npm run bench:ab -- <revision> [--rounds N] [-- <extra scan options>]
 *   npm run bench:ab -- --drop-rules id,id,... | --drop-rules-since <revision> [--rounds N]
 *
 * `<revision>` is built in a temporary git worktree (node_modules linked from here).
 * `--drop-rules` builds this tree's sources with those rules left out instead, and
 * `--drop-rules-since` leaves out the rules added since a revision: the cost of rules themselves,
 * when they find nothing on the corpus (the reports are then identical, which is checked).
 * `npm run bench` runs both against the build before issues 15 and 18.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliScan } from './cli';

const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '../shared/benchmark/creddata/corpus');

/** Rule files (one per rule, named by its id) in this tree that `revision` does not have. */
export function rulesAddedSince(revision: string): string[] {
  const ids = (files: string[]) =>
    files
      .map((f) => path.basename(f))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.examples.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
  const then = new Set(
    ids(execFileSync('git', ['ls-tree', '--name-only', revision, 'server/src/core/rules/'], { cwd: ROOT, encoding: 'utf8' }).split('\n')),
  );
  return ids(fs.readdirSync(path.join(ROOT, 'server/src/core/rules'))).filter((id) => !then.has(id));
}

export interface AbOptions {
  revision?: string;
  dropRules?: string[];
  rounds: number;
  extra: string[];
  /** The CredData corpus (default: ../shared/benchmark/creddata/corpus). */
  corpus?: string;
}

function parse(argv: string[]): AbOptions {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const options: AbOptions = { rounds: 21, extra: dash < 0 ? [] : argv.slice(dash + 1) };
  for (let i = 0; i < own.length; i++) {
    if (own[i] === '--rounds') options.rounds = Number(own[++i]);
    else if (own[i] === '--drop-rules') options.dropRules = own[++i].split(',').filter(Boolean);
    else if (own[i] === '--drop-rules-since') options.dropRules = rulesAddedSince(own[++i]);
    else options.revision = own[i];
  }
  if (!options.revision && !options.dropRules)
    throw new Error('usage: npm run bench:ab -- <revision> | --drop-rules id,id,... [--rounds N]');
  return options;
}

/** The other build: a revision in a worktree, or this tree with rules left out; returns its dist/cli.js. */
function otherBuild(options: AbOptions, tmp: string): string {
  const dir = path.join(tmp, 'other');
  if (options.revision) execFileSync('git', ['worktree', 'add', '--detach', dir, options.revision], { cwd: ROOT, stdio: 'ignore' });
  else {
    fs.cpSync(ROOT, dir, { recursive: true, filter: (src) => !/\/(node_modules|dist|\.git|bench\/quiet-corpus)$/.test(src) });
    const index = path.join(dir, 'server/src/core/rules/index.ts');
    const text = fs
      .readFileSync(index, 'utf8')
      .replace('export const ALL_RULES: readonly Rule[] = [', 'const EVERY_RULE: readonly Rule[] = [');
    const drop = JSON.stringify(options.dropRules);
    fs.writeFileSync(index, `${text}\nexport const ALL_RULES: readonly Rule[] = EVERY_RULE.filter((r) => !${drop}.includes(r.id));\n`);
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: dir, stdio: 'ignore' });
  return path.join(dir, 'dist/cli.js');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface AbResult {
  /** What this build was compared with: the revision, or "without N rules". */
  readonly against: string;
  readonly rounds: number;
  readonly wall: { readonly other: number; readonly this: number; readonly change: number };
  readonly cpu: { readonly other: number; readonly this: number; readonly change: number };
  /** With --drop-rules: whether both builds wrote the same report. */
  readonly sameReport?: boolean;
}

/** Alternates the two builds `rounds` times; medians and their relative change (0.03 = 3% slower now). */
export function abThroughput(options: AbOptions, progress: (round: number) => void = () => undefined): AbResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-ab-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    fs.cpSync(options.corpus ?? CORPUS, corpus, { recursive: true });
    const builds = { other: otherBuild(options, tmp), this: path.join(ROOT, 'dist/cli.js') };
    const runs: Record<keyof typeof builds, { wall: number; cpu: number }[]> = { other: [], this: [] };
    for (let i = 0; i < options.rounds; i++) {
      for (const name of ['other', 'this'] as const) {
        const r = cliScan(corpus, path.join(tmp, `${name}.json`), ['--no-gitignore', ...options.extra], builds[name]);
        runs[name].push({ wall: r.seconds, cpu: r.cpuSeconds });
      }
      progress(i + 1);
    }
    const read = (name: string) => fs.readFileSync(path.join(tmp, `${name}.json`), 'utf8');
    const figure = (key: 'wall' | 'cpu') => {
      const other = median(runs.other.map((r) => r[key]));
      const now = median(runs.this.map((r) => r[key]));
      return { other, this: now, change: now / other - 1 };
    };
    return {
      against: options.revision ?? `without ${options.dropRules!.length} rules`,
      rounds: options.rounds,
      wall: figure('wall'),
      cpu: figure('cpu'),
      ...(options.dropRules ? { sameReport: read('other') === read('this') } : {}),
    };
  } finally {
    if (options.revision) spawnSync('git', ['worktree', 'remove', '--force', path.join(tmp, 'other')], { cwd: ROOT, stdio: 'ignore' });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

/** One line of figures, as the bench prints it. */
export function abLine(r: AbResult): string {
  return `wall ${r.wall.other.toFixed(2)} -> ${r.wall.this.toFixed(2)} s (${pct(r.wall.change)}), CPU ${r.cpu.other.toFixed(2)} -> ${r.cpu.this.toFixed(2)} s (${pct(r.cpu.change)})`;
}

if (require.main === module) {
  const options = parse(process.argv.slice(2));
  const r = abThroughput(options, (i) => void process.stdout.write(`\r  round ${i}/${options.rounds}`));
  process.stdout.write('\n');
  if (r.sameReport === false) console.log('  note: the reports differ (the dropped rules find something on the corpus)');
  console.log(`medians of ${r.rounds} alternated rounds (${r.against} -> this build): ${abLine(r)}`);
}
