/**
 * Git-aware diagnostics and the baseline in the editor, over real LSP in a throwaway repository
 * with a bare "remote": severity rises when a secret is committed, and says "rotate" when pushed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoWithRemote } from '../fixtures/gitRepo';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RotateKeyArgs } from '../../common/protocol';
import { LspClient } from './lspClient';

const key = (n: number) =>
  Buffer.from(`7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5${n}:Zx8Cv7Bn6Mq5Wl4Ek3Rj2Th1Yg0Uf_Id-Os9Pa8D`).toString('base64');

describe('language server: git state and baseline', function () {
  this.timeout(30_000);
  let tmp: string;
  let repo: string;
  let client: LspClient;
  const pushedText = `ARTHUR_API_KEY = "${key(1)}"\n`;
  const committedText = `api_key = "${key(2)}"\n`;

  before(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-lsp-git-'));
    repo = repoWithRemote(tmp, { 'pushed.py': pushedText }, { 'committed.py': committedText });
    client = new LspClient();
    await client.initialize(repo);
  });
  after(async () => {
    await client.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a pushed secret becomes an error that says to rotate it, with a link', async () => {
    const uri = `file://${path.join(repo, 'pushed.py')}`;
    const first = await client.open(uri, 'python', pushedText);
    assert.equal(first.diagnostics[0].severity, DiagnosticSeverity.Warning); // diagnostics never wait for git
    const later = await client.waitForDiagnostics(uri, (d) => d[0]?.severity === DiagnosticSeverity.Error);
    assert.match(String(later.diagnostics[0].message), /Pushed to origin\/main in [0-9a-f]{7}: rotate this key now/);
    assert.match(String(later.diagnostics[0].codeDescription?.href), /#committed-secrets$/);
    // A key in the history needs a new key, not just a move: that fix comes first.
    const actions = await client.codeActions(uri, later.diagnostics[0].range, later.diagnostics);
    assert.equal(actions[0].title, 'Create a new key and replace it (this one is in the git history)');
    // The action carries its own edit (applied once the new key is stored): the literal becomes an environment read.
    const args = actions[0].command?.arguments?.[0] as RotateKeyArgs;
    assert.deepEqual(
      { platform: args.platform, uri: args.uri, range: args.range, live: args.live },
      { platform: 'arthur', uri, range: later.diagnostics[0].range, live: false },
    );
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'python', args.version, pushedText), args.edits);
    assert.ok(!fixed.includes(key(1)) && /ARTHUR_API_KEY/.test(fixed), fixed);
  });

  it('a committed (not pushed) secret is an error; a new one typed in the buffer stays a warning', async () => {
    const uri = `file://${path.join(repo, 'committed.py')}`;
    await client.open(uri, 'python', committedText);
    const later = await client.waitForDiagnostics(uri, (d) => d[0]?.severity === DiagnosticSeverity.Error);
    assert.match(String(later.diagnostics[0].message), /Committed in [0-9a-f]{7}/);
    const end = { line: 1, character: 0 };
    await client.change(uri, { start: end, end }, `token = "${key(3)}"\n`);
    const both = await client.waitForDiagnostics(
      uri,
      (d) => d.length === 2 && d[1].severity === DiagnosticSeverity.Warning && d[0].severity === DiagnosticSeverity.Error,
    );
    assert.doesNotMatch(String(both.diagnostics[1].message), /Committed|Pushed/);
  });

  it('survives git refusing a large untracked buffer mid-write (many documents at once)', async () => {
    const big = `${'x = 1\n'.repeat(80_000)}token = "${key(5)}"\n`;
    const uris = Array.from({ length: 6 }, (_, i) => `file://${path.join(repo, `untracked-${i}.py`)}`);
    await Promise.all(uris.map((u) => client.open(u, 'python', big)));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // past the debounce: git has run
    const hover = await client.hover(uris[0], { line: 80_000, character: 10 });
    assert.match(JSON.stringify(hover), /Arthur Engine API key/);
  });

  it('"Scan workspace" gives files that are not open their git state too, after first showing them', async () => {
    const scanner = new LspClient();
    try {
      await scanner.initialize(repo);
      const pushed = `file://${path.join(repo, 'pushed.py')}`;
      const committed = `file://${path.join(repo, 'committed.py')}`;
      const result = scanner.conn.sendRequest('keywarden/scanWorkspace', { folders: [`file://${repo}`] });
      const first = await scanner.diagnostics(pushed);
      assert.equal(first.diagnostics.length, 1);
      const later = await scanner.waitForDiagnostics(pushed, (d) => d[0]?.severity === DiagnosticSeverity.Error);
      assert.match(String(later.diagnostics[0].message), /Pushed to origin\/main in [0-9a-f]{7}: rotate this key now/);
      const other = await scanner.waitForDiagnostics(committed, (d) => d[0]?.severity === DiagnosticSeverity.Error);
      assert.match(String(other.diagnostics[0].message), /Committed in [0-9a-f]{7}/);
      assert.equal(((await result) as { cancelled: boolean }).cancelled, false);
    } finally {
      await scanner.close();
    }
  });

  it('"Add to baseline" writes .keywarden/baseline.json and the finding goes away', async () => {
    const uri = `file://${path.join(repo, 'local.py')}`;
    const opened = await client.open(uri, 'python', `password = "${key(4)}"\n`);
    const actions = await client.codeActions(uri, opened.diagnostics[0].range, opened.diagnostics);
    const add = actions.find((a) => a.title.startsWith('Add to baseline'));
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    await client.conn.sendRequest('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    const file = path.join(repo, '.keywarden', 'baseline.json');
    assert.ok(existsSync(file));
    assert.ok(!readFileSync(file, 'utf8').includes(key(4)));
    // The CLI honours the same baseline.
    writeFileSync(path.join(repo, 'local.py'), `\n\npassword = "${key(4)}"\n`);
    const cli = execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'cli.js'), 'scan', 'local.py'], {
      cwd: repo,
      encoding: 'utf8',
    });
    assert.match(cli, /No hard-coded secrets found .*1 in the baseline/);
  });
});

describe('language server: a repository without a remote', function () {
  this.timeout(30_000);
  it('calls a committed secret committed, never pushed', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-lsp-local-'));
    const client = new LspClient();
    try {
      const text = `api_key = "${key(4)}"\n`;
      const run = (...args: string[]) => execFileSync('git', args, { cwd: tmp, stdio: 'ignore' });
      run('init', '-q', '-b', 'main');
      writeFileSync(path.join(tmp, 'settings.py'), text);
      run('add', '-A');
      run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
      await client.initialize(tmp);
      const uri = `file://${path.join(tmp, 'settings.py')}`;
      await client.open(uri, 'python', text);
      const later = await client.waitForDiagnostics(uri, (d) => d[0]?.severity === DiagnosticSeverity.Error);
      assert.match(String(later.diagnostics[0].message), /Committed in [0-9a-f]{7}/);
      assert.doesNotMatch(String(later.diagnostics[0].message), /Pushed/);
    } finally {
      await client.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
