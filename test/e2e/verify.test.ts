import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineClient } from '../../common/api/arthurEngine';
import { git } from '../fixtures/gitRepo';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { filesContaining, useVSCode, type LaunchOptions } from './harness';

describe('e2e key verification: a committed Arthur Engine key that works shows LIVE, and "Rotate now" replaces and deactivates it', function () {
  let engine: ArthurEngine;
  let source = '';
  let leaked: { id: string; key: string };
  const file = 'engine_client.py';
  // Read by useVSCode's before hook, which runs after this suite's first before hook.
  const options: LaunchOptions = { settings: { 'keywarden.verify.enabled': true } };
  before(async () => {
    engine = await startArthurEngine();
    leaked = engine.mintKey(['VALIDATION-USER'], 'committed by mistake');
    // User settings: the user chose this Engine, so the key may be checked there without asking.
    options.settings!['keywarden.arthur.engineUrl'] = engine.url;
    source = mkdtempSync(path.join(os.tmpdir(), 'keywarden-e2e-verify-src-'));
    mkdirSync(source, { recursive: true });
    writeFileSync(
      path.join(source, file),
      `"""Talks to the Arthur Engine."""\nimport os\n\nos.environ["ARTHUR_API_KEY"] = "${leaked.key}"\n`,
    );
    options.workspaceSource = source;
  });
  after(async () => {
    await engine?.close();
    if (source) rmSync(source, { recursive: true, force: true });
  });
  const vs = useVSCode(options);
  const step = (title: RegExp) => vs.session.waitForText(title, { selector: '.quick-input-widget' });

  before(() => {
    const ws = vs.session.workspace;
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'engine client');
  });

  it('shows the key as LIVE in the Problems panel and the hover, checked against the Engine the user chose', async () => {
    await vs.session.openFile(file);
    const host = new URL(engine.url).host;
    const text = await vs.session.problemsPanelText({
      waitFor: new RegExp(`LIVE \\(checked [^)]* against ${host.replace(/\./g, '\\.')}\\)`),
    });
    assert.ok(!text.includes(leaked.key.slice(4, 20)), 'the Problems panel shows the key unmasked');
    await vs.session.goToLine(4, 40);
    // The problem's own line shows first; KeyWarden's hover (when and where it was checked) follows.
    const hover = await vs.session.hoverScreenshot(/Arthur Engine accepts this key/, 'verify-live-hover');
    assert.match(hover, /LIVE/);
    assert.ok(!hover.includes(leaked.key.slice(4, 20)));
    await vs.session.page.keyboard.press('Escape');
  });

  it('"Rotate now" creates a new key, rewrites the code, deactivates the old key after asking, and new terminals get the new key', async () => {
    await vs.session.goToLine(4, 40);
    await vs.session.applyQuickFix(/Rotate now/);
    await step(/create a key \(1\/4\)/);
    await vs.session.fillQuickInput(engine.url);
    await step(/create a key \(2\/4\)/);
    await vs.session.fillQuickInput(engine.adminKey);
    await step(/create a key \(3\/4\)/);
    await vs.session.fillQuickInput('rotated from a live leak');
    await step(/create a key \(4\/4\)/);
    await vs.session.page.keyboard.press('Enter');
    // The code is rewritten before anything is deactivated: the modal names the old key by its id, masked.
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    const asked = await dialog.innerText();
    assert.match(asked, new RegExp(`Deactivate the leaked Arthur Engine key ${leaked.id.slice(0, 8)}…`));
    assert.ok(!asked.includes(leaked.key.slice(4, 20)));
    const fixed = await vs.session.editorText();
    assert.ok(!fixed.includes(leaked.key), `the old key is still in the code:\n${fixed}`);
    assert.ok(!/os\.environ\["ARTHUR_API_KEY"\] =/.test(fixed), `the setter line is still there:\n${fixed}`);
    await vs.session.screenshot('verify-deactivate-modal');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await step(/deactivate the leaked key/);
    await vs.session.fillQuickInput(engine.adminKey);
    await vs.session.waitForNotification(/Deactivated the leaked key/);
    assert.equal(engine.keys.get(leaked.id)?.is_active, false, 'the Engine stand-in recorded the deactivation');
    const fresh = [...engine.keys.values()].find((k) => k.description === 'rotated from a live leak');
    assert.equal(fresh?.is_active, true);

    const out = await vs.session.openTerminalAndRun('printf "%s" "$ARTHUR_API_KEY"');
    assert.notEqual(out, leaked.key);
    assert.equal((await new EngineClient(engine.url, out).whoAmI()).userId, fresh!.id);
    // Neither key reached a log, a setting or any other file of the user's profile.
    assert.deepEqual(filesContaining(vs.session.userDataDir, leaked.key), []);
    assert.deepEqual(filesContaining(vs.session.userDataDir, out), []);
    await vs.session.screenshot('verify-rotated');
  });
});
