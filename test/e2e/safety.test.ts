/**
 * What a user sees when something is off, in the packaged extension: a 7-character password
 * never shows (Problems panel, notifications, the stored-variables list, the log), "Also write
 * to .env" asks before replacing the value .env already has, and a wrong Arthur Platform
 * address is named in the error.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startRecorder } from '../servers/redirect';
import { filesContaining, useVSCode, waitUntil } from './harness';

const SHORT = 'Qv7#Zk2';
const DOTENV = 'DB_PASSWORD = my-local-dev-password\n';

/** Fails when `text` holds 3 or more consecutive characters of the short password. */
function assertNoLeak(channel: string, text: string): void {
  for (let i = 0; i + 3 <= SHORT.length; i++) assert.ok(!text.includes(SHORT.slice(i, i + 3)), `${channel} shows part of the password`);
}

describe("e2e safety: masking, the .env writer, errors in the user's words", function () {
  const settings: Record<string, unknown> = {};
  let closed = '';
  before(async () => {
    // An address where nothing listens: a port that was just free.
    const gone = await startRecorder();
    closed = gone.url;
    await gone.close();
    settings['keywarden.arthur.platformUrl'] = closed;
  });
  const vs = useVSCode({ name: 'safety', settings });

  it('a short password: masked everywhere; "Also write to .env" asks and keeps the value .env has', async () => {
    writeFileSync(path.join(vs.session.workspace, '.env'), DOTENV);
    writeFileSync(path.join(vs.session.workspace, 'short_pw.py'), `db_password = "${SHORT}"\n`);
    await vs.session.openFile(path.join(vs.session.workspace, 'short_pw.py'));
    const problems = await vs.session.problemsPanelText({ waitFor: /Password … is hard-coded/ });
    assertNoLeak('the Problems panel', problems);
    await vs.session.goToLine(1, 18);
    await vs.session.applyQuickFix(/Replace with environment variable DB_PASSWORD/);
    const stored = await vs.session.waitForNotification(/stored DB_PASSWORD in its secret storage/);
    await stored.getByRole('button', { name: 'Also write to .env' }).click();
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    const asked = await dialog.innerText();
    assert.match(asked, /\.env already sets DB_PASSWORD to another value\. Replace it\?/);
    assert.match(asked, /In \.env: my-l…/);
    assertNoLeak('the replace dialog', asked);
    await vs.session.screenshot('safety-dotenv-ask');
    await dialog.getByRole('button', { name: "Keep .env's value" }).click();
    await vs.session.waitForNotification(/Kept \.env's own value of DB_PASSWORD/);
    assert.equal(readFileSync(path.join(vs.session.workspace, '.env'), 'utf8'), DOTENV, '.env is unchanged');

    await vs.session.runCommand('KeyWarden: Manage stored variables');
    await waitUntil('the stored variables', async () => (await vs.session.quickPickItems()).includes('DB_PASSWORD') || undefined);
    const list = await vs.session.waitForQuickInput();
    assert.match(list, /DB_PASSWORD/);
    assertNoLeak('Manage stored variables', list);
    await vs.session.screenshot('safety-variables');
    await vs.session.closeQuickInput();

    assertNoLeak('notifications', (await vs.session.notifications()).join('\n'));
    assertNoLeak('the KeyWarden log', vs.session.outputChannelLog());
    assertNoLeak('the extension host log', vs.session.exthostLog());
    assert.deepEqual(filesContaining(vs.session.userDataDir, SHORT), []);
    const out = await vs.session.openTerminalAndRun('printf "%s" "$DB_PASSWORD"');
    assert.equal(out, SHORT, 'terminals still get the value');
  });

  it('Arthur Platform at an address where nothing listens: the error names the address tried', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Platform: sign in with browser');
    await vs.session.waitForText(/sign in with browser \(1\/1\)/, { selector: '.quick-input-widget' });
    await vs.session.fillQuickInput(closed);
    const port = new URL(closed).port;
    const note = await vs.session.waitForNotification(/sign in with browser" failed/);
    const text = await note.innerText();
    assert.match(
      text,
      new RegExp(`Could not reach the Arthur Platform at http://127\\.0\\.0\\.1:${port}: connection refused at 127\\.0\\.0\\.1:${port}`),
    );
    assert.match(text, new RegExp(`tried http://127\\.0\\.0\\.1:${port}/api/v1/auth/oidc/\\.well-known/openid-configuration`));
    assert.match(text, /Is the address right/);
    await vs.session.screenshot('safety-arthur-refused');
  });

  it('plain http:// to another machine: warned under the address box, asked in a modal, refused on Cancel', async () => {
    const remote = 'http://192.0.2.10:8080';
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Platform: sign in with browser');
    await vs.session.waitForText(/sign in with browser \(1\/1\)/, { selector: '.quick-input-widget' });
    await vs.session.fillQuickInput(remote, { submit: false });
    await waitUntil(
      'the warning under the box',
      async () => /Plain http:\/\/ sends credentials unencrypted/.test(await vs.session.quickInputMessage()) || undefined,
    );
    await vs.session.page.keyboard.press('Enter');
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    assert.match(
      await dialog.innerText(),
      /http:\/\/192\.0\.2\.10:8080 is not https: your credentials would cross the network unencrypted/,
    );
    await vs.session.screenshot('safety-plain-http-ask');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The previous test's failure toast may still show: wait for this one's words.
    const note = await vs.session.waitForNotification(/did not connect to http:\/\/192\.0\.2\.10:8080/);
    assert.match(
      await note.innerText(),
      /"Arthur Platform: sign in with browser" failed\. .*did not connect to http:\/\/192\.0\.2\.10:8080, because plain http:\/\/ would send your credentials unencrypted/,
    );
  });
});
