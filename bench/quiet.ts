/**
 * False alarms on ordinary code and recall where it matters, for `npm run bench` (bench/run.ts)
 * and on their own: `node --require tsx/cjs bench/quiet.ts` (builds nothing: run `npm run build`).
 *
 * - The quiet corpus (bench/quiet-corpus.mjs fetches it; pinned npm and Debian packages with no
 *   secrets meant to be in them): findings per 10 MB, each matched against the reviewed list in
 *   docs/quiet-corpus.md, so the figure says how many are known false, known true, and new.
 * - CredData recall on the True lines that are not UUID-only (CredData labels nearly every UUID a
 *   credential; see README), the figure the quiet-corpus work must not lower.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
export const QUIET_CORPUS = path.join(ROOT, 'bench/quiet-corpus');
const REVIEW = path.join(ROOT, 'docs/quiet-corpus.md');
/** The shared benchmark beside the repository (also from a worktree one level further down). */
const CREDDATA =
  [path.join(ROOT, '../shared/benchmark/creddata'), path.join(ROOT, '../../shared/benchmark/creddata')].find((p) => fs.existsSync(p)) ??
  path.join(ROOT, '../shared/benchmark/creddata');

interface CliFinding {
  file: string;
  line: number;
  ruleId: string;
}

export interface QuietFigures {
  megabytes: number;
  findings: number;
  perTenMB: number;
  reviewedFalse: number;
  reviewedTrue: number;
  unreviewed: { file: string; line: number; ruleId: string }[];
  falsePerTenMB: number;
}

function scanJson(dir: string, out: string): CliFinding[] {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'scan', '.', '--no-gitignore', '--format', 'json', '--output', out],
    { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (r.status === 2) throw new Error(`keywarden failed: ${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/** Bytes of the files the scanner reads as text (no NUL in the first 8 KB, as the core decides). */
function textBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const fd = fs.openSync(p, 'r');
    const head = Buffer.alloc(8192);
    const n = fs.readSync(fd, head, 0, 8192, 0);
    fs.closeSync(fd);
    if (!head.subarray(0, n).includes(0)) total += fs.statSync(p).size;
  }
  return total;
}

/**
 * The reviewed list: table rows `| true/false | rule | file:line | … |` in docs/quiet-corpus.md.
 * A finding is known when its rule, file and line are listed.
 */
function reviewed(): Map<string, 'true' | 'false'> {
  const out = new Map<string, 'true' | 'false'>();
  if (!fs.existsSync(REVIEW)) return out;
  for (const m of fs.readFileSync(REVIEW, 'utf8').matchAll(/^\| (true|false) \| `([a-z0-9-]+)` \| `([^`]+):(\d+)` \|/gm))
    out.set(`${m[2]} ${m[3]}:${m[4]}`, m[1] as 'true' | 'false');
  return out;
}

export function quietCorpus(): QuietFigures | undefined {
  if (!fs.existsSync(QUIET_CORPUS)) return undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-quiet-'));
  try {
    const findings = scanJson(QUIET_CORPUS, path.join(tmp, 'quiet.json'));
    const mb = textBytes(QUIET_CORPUS) / 1e6;
    const known = reviewed();
    let reviewedFalse = 0;
    let reviewedTrue = 0;
    const unreviewed: QuietFigures['unreviewed'] = [];
    for (const f of findings) {
      const verdict = known.get(`${f.ruleId} ${f.file}:${f.line}`);
      if (verdict === 'false') reviewedFalse++;
      else if (verdict === 'true') reviewedTrue++;
      else unreviewed.push({ file: f.file, line: f.line, ruleId: f.ruleId });
    }
    // Unreviewed findings count as false until someone has looked at them.
    return {
      megabytes: mb,
      findings: findings.length,
      perTenMB: (findings.length / mb) * 10,
      reviewedFalse,
      reviewedTrue,
      unreviewed,
      falsePerTenMB: ((reviewedFalse + unreviewed.length) / mb) * 10,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export interface RecallFigures {
  recall: number;
  tTotal: number;
  tFound: number;
  nonUuidRecall: number;
  nonUuidTotal: number;
  nonUuidFound: number;
}

/**
 * Recall on CredData's True lines, all and without the UUID-only ones, from a CLI JSON report of
 * the CredData corpus. Same unit as the corpus's scorer: a True label (file, first line) is found
 * when a finding is on one of its lines.
 */
export function credDataRecall(findings: CliFinding[]): RecallFigures {
  const lines = new Set(findings.map((f) => `${f.file.replace(/\\/g, '/')}:${f.line}`));
  const units = new Map<string, { cats: Set<string>; hit: boolean }>();
  for (const row of fs.readFileSync(path.join(CREDDATA, 'labels.jsonl'), 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const l = JSON.parse(row) as { file: string; line: number; line_end: number; truth: string; category: string };
    if (l.truth !== 'T') continue;
    const key = `${l.file}|${l.line}`;
    let u = units.get(key);
    if (!u) units.set(key, (u = { cats: new Set(), hit: false }));
    for (const c of String(l.category || '').split(':')) if (c) u.cats.add(c);
    for (let ln = l.line; ln <= Math.max(l.line, l.line_end); ln++) if (lines.has(`${l.file}:${ln}`)) u.hit = true;
  }
  const all = [...units.values()];
  const nonUuid = all.filter((u) => !(u.cats.size === 1 && u.cats.has('UUID')));
  const found = (us: typeof all) => us.filter((u) => u.hit).length;
  return {
    recall: found(all) / all.length,
    tTotal: all.length,
    tFound: found(all),
    nonUuidRecall: found(nonUuid) / nonUuid.length,
    nonUuidTotal: nonUuid.length,
    nonUuidFound: found(nonUuid),
  };
}

export function printQuiet(q: QuietFigures | undefined): void {
  if (!q) {
    console.log('\nquiet corpus: not fetched (node bench/quiet-corpus.mjs), skipped');
    return;
  }
  console.log(`\nquiet corpus (${q.megabytes.toFixed(1)} MB of text): ${q.findings} findings, ${q.perTenMB.toFixed(2)} per 10 MB`);
  console.log(
    `  reviewed in docs/quiet-corpus.md: ${q.reviewedFalse} false, ${q.reviewedTrue} true; not reviewed yet: ${q.unreviewed.length}`,
  );
  console.log(`  false findings per 10 MB (unreviewed counted as false): ${q.falsePerTenMB.toFixed(2)} (target <= 1)`);
  for (const u of q.unreviewed.slice(0, 20)) console.log(`  not reviewed: ${u.ruleId} ${u.file}:${u.line}`);
  if (q.unreviewed.length > 20) console.log(`  … and ${q.unreviewed.length - 20} more`);
}

if (require.main === module) {
  const q = quietCorpus();
  printQuiet(q);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-recall-'));
  try {
    const r = credDataRecall(scanJson(path.join(CREDDATA, 'corpus'), path.join(tmp, 'creddata.json')));
    console.log(
      `\nCredData recall: ${r.recall.toFixed(3)} (${r.tFound}/${r.tTotal}); without UUID-only lines: ${r.nonUuidRecall.toFixed(3)} (${r.nonUuidFound}/${r.nonUuidTotal}; target >= 0.90 at lenient precision >= 0.95)`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
