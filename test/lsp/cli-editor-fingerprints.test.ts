/**
 * One baseline for the editor and the CLI when the workspace folder is a subfolder of a larger
 * repository: fingerprints are relative to the repository root in both, so a finding accepted
 * in the editor is not reported by `keywarden scan` (from the root or the subfolder), and the
 * fingerprints the two give for the same secret are the same.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { git } from '../fixtures/gitRepo';
import { LspClient } from './lspClient';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const secret = () => ['Vq7', 'Lm2#', 'Xp9!', 'Rt4$', 'Kz8'].join('');

function cli(cwd: string, ...args: string[]) {
  return run(cwd, 'scan', ...args);
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout };
}

describe('a workspace folder inside a larger repository: editor and CLI share fingerprints', function () {
  this.timeout(60_000);
  let tmp: string;
  let repo: string;
  let client: LspClient;
  const text = `db_password = "${secret()}"\n`;

  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-fp-'));
    repo = path.join(tmp, 'monorepo');
    mkdirSync(path.join(repo, 'services', 'api'), { recursive: true });
    writeFileSync(path.join(repo, 'services', 'api', 'db.py'), text);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'api');
  });
  after(async () => {
    await client?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('"Add to baseline" in the editor (folder services/api) is honoured by keywarden scan from the root and from the folder', async () => {
    const folder = path.join(repo, 'services', 'api');
    const cliFinding = JSON.parse(cli(repo, '--format', 'json').stdout) as { file: string; fingerprint: string }[];
    assert.deepEqual(
      cliFinding.map((f) => f.file),
      ['services/api/db.py'],
    );

    client = new LspClient();
    await client.initialize(folder);
    const uri = pathToFileURL(path.join(folder, 'db.py')).toString();
    const opened = await client.open(uri, 'python', text);
    assert.equal(opened.diagnostics.length, 1);
    const actions = await client.codeActions(uri, opened.diagnostics[0].range, opened.diagnostics);
    const add = actions.find((a) => a.title.startsWith('Add to baseline'));
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    // The editor's fingerprint for the secret is the CLI's.
    assert.equal(add.command.arguments?.[1], cliFinding[0].fingerprint);
    await client.conn.sendRequest('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);

    // Written at the repository root, where the CLI reads it; nothing in the workspace folder.
    assert.ok(existsSync(path.join(repo, '.keywarden', 'baseline.json')));
    assert.ok(!existsSync(path.join(folder, '.keywarden')));
    assert.ok(!readFileSync(path.join(repo, '.keywarden', 'baseline.json'), 'utf8').includes(secret()));
    assert.equal(cli(repo).code, 0);
    assert.equal(cli(folder).code, 0);
    assert.equal(cli(folder, 'db.py').code, 0);
    // A new secret beside it is still reported.
    writeFileSync(path.join(folder, 'db.py'), `${text}api_token = "${secret()}Qw"\n`);
    const after = JSON.parse(cli(folder, '--format', 'json').stdout) as { file: string; line: number }[];
    assert.deepEqual(
      after.map((f) => `${f.file}:${f.line}`),
      ['db.py:2'],
    );
  });

  it('a baseline the CLI writes while the file is open is read again when the client reports the file changed', async () => {
    const folder = path.join(repo, 'services', 'api');
    const file = path.join(folder, 'worker.py');
    const workerText = `queue_token = "${secret()}Zx"\n`;
    writeFileSync(file, workerText);
    const c = new LspClient();
    try {
      await c.initialize(folder);
      const uri = pathToFileURL(file).toString();
      assert.equal((await c.open(uri, 'python', workerText)).diagnostics.length, 1);
      assert.equal(run(repo, 'baseline').code, 0);
      // What the client's watcher on .keywarden/baseline.json sends (2 = changed).
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(path.join(repo, '.keywarden', 'baseline.json')).toString(), type: 2 }],
      });
      await c.waitForDiagnostics(uri, (d) => d.length === 0);
    } finally {
      await c.close();
    }
  });
});
