/**
 * In-process timing of the core scan over a folder (default: the CredData corpus), one thread, no
 * file I/O in the timed part: a steadier figure than the CLI's wall time for changes to the core.
 *
 *   node --require tsx/cjs bench/quiet-speed.ts [DIR] [--rounds N]
 */
import * as fs from 'fs';
import * as path from 'path';
import { scan } from '../server/src/core';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const dir =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ?? path.join(__dirname, '../../shared/benchmark/creddata/corpus');
const files: { path: string; text: string }[] = [];
for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
  if (!e.isFile()) continue;
  const p = path.join(e.parentPath, e.name);
  files.push({ path: path.relative(dir, p), text: fs.readFileSync(p, 'utf8') });
}
const times: number[] = [];
let findings = 0;
for (let r = 0; r < rounds; r++) {
  const t = process.hrtime.bigint();
  findings = 0;
  for (const f of files) findings += scan(f.text, { path: f.path }).findings.length;
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
console.log(
  `${files.length} files, ${findings} findings; ms per round: median ${times[times.length >> 1].toFixed(0)}, min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}`,
);
