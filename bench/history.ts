/**
 * `npx tsx bench/history.ts [commits]`: builds a throwaway repository with N commits (default
 * 10,000; git fast-import, a few seconds), a secret added every 500 commits, then times
 * `keywarden scan --git <all>` over the whole history. Prints the figure (target: < 60 s).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const N = Number(process.argv[2] ?? 10_000);
const ROOT = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-history-'));
try {
  execFileSync('git', ['init', '-q', '-b', 'main', tmp]);
  const lines: string[] = [];
  let mark = 0;
  for (let i = 0; i < N; i++) {
    const file = `src/module_${i % 200}.py`;
    const secret =
      i % 500 === 0
        ? `\napi_key = "${Buffer.from(`1e2d3c4b-5a69-4788-9a0b-${String(i).padStart(12, '0')}:Pq7Rs6Tu5Vw4Xy3Za2Bc1De0Fg_Hi-Jk9Lm8N`).toString('base64')}"`
        : '';
    const body = `# revision ${i}\ndef handler_${i}(event):\n    return {"id": event["id"], "n": ${i}}\n${secret}\n`;
    lines.push(
      `commit refs/heads/main\nmark :${++mark}\ncommitter KeyWarden <kw@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(`commit ${i}`)}\ncommit ${i}\n${i > 0 ? `from :${mark - 1}\n` : ''}M 100644 inline ${file}\ndata ${Buffer.byteLength(body)}\n${body}\n`,
    );
  }
  execFileSync('git', ['-C', tmp, 'fast-import', '--quiet'], { input: lines.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['-C', tmp, 'checkout', '-q', 'main']);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--git', 'main', '--format', 'json'], {
    cwd: tmp,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (Date.now() - t0) / 1000;
  if (r.status === 2) throw new Error(r.stderr);
  const findings = JSON.parse(r.stdout).length;
  console.log(
    `history scan of ${N.toLocaleString()} commits: ${seconds.toFixed(1)} s, ${findings} secrets found (expected ${Math.ceil(N / 500)}); target < 60 s`,
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
