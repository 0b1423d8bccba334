import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../fixtures/gitRepo';
import { answerSteps, useVSCodeWithEngine, waitForStep } from './flows';

describe('e2e committed secrets: the key is in git, so KeyWarden creates a new one and replaces it', function () {
  const vs = useVSCodeWithEngine('history');
  const file = 'arthur_engine_client.py';
  let leaked = '';

  before(() => {
    // The demo copy becomes a repository with the hard-coded key committed.
    const ws = vs.session.workspace;
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'demo');
    leaked = /os\.environ\["ARTHUR_API_KEY"\] = "([^"]+)"/.exec(readFileSync(path.join(ws, file), 'utf8'))![1];
  });

  it('marks the committed key as an error that says so', async () => {
    await vs.session.openFile(file);
    const text = await vs.session.problemsPanelText({ waitFor: /Committed in [0-9a-f]{7}/ });
    assert.ok(!text.includes(leaked.slice(4, 20)));
    await vs.session.screenshot('history-committed');
  });

  it('"Create a new key and replace it" creates an Engine key, rewrites the line, and exports the new key', async () => {
    await vs.session.goToLine(7, 36);
    const { engine } = vs;
    await vs.session.applyQuickFix(/Create a new key and replace it/);
    await answerSteps(vs.session, 'Arthur Engine: create a key', [
      engine.url,
      engine.adminKey,
      'replacement for a leaked key',
      { press: 'Enter' },
    ]);
    await vs.session.waitForNotification(/reads the new Arthur Engine key from the environment/);
    // The line only set the variable in code: gone, the terminal provides the new key.
    const fixed = await vs.session.editorText();
    assert.ok(!/os\.environ\["ARTHUR_API_KEY"\] =/.test(fixed), `the setter line is still there:\n${fixed}`);
    assert.ok(!fixed.includes(leaked));
    const out = await vs.session.openTerminalAndRun('printf "%s" "$ARTHUR_API_KEY"');
    assert.notEqual(out, leaked);
    assert.equal([...engine.keys.values()].find((k) => k.description === 'replacement for a leaked key')?.is_active, true);
    assert.ok(out.length > 40);
    await vs.session.screenshot('history-replaced');
  });

  it('"Manage keys" lists the Engine keys with the one in use marked, and deactivates one', async () => {
    const { engine } = vs;
    const spare = engine.mintKey(['VALIDATION-USER'], 'spare key');
    await vs.session.runCommand('KeyWarden: Manage keys');
    // Only the Arthur Engine is signed in, so no platform picker: straight to the admin key.
    await waitForStep(vs.session, /manage keys/);
    await vs.session.fillQuickInput(engine.adminKey);
    await vs.session.waitForText(/in use here/, { selector: '.quick-input-widget' });
    await vs.session.screenshot('history-manage-keys');
    await vs.session.pickQuickItem('spare key');
    await vs.session.page.locator('.monaco-dialog-box').getByRole('button', { name: 'Deactivate' }).click();
    await vs.session.waitForNotification(/Deactivated the key/);
    assert.equal(engine.keys.get(spare.id)?.is_active, false);
  });
});
