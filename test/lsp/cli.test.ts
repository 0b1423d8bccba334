/**
 * The CLI bundle as a user runs it: `node dist/cli.js scan …` on throwaway folders.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const ARTHUR_KEY = Buffer.from('0f8e4c2a-9b1d-4e6f-8a3c-5d7b9e1f2a4c:Qm9vXk3LpT8sWz2Rn5Yb7Cd1Fg4Hj6Kl0Mq_Nv-Ps3U').toString('base64');
const DB_PASSWORD = 'Zr7!pQ2vLx9wT4sN';

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('keywarden scan (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-'));
    writeFileSync(path.join(dir, 'client.py'), `import os\n\nAPI_URL = "http://localhost:3030"\nclient_key = "${ARTHUR_KEY}"\n`);
    writeFileSync(path.join(dir, 'settings.yaml'), `db:\n  host: db.internal\n  password: ${DB_PASSWORD}\n`);
    writeFileSync(path.join(dir, 'clean.ts'), 'export const apiKey = process.env.ARTHUR_API_KEY;\n');
    mkdirSync(path.join(dir, 'build'));
    writeFileSync(path.join(dir, 'build', 'leak.js'), `const password = "${DB_PASSWORD}";\n`);
    writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
    const nb = {
      cells: [{ cell_type: 'code', source: ['import os\n', `api_key = "${ARTHUR_KEY}"\n`] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    };
    writeFileSync(path.join(dir, 'quickstart.ipynb'), JSON.stringify(nb, null, 1));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports findings as JSON with 1-based positions, exit code 1, and never the values', () => {
    const { code, stdout } = run(dir, 'scan', '.', '--format', 'json');
    assert.equal(code, 1);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    const byFile = Object.fromEntries(findings.map((f) => [f.file, f]));
    assert.deepEqual(Object.keys(byFile).sort(), ['client.py', 'quickstart.ipynb', 'settings.yaml']);
    const py = byFile['client.py'];
    assert.equal(py.line, 4);
    assert.equal(py.column, 15);
    assert.equal(py.endLine, 4);
    assert.equal(py.endColumn, 15 + ARTHUR_KEY.length);
    assert.equal(py.ruleId, 'arthur-engine-api-key');
    // A platform's key is named for the variable its SDK reads, not the code's own `client_key` (issue 18).
    assert.equal(py.envVar, 'ARTHUR_API_KEY');
    for (const key of ['severity', 'message', 'fingerprint']) assert.equal(typeof py[key], 'string', key);
    assert.equal(byFile['settings.yaml'].envVar, 'PASSWORD');
    // The notebook finding points at the line of the .ipynb JSON file.
    assert.ok((byFile['quickstart.ipynb'].line as number) > 1);
    assert.ok(!stdout.includes(ARTHUR_KEY.slice(4)) && !stdout.includes(DB_PASSWORD.slice(4)));
  });

  it('skips binary and oversized files with a reason, and scans the rest', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-skip-'));
    try {
      writeFileSync(
        path.join(other, 'blob.bin'),
        Buffer.concat([Buffer.from('PK\u0003\u0004\u0000\u0000'), Buffer.from(`password = "${DB_PASSWORD}"\n`)]),
      );
      writeFileSync(path.join(other, 'big.py'), `password = "${DB_PASSWORD}"\n` + '#'.repeat(5000) + '\n');
      writeFileSync(path.join(other, 'small.py'), `password = "${DB_PASSWORD}"\n`);
      const { code, stdout, stderr } = run(other, 'scan', '.', '--format', 'json', '--max-file-size', '2000', '--verbose');
      assert.equal(code, 1);
      assert.deepEqual(
        (JSON.parse(stdout) as { file: string }[]).map((f) => f.file),
        ['small.py'],
      );
      assert.match(stderr, /blob\.bin: not scanned: binary file/);
      assert.match(stderr, /big\.py: not scanned: .* over the .* limit/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('says which line of a file it examined only in part, and reports what it found before that', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-dense-'));
    try {
      writeFileSync(path.join(other, 'dense.py'), `password = "${DB_PASSWORD}"\n` + 'password=x api_key: x token = x '.repeat(2000) + '\n');
      const { code, stdout, stderr } = run(other, 'scan', '.', '--format', 'json', '--verbose');
      assert.equal(code, 1);
      assert.deepEqual(
        (JSON.parse(stdout) as { file: string; line: number }[]).map((f) => [f.file, f.line]),
        [['dense.py', 1]],
      );
      assert.match(stderr, /^dense\.py: line 2: not examined past column \d+ of this line: over 2000 keyword positions on one line$/m);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('respects .gitignore unless told not to', () => {
    assert.ok(!run(dir, 'scan', '--format', 'json').stdout.includes('build/leak.js'));
    assert.match(run(dir, 'scan', '--no-gitignore', '--format', 'json').stdout, /build\/leak\.js/);
  });

  it('prints people-readable text: file:line:col, rule, masked value, variable', () => {
    const { code, stdout } = run(dir, 'scan', 'settings.yaml');
    assert.equal(code, 1);
    assert.match(
      stdout,
      new RegExp(`settings\\.yaml:3:13\\s+generic-password\\s+.*${DB_PASSWORD.slice(0, 4).replace(/[!]/g, '\\$&')}…\\s+-> PASSWORD`),
    );
  });

  it('writes SARIF 2.1.0 with rules and fingerprints', () => {
    const sarif = JSON.parse(run(dir, 'scan', 'client.py', '--format', 'sarif').stdout);
    assert.equal(sarif.version, '2.1.0');
    const runObj = sarif.runs[0];
    assert.equal(runObj.tool.driver.name, 'KeyWarden');
    assert.ok(runObj.tool.driver.rules.some((r: { id: string }) => r.id === 'arthur-engine-api-key'));
    assert.equal(runObj.results[0].ruleId, 'arthur-engine-api-key');
    assert.ok(Object.values(runObj.results[0].partialFingerprints).length > 0);
  });

  it('exits 0 on clean files and 2 on bad usage', () => {
    assert.equal(run(dir, 'scan', 'clean.ts').code, 0);
    const bad = run(dir, 'scan', '--format', 'xml');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be text, json or sarif/);
    assert.equal(run(dir, 'scan', 'missing-folder').code, 2);
  });

  it('says what is wrong with the command line in its own words, before scanning', () => {
    const cases: [string[], RegExp][] = [
      [['scan', '--frobnicate'], /^keywarden: unknown option --frobnicate\nRun 'keywarden --help' for usage\.\n$/],
      [['scan', '--format'], /^keywarden: --format needs a value\n/],
      [['scan', '--verbose=yes'], /^keywarden: --verbose takes no value\n/],
      [
        ['scan', '.', '--output', path.join('no-such-folder', 'report.json')],
        /^keywarden: --output no-such-folder\/report\.json: the folder .*no-such-folder does not exist \(create it first\)\n/,
      ],
      [['scan', '.', '--output', 'build'], /^keywarden: --output build is a folder: give a file name/],
    ];
    for (const [args, message] of cases) {
      const r = run(dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('says why a file named on the command line was not scanned, without --verbose', () => {
    writeFileSync(path.join(dir, 'named.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    try {
      const r = run(dir, 'scan', 'named.bin', 'clean.ts');
      assert.equal(r.code, 0);
      assert.equal(r.stderr, 'named.bin: not scanned: binary file\n');
      // Files found by walking a folder are listed only with --verbose.
      assert.doesNotMatch(run(dir, 'scan', '.').stderr, /named\.bin/);
    } finally {
      rmSync(path.join(dir, 'named.bin'));
    }
  });

  it('gives the same report with worker threads as on one thread', () => {
    const many = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-many-'));
    try {
      for (let i = 0; i < 260; i++) {
        writeFileSync(path.join(many, `m${i}.py`), i % 7 === 0 ? `token_${i} = "tk_${i}Zq8vXw2mN4pL7rT9Kx"\n` : `x = ${i}\n`);
      }
      const one = run(many, 'scan', '--format', 'json', '--jobs', '1');
      const two = run(many, 'scan', '--format', 'json', '--jobs', '2');
      assert.equal(one.code, 1);
      assert.equal(JSON.parse(one.stdout).length, 38);
      assert.equal(two.stdout, one.stdout);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('gives the same report with worker threads on a tree full of secrets (scanned on one thread after the first files)', () => {
    const dense = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-dense-'));
    try {
      // 40 findings a file: over what the pool sends to workers, so it switches to one thread mid-scan.
      const lines = (i: number) => Array.from({ length: 40 }, (_, l) => `token_${l} = "tk_${i}x${l}Zq8vXw2mN4pL7rT9Kx"`).join('\n');
      for (let i = 0; i < 220; i++) writeFileSync(path.join(dense, `d${i}.py`), lines(i) + '\n');
      // Reports to files: 8,800 findings are more than a captured standard output holds.
      const report = (jobs: string) => {
        const out = path.join(os.tmpdir(), `keywarden-dense-${jobs}-${process.pid}.json`);
        assert.equal(run(dense, 'scan', '--format', 'json', '--jobs', jobs, '--output', out).code, 1);
        const text = readFileSync(out, 'utf8');
        rmSync(out);
        return text;
      };
      const one = report('1');
      assert.equal(JSON.parse(one).length, 220 * 40);
      assert.equal(report('2'), one);
    } finally {
      rmSync(dense, { recursive: true, force: true });
    }
  });
});
