/**
 * The CLI in throwaway git repositories (a bare "remote" included): git states, staged and
 * history scans, and a baseline that holds after lines move.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git, repoWithRemote } from '../fixtures/gitRepo';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const key = (n: number) =>
  Buffer.from(`0f8e4c2a-9b1d-4e6f-8a3c-5d7b9e1f2a4${n}:Qm9vXk3LpT8sWz2Rn5Yb7Cd1Fg4Hj6Kl0Mq_Nv-Ps3U`).toString('base64');

function scan(cwd: string, ...args: string[]): { code: number | null; findings: Record<string, unknown>[]; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  let findings: Record<string, unknown>[] = [];
  try {
    findings = JSON.parse(r.stdout);
  } catch {
    /* text output */
  }
  return { code: r.status, findings, stdout: r.stdout };
}

describe('keywarden scan in git repositories', function () {
  this.timeout(30_000);
  let tmp: string;
  let repo: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-git-'));
    repo = repoWithRemote(tmp, { 'pushed.py': `ARTHUR_API_KEY = "${key(1)}"\n` }, { 'committed.py': `api_key = "${key(2)}"\n` });
    writeFileSync(path.join(repo, 'local.py'), `token = "${key(3)}"\n`);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('tells uncommitted, committed and pushed secrets apart', () => {
    const { findings } = scan(repo, 'scan', '--format', 'json');
    const state = Object.fromEntries(findings.map((f) => [f.file, f.gitState]));
    assert.deepEqual(state, { 'committed.py': 'committed', 'local.py': 'uncommitted', 'pushed.py': 'pushed' });
    assert.match(scan(repo, 'scan').stdout, /pushed\.py:1:19 .*\[pushed: rotate it\]/);
  });

  it('in a repository without a remote, a committed secret is committed, never pushed', () => {
    const local = path.join(tmp, 'no-remote');
    git(tmp, 'init', '-q', '-b', 'main', local);
    writeFileSync(path.join(local, 'settings.py'), `api_key = "${key(4)}"\n`);
    git(local, 'add', '-A');
    git(local, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
    writeFileSync(path.join(local, 'later.py'), `token = "${key(5)}"\n`);
    const state = Object.fromEntries(scan(local, 'scan', '--format', 'json').findings.map((f) => [f.file, f.gitState]));
    assert.deepEqual(state, { 'later.py': 'uncommitted', 'settings.py': 'committed' });
  });

  it('gives JSON and SARIF the severity the editor shows: committed and pushed secrets are errors', () => {
    const json = Object.fromEntries(scan(repo, 'scan', '--format', 'json').findings.map((f) => [f.file, f.severity]));
    assert.deepEqual(json, { 'committed.py': 'error', 'local.py': 'warning', 'pushed.py': 'error' });
    const sarif = JSON.parse(scan(repo, 'scan', '--format', 'sarif').stdout) as {
      runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const levels = Object.fromEntries(sarif.runs[0].results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r.level]));
    assert.deepEqual(levels, { 'committed.py': 'error', 'local.py': 'warning', 'pushed.py': 'error' });
  });

  it('--staged scans what is about to be committed', () => {
    assert.equal(scan(repo, 'scan', '--staged').code, 0);
    git(repo, 'add', 'local.py');
    const { code, findings } = scan(repo, 'scan', '--staged', '--format', 'json');
    assert.equal(code, 1);
    assert.deepEqual(
      findings.map((f) => f.file),
      ['local.py'],
    );
    git(repo, 'reset', '-q', 'local.py');
  });

  it('--git RANGE reports secrets added by those commits, with commit and date', () => {
    const { findings } = scan(repo, 'scan', '--git', 'origin/main..HEAD', '--format', 'json');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].file, 'committed.py');
    assert.equal(findings[0].line, 1);
    assert.equal(findings[0].commit, git(repo, 'rev-parse', 'HEAD').trim());
    assert.match(String(findings[0].date), /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(findings[0].gitState, 'committed');
  });

  it('a baseline hides accepted findings after lines move, and still reports new ones', () => {
    assert.equal(scan(repo, 'baseline').code, 0);
    const baseline = readFileSync(path.join(repo, '.keywarden/baseline.json'), 'utf8');
    assert.ok(!baseline.includes(key(1)) && !/line/.test(baseline));
    assert.equal(scan(repo, 'scan').code, 0);
    // Lines inserted above, and the secret moved into a function: still baselined.
    writeFileSync(path.join(repo, 'committed.py'), `import os\n\n\ndef connect():\n    api_key = "${key(2)}"\n    return api_key\n`);
    assert.equal(scan(repo, 'scan').code, 0);
    // A new secret in the same file is reported.
    writeFileSync(path.join(repo, 'committed.py'), `def connect():\n    api_key = "${key(2)}"\n    backup_key = "${key(4)}"\n`);
    const { findings } = scan(repo, 'scan', '--format', 'json');
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line}`),
      ['committed.py:3'],
    );
    // From a subfolder, the same baseline applies.
    assert.equal(scan(path.join(repo), 'scan', 'pushed.py').code, 0);
    assert.equal(scan(repo, 'scan', '--no-baseline', '--format', 'json').findings.length, 4);
  });
});
