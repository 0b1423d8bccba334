import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesContaining, useVSCode, waitUntil } from './harness';

describe('e2e linter: a hard-coded Arthur key in a Python file', function () {
  const vs = useVSCode({ name: 'linter' });
  const file = 'arthur_engine_client.py';
  let key = '';

  before(() => {
    const text = readFileSync(path.join(vs.session.workspace, file), 'utf8');
    key = /os\.environ\["ARTHUR_API_KEY"\] = "([^"]+)"/.exec(text)![1];
  });

  it('shows the finding in the Problems panel, masked', async () => {
    await vs.session.openFile(file);
    const text = await vs.session.problemsPanelText({ waitFor: /Arthur Engine API key/ });
    assert.match(text, new RegExp(`${key.slice(0, 4)}…`));
    assert.match(text, /ARTHUR_API_KEY/);
    assert.ok(!text.includes(key.slice(4, 24)), 'the Problems panel shows the key unmasked');
    await vs.session.screenshot('linter-problems');
  });

  it('explains the finding on hover in full (the rule text is not taken for markup)', async () => {
    await vs.session.goToLine(12, 20);
    await vs.session.page.keyboard.press('Control+K');
    await vs.session.page.keyboard.press('Control+I');
    const hover = await vs.session.waitForText(/Why:/, { selector: '.monaco-hover' });
    assert.match(hover, /base64 of "<uuid>:<secret>"/);
    assert.match(hover, /environment variable ADMIN_KEY/);
    await vs.session.screenshot('linter-hover');
    await vs.session.page.keyboard.press('Escape');
  });

  it('removes the line that only set os.environ["ARTHUR_API_KEY"] and keeps the value in secret storage', async () => {
    await vs.session.goToLine(7, 36);
    const fixes = await vs.session.quickFixes().catch(async (err) => {
      await vs.session.screenshot('linter-quickfix-missing');
      throw err;
    });
    assert.ok(
      fixes.some((t) => /Replace with environment variable ARTHUR_API_KEY/.test(t)),
      `quick fixes: ${fixes.join(' | ')}`,
    );
    await vs.session.page.keyboard.press('Escape');
    await vs.session.applyQuickFix(/Replace with environment variable ARTHUR_API_KEY/);
    await vs.session.waitForNotification(/stored ARTHUR_API_KEY in its secret storage/);
    const text = await vs.session.editorText();
    // The line only put the key into the environment: it goes, the terminal provides the variable.
    assert.ok(!/os\.environ\["ARTHUR_API_KEY"\] =/.test(text), `the setter line is still there:\n${text}`);
    assert.match(text, /os\.environ\['ARTHUR_API_KEY'\]/);
    assert.ok(!text.includes(key), 'the key is still in the editor');
    await vs.session.screenshot('linter-fixed');
  });

  it('exports the stored value to new terminals, and never writes it to disk in the clear', async () => {
    const out = await vs.session.openTerminalAndRun('printf "%s" "$ARTHUR_API_KEY"');
    assert.equal(out, key);
    // Workspace storage, global storage and logs of this VS Code: the key must not be in any of them.
    assert.deepEqual(filesContaining(vs.session.userDataDir, key), []);
    await vs.session.screenshot('linter-terminal');
  });

  it('gives a second, different key a numbered variable instead of overwriting the stored one', async () => {
    // Another engine's key (same format: base64 of "<uuid>:<secret>"), in another file.
    const other = Buffer.from('3e9d7c1a-5b2f-4a6e-8d0c-7f1b2a3c4d5e:Qm7Lp2Xv9Rt4Wz8Kn3Bf6Hj1Cy5Da0EgUs2Ti9Ok4Va').toString('base64');
    writeFileSync(path.join(vs.session.workspace, 'second_engine.py'), `api_key = "${other}"\n`);
    // By its full path: Quick Open's file list may not have seen a file written a moment ago.
    await vs.session.openFile(path.join(vs.session.workspace, 'second_engine.py'));
    await vs.session.problemsPanelText({ waitFor: new RegExp(`${other.slice(0, 4)}…`) });
    await vs.session.goToLine(1, 13);
    await vs.session.applyQuickFix(/Replace with environment variable ARTHUR_API_KEY_2/);
    await vs.session.waitForNotification(/stored ARTHUR_API_KEY_2 in its secret storage/);
    assert.match(await vs.session.editorText(), /api_key = os\.environ\["ARTHUR_API_KEY_2"\]/);
    const out = await vs.session.openTerminalAndRun('printf "%s|%s" "$ARTHUR_API_KEY" "$ARTHUR_API_KEY_2"');
    assert.equal(out, `${key}|${other}`, 'both values are kept, each under its own name');
    await vs.session.screenshot('linter-second-key');
  });

  it('lets the user name the variable, refusing a name that holds another value', async () => {
    const password = 'Rv8#nQ2!xLp5@Wt9';
    writeFileSync(path.join(vs.session.workspace, 'staging_db.py'), `db_password = "${password}"\n`);
    await vs.session.openFile(path.join(vs.session.workspace, 'staging_db.py'));
    await vs.session.problemsPanelText({ waitFor: new RegExp(`${password.slice(0, 4)}…`) });
    await vs.session.goToLine(1, 18);
    await vs.session.applyQuickFix(/Replace with environment variable named…/);
    const box = await vs.session.waitForQuickInput();
    assert.match(box, /Replace with environment variable/);
    await waitUntil('the suggested name in the box', async () => (await vs.session.quickInputValue()) === 'DB_PASSWORD' || undefined);
    // ARTHUR_API_KEY holds the first key: choosing it must not lose that value.
    await vs.session.fillQuickInput('ARTHUR_API_KEY');
    await waitUntil(
      'the refusal under the input box',
      async () => /already holds another value/.test(await vs.session.quickInputMessage()) || undefined,
    );
    await vs.session.screenshot('linter-named-refused');
    await vs.session.fillQuickInput('STAGING_DB_PASSWORD');
    await vs.session.waitForNotification(/stored STAGING_DB_PASSWORD in its secret storage/);
    assert.match(await vs.session.editorText(), /db_password = os\.environ\["STAGING_DB_PASSWORD"\]/);
    const out = await vs.session.openTerminalAndRun('printf "%s|%s" "$ARTHUR_API_KEY" "$STAGING_DB_PASSWORD"');
    assert.equal(out, `${key}|${password}`);
    await vs.session.screenshot('linter-named');
  });

  it('lists the stored variables masked; renames one without landing on a taken name, copies one, deletes one after asking', async () => {
    const password = 'Rv8#nQ2!xLp5@Wt9';
    // By keyboard (filter, then Enter) once the pick titled `title` lists the item: a click can
    // land beside a list that is still growing, which dismisses the pick.
    const pick = async (title: RegExp, item: string) => {
      await vs.session.waitForText(title, { selector: '.quick-input-widget' });
      await waitUntil(`"${item}" in the list`, async () => (await vs.session.quickPickItems()).some((l) => l.includes(item)) || undefined);
      await vs.session.fillQuickInput(item);
    };
    await vs.session.runCommand('KeyWarden: Manage stored variables');
    await waitUntil('the stored variables', async () => (await vs.session.quickPickItems()).includes('STAGING_DB_PASSWORD') || undefined);
    assert.deepEqual((await vs.session.quickPickItems()).sort(), ['ARTHUR_API_KEY', 'ARTHUR_API_KEY_2', 'STAGING_DB_PASSWORD']);
    const list = await vs.session.waitForQuickInput();
    assert.ok(list.includes(`${password.slice(0, 4)}…`) && list.includes(`${key.slice(0, 4)}…`), list);
    assert.ok(!list.includes(password.slice(4)) && !list.includes(key.slice(4, 20)), 'the list shows values masked');
    await vs.session.screenshot('variables-list');

    await pick(/Manage stored variables/, 'STAGING_DB_PASSWORD');
    await pick(/Manage stored variables: STAGING_DB_PASSWORD/, 'Rename');
    // The action list gives way to the input box, which opens with the current name.
    await waitUntil(
      'the rename box with the current name',
      async () => (await vs.session.quickInputValue()) === 'STAGING_DB_PASSWORD' || undefined,
    );
    await vs.session.fillQuickInput('ARTHUR_API_KEY', { submit: false });
    await waitUntil('the refusal', async () => /already holds another value/.test(await vs.session.quickInputMessage()) || undefined);
    await vs.session.fillQuickInput('STAGING_PG_PASSWORD');
    await vs.session.waitForNotification(/Renamed STAGING_DB_PASSWORD to STAGING_PG_PASSWORD/);

    await vs.session.runCommand('KeyWarden: Manage stored variables');
    await pick(/Manage stored variables/, 'STAGING_PG_PASSWORD');
    await pick(/Manage stored variables: STAGING_PG_PASSWORD/, 'Copy the value');
    await vs.session.waitForNotification(/Copied the value of STAGING_PG_PASSWORD/);
    assert.equal(await vs.session.page.evaluate<string>('navigator.clipboard.readText()'), password);

    await vs.session.runCommand('KeyWarden: Manage stored variables');
    await pick(/Manage stored variables/, 'ARTHUR_API_KEY_2');
    await pick(/Manage stored variables: ARTHUR_API_KEY_2/, 'Delete');
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /Delete ARTHUR_API_KEY_2\?[\s\S]*keeps no other copy/);
    await vs.session.screenshot('variables-delete');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await vs.session.waitForNotification(/Deleted ARTHUR_API_KEY_2/);

    const out = await vs.session.openTerminalAndRun(
      'printf "%s|%s|%s|%s" "$ARTHUR_API_KEY" "${ARTHUR_API_KEY_2-unset}" "${STAGING_DB_PASSWORD-unset}" "$STAGING_PG_PASSWORD"',
    );
    assert.equal(out, `${key}|unset|unset|${password}`);
    assert.deepEqual(filesContaining(vs.session.userDataDir, password), [], 'the password is nowhere on disk in the clear');
  });
});
