/**
 * Git states from the batched path (server/src/io/git.ts) against the way they were computed
 * before (one blame per file, test/fixtures/legacyGitStates.ts), finding by finding, in
 * throwaway repositories: pushed and unpushed commits, files with a history of several commits,
 * a rename, a delete and re-add, a change reverted, a merge, uncommitted edits, untracked and
 * staged-only files, an unusual path; then a detached HEAD and a shallow clone.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitStates } from '../../server/src/io/git';
import { git } from '../fixtures/gitRepo';
import { LegacyGitStates } from '../fixtures/legacyGitStates';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const key = (n: number) =>
  Buffer.from(`0f8e4c2a-9b1d-4e6f-8a3c-5d7b9e1f2a40:Qm9vXk3LpT8sWz2Rn5Yb7Cd1Fg4Hj6Kl0Mq_Nv-P${String(n).padStart(3, '0')}`).toString(
    'base64',
  );
const secret = (n: number) => `k${n} = "${key(n)}"\n`;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `x${i} = ${i}\n`).join('');

interface Row {
  file: string;
  line: number;
  masked: string;
  gitState: string;
  commit?: string;
}

function scanJson(cwd: string): Row[] {
  const r = spawnSync(process.execPath, [CLI, 'scan', '--format', 'json', '--no-baseline'], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout);
}

/** Every finding's state from the CLI, and the same from the old per-file blame. */
async function compare(root: string): Promise<{ rows: Row[]; byLine: Map<string, Row> }> {
  const rows = scanJson(root);
  const legacy = new LegacyGitStates(root);
  const expected = await Promise.all(rows.map((r) => legacy.stateOf(r.file, r.line)));
  const got = rows.map((r) => ({ where: `${r.file}:${r.line}`, state: r.gitState, commit: r.commit }));
  assert.deepEqual(
    got,
    rows.map((r, i) => ({ where: `${r.file}:${r.line}`, state: expected[i].state, commit: expected[i].commit })),
  );
  return { rows, byLine: new Map(rows.map((r) => [`${r.file}:${r.line}`, r])) };
}

const write = (repo: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};
const commit = (repo: string, message: string) => {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
};

