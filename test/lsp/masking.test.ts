/**
 * Short secrets never show: a 7-character password and an 11-character one go through every
 * output the CLI and the language server have (text, JSON and SARIF reports, stderr,
 * diagnostics and their data, hover, code action titles, every notification), and no part of
 * them longer than the mask allows appears anywhere.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const SHORT = 'Qv7#Zk2';
const MID = 'Wd4$Hy8!Np2';
const FILES: Record<string, string> = {
  'settings.yaml': `db:\n  host: db.internal\n  password: ${SHORT}\n`,
  'app.py': `import psycopg\n\ndb_password = "${MID}"\n`,
  '.env': `SMTP_PASSWORD=${SHORT}\n`,
};

/** Fails when `text` holds a piece of a secret longer than its mask shows (3 characters at least). */
function assertNoLeak(channel: string, text: string): void {
  // What the README promises, written out here rather than taken from the code under test.
  for (const [secret, shown] of [
    [SHORT, 0],
    [MID, 2],
  ] as const) {
    const n = Math.max(3, shown + 1);
    for (let i = 0; i + n <= secret.length; i++) {
      const piece = secret.slice(i, i + n);
      assert.ok(!text.includes(piece), `${channel} shows "${piece}" of ${secret}:\n${text.slice(0, 2000)}`);
    }
  }
}

describe('masking: short secrets in every output channel', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-mask-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, name), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'sarif']) {
    it(`CLI --format ${format}: finds both, shows neither`, () => {
      const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', format, '--verbose'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      assert.equal(r.status, 1, r.stderr);
      assert.equal((r.stdout.match(/generic-password/g) ?? []).length >= 3, true, r.stdout);
      assertNoLeak(`scan --format ${format} stdout`, r.stdout);
      assertNoLeak(`scan --format ${format} stderr`, r.stderr);
    });
  }

  it('language server: diagnostics, hover, code action titles and notifications', async () => {
    const client = new LspClient();
    try {
      await client.initialize(dir);
      const seen: Diagnostic[] = [];
      const titles: string[] = [];
      const hovers: string[] = [];
      for (const [name, text] of Object.entries(FILES)) {
        const uri = `file://${path.join(dir, name)}`;
        const { diagnostics } = await client.open(uri, name.endsWith('.py') ? 'python' : name.endsWith('.yaml') ? 'yaml' : 'dotenv', text);
        assert.equal(diagnostics.length, 1, `${name}: ${JSON.stringify(diagnostics)}`);
        seen.push(...diagnostics);
        const hover = await client.hover(uri, diagnostics[0].range.start);
        hovers.push(JSON.stringify(hover));
        const actions = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) as CodeAction[];
        assert.ok(actions.length > 0);
        // The quick-fix's command carries the value to the client's secret storage: that is
        // transport, not display. Everything a user reads is checked.
        titles.push(...actions.map((a) => `${a.title} / ${a.command?.title ?? ''} / ${JSON.stringify(a.diagnostics ?? [])}`));
      }
      assertNoLeak('diagnostics', JSON.stringify(seen));
      assert.ok(
        seen.every((d) => String(d.message).includes('…')),
        'messages show the mask',
      );
      assertNoLeak('hover', hovers.join('\n'));
      assertNoLeak('code action titles', titles.join('\n'));
      assertNoLeak('notifications', JSON.stringify(client.notifications));
    } finally {
      await client.close();
      assertNoLeak('server stderr', client.stderr);
    }
  });
});
