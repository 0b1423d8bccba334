/**
 * Speed figures of the linter (issue targets in brackets), measured over real LSP and the real
 * CLI bundle. Prints a table and writes bench/out/speed.json. Not a test: it never fails on a
 * slow machine, it reports.
 *
 *   npx tsx bench/speed.ts [--corpus DIR]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LspClient, now } from '../test/lsp/lspClient';

const ROOT = path.join(__dirname, '..');
const CORPUS = process.argv.includes('--corpus')
  ? process.argv[process.argv.indexOf('--corpus') + 1]
  : path.join(ROOT, '../shared/benchmark/creddata/corpus');
const ARTHUR_KEY = Buffer.from('8c1f5a2e-7d4b-4f3a-9e6c-2b1d0a9f8e7d:Xk3vQ9mLp2Rt8Wy4Un6Bq1Sd7Fh0Jk5Gc3Ea9Xv2ZmQ').toString('base64');

/** A realistic 10,000-line Python module: functions, dicts, config reads, a few secrets. */
export function tenThousandLines(): string {
  const out: string[] = ['import os', 'import requests', ''];
  for (let i = 0; out.length < 10_000; i++) {
    out.push(
      `def handler_${i}(event, context):`,
      `    """Handle event ${i}."""`,
      `    url = f"https://api.example.com/v1/items/{event['id']}"`,
      `    headers = {"Content-Type": "application/json", "X-Request": "${i}"}`,
      i % 50 === 0 ? `    api_key = "${ARTHUR_KEY}"` : `    api_key = os.environ["ARTHUR_API_KEY"]`,
      `    resp = requests.get(url, headers=headers, timeout=${10 + (i % 5)})`,
      `    return {"status": resp.status_code, "count": len(resp.json())}`,
      '',
    );
  }
  return out.slice(0, 10_000).join('\n') + '\n';
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function lspLatency() {
  const client = new LspClient();
  await client.initialize(ROOT);
  const uri = `file://${ROOT}/bench/ten-thousand.py`;
  const text = tenThousandLines();
  // Warm the server's code paths on another document first, as an editor would have.
  await client.open(`file://${ROOT}/bench/warm.py`, 'python', text);
  const t0 = now();
  const opened = await client.open(uri, 'python', text);
  const first = opened.at - t0;
  const edits: number[] = [];
  const pastes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const line = 3 + ((i * 37) % 9_900);
    const pos = { line, character: 4 };
    const t = now();
    const p = await client.change(uri, { start: pos, end: pos }, 'x');
    edits.push(p.at - t);
    await client.change(uri, { start: pos, end: { line, character: 5 } }, ''); // undo, so lines stay put
  }
  for (let i = 0; i < 50; i++) {
    const line = 5 + ((i * 53) % 9_900);
    const pos = { line, character: 0 };
    const paste = `    token = "${ARTHUR_KEY}"\n`;
    const t = now();
    await client.change(uri, { start: pos, end: pos }, paste);
    pastes.push(now() - t);
    await client.change(uri, { start: pos, end: { line: line + 1, character: 0 } }, '');
  }
  await client.close();
  return {
    firstDiagnosticsMs: first,
    findingsOnOpen: opened.diagnostics.length,
    editP50Ms: pct(edits, 50),
    editP95Ms: pct(edits, 95),
    pasteP50Ms: pct(pastes, 50),
    pasteP95Ms: pct(pastes, 95),
  };
}

function cliThroughput() {
  if (!fs.existsSync(CORPUS)) return undefined;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += fs.statSync(p).size;
    }
  };
  walk(CORPUS);
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 3; i++) {
    const t = now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--no-gitignore', '--format', 'json', '.'], {
      cwd: CORPUS,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    runs.push(now() - t);
    if (r.status === 2) throw new Error(`CLI failed: ${r.stderr}`);
    findings = (JSON.parse(r.stdout) as unknown[]).length;
  }
  const best = Math.min(...runs);
  return { corpusMB: bytes / 1e6, wallSeconds: best / 1000, mbPerSecond: bytes / 1e6 / (best / 1000), findings };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) throw new Error('run `npm run build` first');
  const lsp = await lspLatency();
  const cli = cliThroughput();
  const rows: [string, string, string][] = [
    ['LSP first diagnostics, 10,000-line file', `${lsp.firstDiagnosticsMs.toFixed(1)} ms`, '< 50 ms'],
    ['LSP after 1-char edit, p50', `${lsp.editP50Ms.toFixed(2)} ms`, '< 5 ms'],
    ['LSP after 1-char edit, p95', `${lsp.editP95Ms.toFixed(2)} ms`, '< 15 ms'],
    ['LSP after pasting a secret, p50 / p95', `${lsp.pasteP50Ms.toFixed(2)} / ${lsp.pasteP95Ms.toFixed(2)} ms`, ''],
  ];
  if (cli)
    rows.push([
      `CLI throughput (${cli.corpusMB.toFixed(1)} MB corpus, best of 3)`,
      `${cli.mbPerSecond.toFixed(1)} MB/s (${cli.wallSeconds.toFixed(2)} s)`,
      '>= 80 MB/s',
    ]);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'measure'.padEnd(w)}  ${'result'.padEnd(26)}  target`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(26)}  ${c}`);
  fs.mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/out/speed.json'), JSON.stringify({ date: new Date().toISOString(), lsp, cli }, null, 2));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
