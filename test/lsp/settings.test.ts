/**
 * Settings over LSP: the client resolves them and answers the server's configuration requests per
 * folder or document; "KeyWarden: Scan workspace" honours each folder's own settings (issue 16).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

const PASSWORD = 'Zx9!qT4#vLm2@Rk7';
// Fake but well-formed: base64("<uuid>:<43 url-safe chars>"), the Arthur Engine key format.
const ARTHUR_KEY = Buffer.from('8c1f5a2e-7d4b-4f3a-9e6c-2b1d0a9f8e7d:Xk3vQ9mLp2Rt8Wy4Un6Bq1Sd7Fh0Jk5Gc3Ea9Xv2ZmQ').toString('base64');

interface ScanResult {
  files: number;
  findings: number;
  filesWithFindings: number;
  cancelled: boolean;
}

describe('language server: "Scan workspace" uses each folder\'s settings', function () {
  this.timeout(30_000);
  let tmp: string;
  let quiet: string; // generic-password off, Arthur keys as errors
  let plain: string; // no settings
  let disabled: string; // keywarden.enable false
  let client: LspClient;
  const fileUri = (...parts: string[]) => pathToFileURL(path.join(...parts)).toString();

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-settings-')));
    for (const name of ['quiet', 'plain', 'disabled']) {
      const dir = path.join(tmp, name);
      fs.mkdirSync(path.join(dir, 'skip'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'db.py'), `db_password = "${PASSWORD}"\n`);
      fs.writeFileSync(path.join(dir, 'engine.py'), `from arthur_client import Engine\nclient = Engine(api_key="${ARTHUR_KEY}")\n`);
      fs.writeFileSync(path.join(dir, 'skip', 'other.py'), `db_password = "${PASSWORD}"\n`);
    }
    [quiet, plain, disabled] = ['quiet', 'plain', 'disabled'].map((n) => path.join(tmp, n));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  afterEach(async () => {
    if (client.proc.exitCode === null) await client.close();
  });

  const settingsOf = (scopeUri: string | undefined): Record<string, unknown> => {
    if (scopeUri?.startsWith(fileUri(quiet)))
      return { severity: { 'generic-password': 'off', 'arthur-engine-api-key': 'error' }, exclude: ['skip/**'] };
    if (scopeUri?.startsWith(fileUri(disabled))) return { enable: false };
    return {};
  };

  it('leaves out a rule the folder turned off, applies its severities and excludes, and scans nothing where KeyWarden is disabled', async () => {
    client = new LspClient({ configuration: settingsOf });
    await client.initialize(tmp, true);
    // The request names the folders only: the settings are the folders' own, asked of the client.
    const result = await client.conn.sendRequest<ScanResult>('keywarden/scanWorkspace', {
      folders: [quiet, plain, disabled].map((d) => fileUri(d)),
    });
    assert.equal(result.cancelled, false);
    // quiet: engine.py only (db.py's rule is off, skip/ excluded); plain: all three files; disabled: nothing.
    assert.equal(result.findings, 4, JSON.stringify(result));
    assert.equal(result.files, 5, `quiet's two files and plain's three; ${JSON.stringify(result)}`);
    const engine = await client.diagnostics(fileUri(quiet, 'engine.py'));
    assert.equal(engine.diagnostics[0].severity, 1, 'the folder raised Arthur keys to errors');
    await client.diagnostics(fileUri(plain, 'skip', 'other.py'));
    const published = new Set(client.published.filter((p) => p.diagnostics.length > 0).map((p) => p.uri));
    assert.ok(!published.has(fileUri(quiet, 'db.py')), 'a rule turned off shows nothing');
    assert.ok(!published.has(fileUri(quiet, 'skip', 'other.py')), "the folder's exclude holds");
    assert.ok(![...published].some((u) => u.startsWith(fileUri(disabled))), 'nothing where KeyWarden is disabled');
    assert.ok(published.has(fileUri(plain, 'db.py')), 'another folder keeps the default');
    const asked = client.configurationAsked.map((i) => i.scopeUri);
    for (const d of [quiet, plain, disabled]) assert.ok(asked.includes(fileUri(d)), `settings asked for ${d}: ${asked.join(', ')}`);
  });
});
