/**
 * The CLI on hostile and unusual trees (issue 20): devices and links, legacy encodings,
 * submodules, malformed notebooks, odd file names in `--git`, SARIF URIs, baseline updates.
 * Each runs the built CLI in a throwaway folder or git repository, as a user would.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git } from '../fixtures/gitRepo';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const ARTHUR_KEY = Buffer.from('0f8e4c2a-9b1d-4e6f-8a3c-5d7b9e1f2a4c:Qm9vXk3LpT8sWz2Rn5Yb7Cd1Fg4Hj6Kl0Mq_Nv-Ps3U').toString('base64');
const PASSWORD = 'Zr7!pQ2vLx9wT4sN';

function run(cwd: string, ...args: string[]) {
  // A hang must fail the test, not the run: a bounded wait and a bounded heap.
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  let findings: Record<string, unknown>[] = [];
  try {
    findings = JSON.parse(r.stdout);
  } catch {
    /* not json */
  }
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, findings };
}

function repo(tmp: string, name = 'repo'): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

function commitAll(dir: string, message = 'c'): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

describe('keywarden scan on hostile trees', function () {
  this.timeout(60_000);
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-hostile-'))));
  afterEach(() => {
    try {
      chmodSync(path.join(tmp, 'repo', 'locked'), 0o755);
    } catch {
      /* not created */
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a tracked link to /dev/zero, a FIFO and a link out of the repository are reported, not read', () => {
    const dir = repo(tmp);
    writeFileSync(path.join(dir, 'app.py'), `password = "${PASSWORD}"\n`);
    writeFileSync(path.join(tmp, 'outside.py'), `token = "${ARTHUR_KEY}"\n`);
    symlinkSync('/dev/zero', path.join(dir, 'z'));
    symlinkSync(path.join(tmp, 'outside.py'), path.join(dir, 'out.py'));
    symlinkSync('app.py', path.join(dir, 'alias.py'));
    commitAll(dir);
    const r = run(dir, 'scan', '--format', 'json', '--verbose');
    assert.equal(r.signal, null, `the scan must end (stderr: ${r.stderr.slice(0, 300)})`);
    assert.equal(r.code, 1);
    // The link to a file inside the repository is followed; the others are said to be skipped.
    assert.deepEqual(r.findings.map((f) => f.file).sort(), ['alias.py', 'app.py']);
    assert.match(r.stderr, /^z: not scanned: a symbolic link to outside the repository$/m);
    assert.match(r.stderr, /^out\.py: not scanned: a symbolic link to outside the repository$/m);
    // Named on the command line: a device is refused, not read.
    const dev = run(dir, 'scan', '/dev/zero', '--verbose');
    assert.equal(dev.signal, null);
    assert.match(dev.stderr, /not scanned: a device, not a regular file/);
  });

  it('files in legacy encodings are scanned (ASCII secrets found), binary files are not', () => {
    const dir = path.join(tmp, 'plain');
    mkdirSync(dir);
    // cp1251 comment ("Привет" = hello), Shift-JIS string, then real binary.
    writeFileSync(
      path.join(dir, 'ru.py'),
      Buffer.concat([Buffer.from('# '), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from(`\npassword = "${PASSWORD}"\n`)]),
    );
    writeFileSync(
      path.join(dir, 'jp.js'),
      Buffer.concat([
        Buffer.from('const greeting = "'),
        Buffer.from([0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]),
        Buffer.from(`";\nconst password = "${PASSWORD}";\n`),
      ]),
    );
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.concat([Buffer.from(`password = "${PASSWORD}"\n`), Buffer.from([0, 1, 2, 3])]));
    // Outside a repository the folder is walked: a FIFO is reported, never opened (it would block).
    spawnSync('mkfifo', [path.join(dir, 'pipe.py')]);
    const r = run(dir, 'scan', '--format', 'json', '--verbose');
    assert.equal(r.signal, null);
    assert.match(r.stderr, /^pipe\.py: not scanned: not a regular file$/m);
    assert.deepEqual(r.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort(), ['jp.js:2:19', 'ru.py:2:13']);
    assert.match(r.stderr, /^blob\.bin: not scanned: binary file$/m);
  });

  it('a submodule and a nested repository are reported as not scanned, not as EISDIR', () => {
    const sub = repo(tmp, 'sub');
    writeFileSync(path.join(sub, 'inner.py'), `password = "${PASSWORD}"\n`);
    commitAll(sub);
    const dir = repo(tmp);
    writeFileSync(path.join(dir, 'app.py'), 'x = 1\n');
    git(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/sub');
    commitAll(dir);
    const nested = repo(dir, 'nested');
    writeFileSync(path.join(nested, 'n.py'), 'y = 2\n');
    const r = run(dir, 'scan', '--verbose');
    assert.doesNotMatch(r.stderr, /EISDIR/);
    assert.match(r.stderr, /^vendor\/sub: not scanned: a git submodule or nested repository/m);
    assert.match(r.stderr, /^nested: not scanned: a git submodule or nested repository/m);
    assert.match(r.stdout, /\(2 files scanned, 2 skipped\)/);
    // Scanned on its own, the submodule's findings carry its own git state (its origin has the commit).
    const inner = run(dir, 'scan', 'vendor/sub', '--format', 'json');
    assert.deepEqual(
      inner.findings.map((f) => [f.file, f.gitState]),
      [['vendor/sub/inner.py', 'pushed']],
    );
  });

  it("an unreadable folder is reported as not scanned, from git's listing and from the walk", () => {
    const dir = repo(tmp);
    writeFileSync(path.join(dir, 'app.py'), 'x = 1\n');
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked', 'a.py'), 'y = 2\n');
    chmodSync(path.join(dir, 'locked'), 0);
    // Root reads every folder: as root, the CLI runs as nobody on a tree nobody owns.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) spawnSync('chown', ['-R', '65534:65534', tmp]);
    for (const args of [
      ['scan', '--verbose'],
      ['scan', '--no-gitignore', '--verbose'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, HOME: tmp },
      });
      assert.match(r.stderr, /^locked: not scanned: folder unreadable \((Permission denied|EACCES)\)$/m, args.join(' '));
      assert.match(r.stdout, /\(1 file scanned, 1 skipped\)/);
    }
  });

  it('--git reports odd file names as git has them, and an added "++ i" line is content, not a header', () => {
    const dir = repo(tmp);
    writeFileSync(path.join(dir, 'README'), 'x\n');
    commitAll(dir, 'init');
    const names = ['über.py', 'tab\tname.py', 'with space.py', 'plus.py'];
    for (const n of names) writeFileSync(path.join(dir, n), 'x = 1\n');
    commitAll(dir, 'files');
    for (const n of names.slice(0, 3)) writeFileSync(path.join(dir, n), `x = 1\npassword = "${PASSWORD}"\n`);
    writeFileSync(path.join(dir, 'plus.py'), `x = 1\n++ i\npassword = "${PASSWORD}"\n`);
    commitAll(dir, 'secrets');
    const r = run(dir, 'scan', '--git', 'HEAD~1..HEAD', '--format', 'json');
    assert.deepEqual(r.findings.map((f) => `${f.file}:${f.line}`).sort(), ['plus.py:3', 'tab\tname.py:2', 'with space.py:2', 'über.py:2']);
    // The same fingerprints as a tree scan: the baseline holds for them.
    const tree = run(dir, 'scan', '--format', 'json');
    assert.deepEqual(r.findings.map((f) => f.fingerprint).sort(), tree.findings.map((f) => f.fingerprint).sort());
  });

  it('--git scans lines added to an existing notebook and reports an oversized hunk as skipped', () => {
    const dir = repo(tmp);
    const nb = (lines: string[]) =>
      JSON.stringify(
        {
          cells: [{ cell_type: 'code', metadata: {}, source: lines, outputs: [], execution_count: null }],
          metadata: {},
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      );
    writeFileSync(path.join(dir, 'nb.ipynb'), nb(['import os\n']));
    writeFileSync(path.join(dir, 'big.py'), 'x = 1\n');
    commitAll(dir, 'init');
    writeFileSync(path.join(dir, 'nb.ipynb'), nb(['import os\n', `password = "${PASSWORD}"\n`]));
    writeFileSync(path.join(dir, 'big.py'), `x = 1\n${'y = 2\n'.repeat(400)}password = "${PASSWORD}"\n`);
    commitAll(dir, 'add');
    const r = run(dir, 'scan', '--git', 'HEAD~1..HEAD', '--format', 'json', '--max-file-size', '2000', '--verbose');
    const text = readFileSync(path.join(dir, 'nb.ipynb'), 'utf8').split('\n');
    const row = text.findIndex((l) => l.includes(PASSWORD));
    assert.deepEqual(
      r.findings.map((f) => `${f.file}:${f.line}:${f.column}`),
      [`nb.ipynb:${row + 1}:${text[row].indexOf(PASSWORD) + 1}`],
    );
    assert.match(r.stderr, /^big\.py: not scanned: .* over the .* limit .*\(lines added in [0-9a-f]{7}\)$/m);
  });

  it('--git refuses a range that git would take for an option', () => {
    const dir = repo(tmp);
    writeFileSync(path.join(dir, 'a.py'), 'x = 1\n');
    commitAll(dir);
    const r = run(dir, 'scan', '--git=--output=out.txt');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--git takes a revision range/);
    assert.ok(!existsSync(path.join(dir, 'out.txt')), 'git wrote no file');
  });

  it('SARIF URIs percent-encode every path segment (# and ? are not fragments or queries)', () => {
    const dir = path.join(tmp, 'odd');
    mkdirSync(path.join(dir, 'a#b'), { recursive: true });
    writeFileSync(path.join(dir, 'a#b', 'c?d%e f.py'), `password = "${PASSWORD}"\n`);
    const r = run(dir, 'scan', '--format', 'sarif');
    const sarif = JSON.parse(r.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'a%23b/c%3Fd%25e%20f.py');
    assert.equal(new URL(uri, 'file:///src/').pathname, '/src/a%23b/c%3Fd%25e%20f.py');
  });

  it("keywarden baseline <path> replaces only that path's entries", () => {
    const dir = repo(tmp);
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'x.py'), `password = "${PASSWORD}"\n`);
    writeFileSync(path.join(dir, 'b', 'y.py'), `db_password = "Qx8#mLp2Vr9!tKz4"\n`);
    assert.equal(run(dir, 'baseline').code, 0);
    assert.equal(run(dir, 'scan').code, 0);
    // A new secret in a/: baselining a/ keeps b/'s entry.
    writeFileSync(path.join(dir, 'a', 'x.py'), `password = "${PASSWORD}"\ntoken = "${ARTHUR_KEY}"\n`);
    assert.equal(run(dir, 'scan').code, 1);
    assert.equal(run(dir, 'baseline', 'a').code, 0);
    assert.equal(run(dir, 'scan').code, 0, 'b/y.py is still baselined');
    // A fixed secret leaves the baseline when its path is baselined again.
    writeFileSync(path.join(dir, 'a', 'x.py'), `token = "${ARTHUR_KEY}"\n`);
    assert.equal(run(path.join(dir, 'a'), 'baseline').code, 0);
    const baseline = JSON.parse(readFileSync(path.join(dir, '.keywarden', 'baseline.json'), 'utf8')) as { fingerprints: string[] };
    assert.equal(baseline.fingerprints.length, 2);
    assert.equal(run(dir, 'scan').code, 0);
  });
});
