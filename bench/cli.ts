/**
 * One timed run of the CLI for the benchmarks: `keywarden scan .` in a folder, the report written
 * to a file, with the process's wall time, CPU time (user + system, worker threads included) and
 * peak resident memory (reported by bench/maxrss.cjs as it exits).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

export interface Timed {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
}

/** Scans `dir` (as a user's `keywarden scan .` there) with `cli` (default: this build), the JSON report to `out`. */
export function cliScan(dir: string, out: string, extra: string[] = [], cli = path.join(ROOT, 'dist/cli.js')): Timed {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(ROOT, 'bench/maxrss.cjs'), cli, 'scan', '.', '--format', 'json', '--output', out, ...extra],
    { cwd: dir, encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`keywarden failed in ${dir}: ${r.stderr}`);
  const kb = /keywarden-bench-maxrss-kb (\d+)/.exec(r.stderr);
  const us = /keywarden-bench-cpu-us (\d+)/.exec(r.stderr);
  return { seconds, cpuSeconds: us ? Number(us[1]) / 1e6 : NaN, maxRssMB: kb ? Number(kb[1]) / 1024 : NaN };
}
