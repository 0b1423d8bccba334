/**
 * The bench where users are (issue 17): the corpus committed in a throwaway repository (pushed
 * to a bare remote, then a commit not pushed, then uncommitted edits) beside the plain folder
 * and secretlint in the same minutes; a 10-fold committed tree for throughput and peak memory;
 * 200,000 findings against 2,000 in trees of the same size for the report's memory; and
 * "Scan workspace" over LSP on the committed corpus. Called by bench/run.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LspClient, now } from '../test/lsp/lspClient';
import { cliScan, type Timed } from './cli';
import { committedTree } from './gitTree';

const best = (xs: Timed[]) => xs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

/**
 * The corpus in a plain folder and committed in a repository, and secretlint on the plain
 * folder, alternated `runs` times: best times, the git overhead ratio and git vs secretlint.
 */
export function corpusInGit(
  corpus: string,
  tmp: string,
  mb: number,
  runs: number,
  secretlint: () => { seconds: number; status: number | null },
) {
  const work = committedTree(corpus, path.join(tmp, 'corpus-git'));
  const plain: Timed[] = [];
  const inGit: Timed[] = [];
  const sl: number[] = [];
  for (let i = 0; i < runs; i++) {
    console.log(`  git run ${i + 1}/${runs} …`);
    // --no-gitignore in the plain folder: the corpus has no .gitignore; the repository uses git's file list.
    plain.push(cliScan(corpus, path.join(tmp, 'plain.json'), ['--no-gitignore']));
    inGit.push(cliScan(work, path.join(tmp, 'git.json')));
    sl.push(secretlint().seconds);
  }
  const findings = JSON.parse(fs.readFileSync(path.join(tmp, 'git.json'), 'utf8')) as { gitState: string }[];
  const states: Record<string, number> = {};
  for (const f of findings) states[f.gitState] = (states[f.gitState] ?? 0) + 1;
  const p = best(plain);
  const g = best(inGit);
  const s = Math.min(...sl);
  return {
    work,
    plainSeconds: p.seconds,
    gitSeconds: g.seconds,
    secretlintSeconds: s,
    gitOverhead: g.seconds / p.seconds,
    gitVsSecretlint: s / g.seconds,
    gitMBps: mb / g.seconds,
    gitMaxRssMB: g.maxRssMB,
    states,
    allRuns: { plain: plain.map((x) => x.seconds), git: inGit.map((x) => x.seconds), secretlint: sl },
  };
}

/** `copies` copies of the corpus committed (and pushed, with edits): one scan, throughput and peak RSS. */
export function tenFold(corpus: string, tmp: string, mb: number, copies = 10) {
  const dir = path.join(tmp, 'tenfold');
  const work = committedTree(corpus, dir, { copies, unpushed: 50, edited: 50 });
  const r = cliScan(work, path.join(tmp, 'tenfold.json'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { copies, megabytes: mb * copies, seconds: r.seconds, mbPerSecond: (mb * copies) / r.seconds, maxRssMB: r.maxRssMB };
}

/**
 * Two committed trees of the same files, sizes and lines: in one every line is a GitHub token
 * (200,000 findings), in the other one line in a hundred (2,000). Peak RSS of a scan of each.
 */
export function findingsMemory(tmp: string) {
  const FILES = 200;
  const LINES = 1000;
  let seed = 17;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const token = () => Array.from({ length: 36 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');
  const build = (name: string, every: number) => {
    const src = path.join(tmp, `${name}-src`);
    for (let f = 0; f < FILES; f++) {
      const lines: string[] = [];
      for (let l = 0; l < LINES; l++) lines.push(l % every === 0 ? `k${l} = "ghp_${token()}"` : `n${l} = "plain-${'x'.repeat(34)}"`);
      fs.mkdirSync(path.join(src, `d${f % 10}`), { recursive: true });
      fs.writeFileSync(path.join(src, `d${f % 10}`, `f${f}.py`), lines.join('\n') + '\n');
    }
    const work = committedTree(src, path.join(tmp, name), { unpushed: 5, edited: 5 });
    fs.rmSync(src, { recursive: true, force: true });
    return work;
  };
  const many = build('findings-200k', 1);
  const few = build('findings-2k', 100);
  const count = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[]).length;
  const manyRun = cliScan(many, path.join(tmp, 'many.json'));
  const manyFindings = count(path.join(tmp, 'many.json'));
  const fewRun = cliScan(few, path.join(tmp, 'few.json'));
  const fewFindings = count(path.join(tmp, 'few.json'));
  fs.rmSync(path.join(tmp, 'findings-200k'), { recursive: true, force: true });
  fs.rmSync(path.join(tmp, 'findings-2k'), { recursive: true, force: true });
  return {
    many: { findings: manyFindings, maxRssMB: manyRun.maxRssMB, seconds: manyRun.seconds },
    few: { findings: fewFindings, maxRssMB: fewRun.maxRssMB, seconds: fewRun.seconds },
    ratio: manyRun.maxRssMB / fewRun.maxRssMB,
  };
}

/**
 * "Scan workspace" over real LSP on the committed corpus: first diagnostics, the scan's end,
 * the last git-state update; then a second scan cancelled a quarter of the way through (at most
 * after 1 s) and how long it took to stop.
 */
export async function scanWorkspace(work: string) {
  const client = new LspClient();
  try {
    await client.initialize(work);
    const published: { uri: string; at: number }[] = [];
    client.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => void published.push({ uri: p.uri, at: now() }));
    const params = { folders: [`file://${work}`], exclude: ['**/node_modules/**', '**/.git/**'], maxFileSize: 2_000_000 };
    const t0 = now();
    const result = (await client.conn.sendRequest('keywarden/scanWorkspace', params)) as {
      files: number;
      findings: number;
      cancelled: boolean;
    };
    const scanned = now() - t0;
    const cpu = () => {
      const fields = fs.readFileSync(`/proc/${client.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
    };
    const scanCpuSeconds = cpu();
    // Git states arrive after the scan: wait until no diagnostics have come for 2 s.
    let last = published.length;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      if (published.length === last) break;
      last = published.length;
    }
    const firstMs = published.length ? published[0].at - t0 : NaN;
    const lastMs = published.length ? published[published.length - 1].at - t0 : NaN;
    const source = new CancellationTokenSource();
    const cancelAfterMs = Math.round(Math.min(1000, scanned / 4));
    const t1 = now();
    const cancelled = client.conn.sendRequest('keywarden/scanWorkspace', params, source.token) as Promise<{ cancelled: boolean }>;
    setTimeout(() => source.cancel(), cancelAfterMs);
    const c = await cancelled.catch(() => ({ cancelled: true }));
    return {
      files: result.files,
      findings: result.findings,
      firstDiagnosticsMs: firstMs,
      scanMs: scanned,
      serverCpuSeconds: scanCpuSeconds,
      lastDiagnosticsMs: lastMs,
      publishes: published.length,
      cancelAfterMs,
      cancelStoppedAfterMs: now() - t1 - cancelAfterMs,
      cancelled: c.cancelled,
    };
  } finally {
    await client.close();
  }
}