describe('git states: the batched path says what blame says', function () {
  this.timeout(60_000);
  let tmp: string;
  let remote: string;
  let repo: string;
  const commits: Record<string, string> = {};

  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-states-'));
    remote = path.join(tmp, 'remote.git');
    git(tmp, 'init', '-q', '--bare', '-b', 'main', remote);
    repo = path.join(tmp, 'work');
    git(tmp, 'clone', '-q', remote, repo);
    git(repo, 'checkout', '-q', '-b', 'main');
    write(repo, 'a.py', secret(1));
    write(repo, 'b.py', `${filler(3)}${secret(2)}${filler(3)}`);
    write(repo, 'old.py', `${filler(2)}${secret(3)}`);
    write(repo, 'i.py', `${filler(2)}${secret(4)}${filler(2)}`);
    write(repo, 'h.py', `${secret(5)}${filler(4)}`);
    write(repo, 'dir with space/ünï "q".py', secret(6));
    write(repo, 'del.py', secret(7));
    write(repo, 'e.py', `${filler(5)}${secret(8)}`);
    write(repo, 'multi.py', `${filler(10)}${secret(9)}${filler(10)}`);
    write(repo, 'm2.py', `${secret(20)}${filler(6)}${secret(21)}${filler(6)}`);
    write(repo, 'gap.py', `${filler(2)}${secret(24)}y = 1\n`);
    commits.c1 = commit(repo, 'one');
    git(repo, 'push', '-q', 'origin', 'main');
    appendFileSync(path.join(repo, 'b.py'), secret(10));
    write(repo, 'c.py', secret(11));
    write(repo, 'i.py', `${filler(2)}${secret(12)}${filler(2)}`);
    appendFileSync(path.join(repo, 'multi.py'), secret(13));
    write(repo, 'gap.py', `${filler(2)}${secret(24)}g1 = 1\ng2 = 2\ny = 1\n`);
    commits.c2 = commit(repo, 'two');
    git(repo, 'mv', 'old.py', 'd.py');
    write(repo, 'i.py', `${filler(2)}${secret(4)}${filler(2)}`); // reverted
    write(repo, 'multi.py', `${secret(14)}${readFileSync(path.join(repo, 'multi.py'), 'utf8')}`);
    unlinkSync(path.join(repo, 'del.py'));
    write(repo, 'gap.py', `${filler(2)}${secret(24)}y = 1\n`); // the lines right below the secret go again
    commits.c3 = commit(repo, 'three');
    write(repo, 'del.py', secret(7)); // back again
    commits.c4 = commit(repo, 'four');
    // A side branch changes h.py and, like main, m2.py; the merge takes h.py from the side and
    // combines both changes of m2.py (a merge that changed the file).
    git(repo, 'checkout', '-q', '-b', 'side');
    appendFileSync(path.join(repo, 'h.py'), secret(15));
    write(repo, 'm2.py', `${secret(22)}${readFileSync(path.join(repo, 'm2.py'), 'utf8')}`);
    commits.side = commit(repo, 'side');
    git(repo, 'checkout', '-q', 'main');
    appendFileSync(path.join(repo, 'm2.py'), secret(23));
    write(repo, 'z.txt', 'elsewhere\n');
    commit(repo, 'main moves on');
    git(repo, 'merge', '-q', '--no-ff', '--no-edit', 'side');
    // Uncommitted: an insert above a pushed secret, an insert into a file with history, an
    // untracked file, a file only staged.
    write(repo, 'e.py', `${secret(16)}${readFileSync(path.join(repo, 'e.py'), 'utf8')}`);
    write(repo, 'b.py', `${secret(17)}${readFileSync(path.join(repo, 'b.py'), 'utf8')}`);
    write(repo, 'f.py', secret(18));
    write(repo, 'g.py', secret(19));
    git(repo, 'add', 'g.py');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('every finding in a repository with a remote, history, renames, a merge and edits', async () => {
    const { rows, byLine } = await compare(repo);
    assert.equal(rows.length, 23);
    // What a user reads, spelled out for the interesting ones.
    assert.deepEqual(
      [
        'a.py:1',
        'b.py:1',
        'b.py:5',
        'b.py:9',
        'c.py:1',
        'd.py:3',
        'e.py:1',
        'e.py:7',
        'f.py:1',
        'i.py:3',
        'multi.py:1',
        'multi.py:12',
        'multi.py:23',
        'h.py:6',
        'gap.py:3',
      ].map((w) => [w, byLine.get(w)?.gitState]),
      [
        ['a.py:1', 'pushed'],
        ['b.py:1', 'uncommitted'],
        ['b.py:5', 'pushed'],
        ['b.py:9', 'committed'],
        ['c.py:1', 'committed'],
        ['d.py:3', 'pushed'], // renamed since: the line is still the pushed one
        ['e.py:1', 'uncommitted'],
        ['e.py:7', 'pushed'],
        ['f.py:1', 'uncommitted'],
        ['i.py:3', 'committed'], // changed and changed back: blame names the revert
        ['multi.py:1', 'committed'],
        ['multi.py:12', 'pushed'],
        ['multi.py:23', 'committed'],
        ['h.py:6', 'committed'],
        ['gap.py:3', 'pushed'],
      ],
    );
    assert.equal(byLine.get('d.py:3')?.commit, commits.c1);
    assert.equal(byLine.get('i.py:3')?.commit, commits.c3);
    assert.equal(byLine.get('h.py:6')?.commit, commits.side);
    assert.ok(byLine.has('dir with space/ünï "q".py:1'));
  });

  it('asks git blame only where the history is not a plain chain', async () => {
    const states = new GitStates(repo).prepare();
    const ask = (file: string) => states.statesOf(file, { text: readFileSync(path.join(repo, file), 'utf8') }, [1]);
    const files = [
      'a.py',
      'b.py',
      'c.py',
      'd.py',
      'e.py',
      'i.py',
      'multi.py',
      'h.py',
      'm2.py',
      'del.py',
      'gap.py',
      'dir with space/ünï "q".py',
    ];
    const legacy = new LegacyGitStates(repo);
    assert.deepEqual(await Promise.all(files.map(ask)), await Promise.all(files.map(async (f) => [await legacy.stateOf(f, 1)])));
    // d.py (renamed), del.py (deleted and added again), m2.py (changed by the merge).
    assert.deepEqual([...states.blamed].sort(), ['d.py', 'del.py', 'm2.py']);
  });

  it('on a detached HEAD with its own commit and an edit', async () => {
    const detached = path.join(tmp, 'detached');
    git(tmp, 'clone', '-q', remote, detached);
    git(detached, 'checkout', '-q', '--detach', 'HEAD');
    appendFileSync(path.join(detached, 'a.py'), secret(30));
    commit(detached, 'on a detached HEAD');
    write(detached, 'e.py', `${filler(1)}${secret(31)}${readFileSync(path.join(detached, 'e.py'), 'utf8')}`);
    const { byLine } = await compare(detached);
    assert.deepEqual(
      ['a.py:1', 'a.py:2', 'e.py:2', 'e.py:8'].map((w) => byLine.get(w)?.gitState),
      ['pushed', 'committed', 'uncommitted', 'pushed'],
    );
  });

  it('in a shallow clone (the boundary commit holds the history)', async () => {
    git(repo, 'push', '-q', 'origin', 'main'); // the remote gets the history above
    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '2', `file://${remote}`, shallow);
    appendFileSync(path.join(shallow, 'c.py'), secret(40));
    commit(shallow, 'local');
    write(shallow, 'multi.py', `${secret(41)}${readFileSync(path.join(shallow, 'multi.py'), 'utf8')}`);
    const { byLine } = await compare(shallow);
    assert.deepEqual(
      ['c.py:1', 'c.py:2', 'multi.py:1'].map((w) => byLine.get(w)?.gitState),
      ['pushed', 'committed', 'uncommitted'],
    );
  });
});
