import assert from 'node:assert/strict';
import { EngineClient } from '../../client/src/providers/arthur/engineApi';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { startOidc, type OidcServer } from '../servers/oidc';
import { filesContaining, useVSCode } from './harness';

describe('e2e Arthur Engine: create a key, use it in a terminal, sign out', function () {
  let engine: ArthurEngine;
  const settings: Record<string, unknown> = {};
  before(async () => {
    engine = await startArthurEngine();
    settings['keywarden.arthur.engineUrl'] = engine.url;
  });
  after(() => engine?.close());
  const vs = useVSCode({ name: 'arthur', settings });

  const step = (title: RegExp) => vs.session.waitForText(title, { selector: '.quick-input-widget' });
  let created = '';

  it('creates a key from the palette with a one-time admin key and stores it at once', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Engine: create a key');
    await step(/create a key \(1\/4\)/);
    await vs.session.fillQuickInput(engine.url);
    await step(/create a key \(2\/4\)/);
    await vs.session.fillQuickInput(engine.adminKey);
    await step(/create a key \(3\/4\)/);
    await vs.session.fillQuickInput('KeyWarden e2e');
    await step(/create a key \(4\/4\)/);
    await vs.session.page.keyboard.press('Enter');
    await vs.session.waitForNotification(/Created Arthur Engine key .* stored it in secret storage/);
    const keys = [...engine.keys.values()];
    assert.equal(keys.length, 1);
    assert.equal(keys[0].description, 'KeyWarden e2e');
    assert.deepEqual(keys[0].roles, ['VALIDATION-USER']);
    await vs.session.waitForText(/Arthur Engine/, { selector: '.statusbar' });
    await vs.session.screenshot('arthur-created');
  });

  it('gives new terminals a working ARTHUR_API_KEY and ARTHUR_BASE_URL, never written to disk', async () => {
    const out = await vs.session.openTerminalAndRun('printf "%s\\n%s" "$ARTHUR_API_KEY" "$ARTHUR_BASE_URL"');
    const [key, baseUrl] = out.split('\n');
    assert.equal(baseUrl, engine.url);
    const me = await new EngineClient(engine.url, key).whoAmI();
    assert.equal(me.userId, [...engine.keys.keys()][0]);
    created = key;
    assert.deepEqual(filesContaining(vs.session.userDataDir, key), []);
    assert.deepEqual(filesContaining(vs.session.workspace, key), []);
    await vs.session.screenshot('arthur-terminal');
  });

  it('refuses a bad pasted key with a clear message and keeps the stored one', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Engine: use an existing key');
    await step(/use an existing key \(1\/2\)/);
    await vs.session.fillQuickInput(engine.url);
    await step(/use an existing key \(2\/2\)/);
    await vs.session.fillQuickInput('bm90LWEta2V5');
    const note = await vs.session.waitForNotification(/refused the credentials \(401: Bad credentials\).*Nothing was stored/);
    assert.ok(!(await note.innerText()).includes('bm90LWEta2V5'));
    await vs.session.screenshot('arthur-bad-key');
    const out = await vs.session.openTerminalAndRun('printf "%s" "$ARTHUR_API_KEY"');
    assert.equal(out, created);
  });

  it('signs out, deactivates the key on the server, and new terminals have no key', async () => {
    await vs.session.runCommand('KeyWarden: Sign out');
    const ask = await vs.session.waitForNotification(/Also deactivate it on/);
    await ask.getByRole('button', { name: 'Deactivate on the server' }).click();
    await step(/deactivate the key/);
    await vs.session.fillQuickInput(engine.adminKey);
    await vs.session.waitForNotification(/Deactivated the key/);
    assert.equal([...engine.keys.values()][0].is_active, false);
    const out = await vs.session.openTerminalAndRun('printf "[%s]" "$ARTHUR_API_KEY"');
    assert.equal(out, '[]');
    await vs.session.screenshot('arthur-signed-out');
  });
});

describe('e2e Arthur Platform: sign in with browser, then create an Engine key with the session', function () {
  let idp: OidcServer;
  let engine: ArthurEngine;
  const settings: Record<string, unknown> = {};
  before(async () => {
    idp = await startOidc({ interval: 1 });
    engine = await startArthurEngine({ jwksUrl: idp.jwksUrl });
    settings['keywarden.arthur.platformUrl'] = idp.url;
    settings['keywarden.arthur.engineUrl'] = engine.url;
  });
  after(async () => {
    await engine?.close();
    await idp?.close();
  });
  const vs = useVSCode({ name: 'arthur-platform', settings });
  const step = (title: RegExp) => vs.session.waitForText(title, { selector: '.quick-input-widget' });

  it('shows the user code in a modal, waits for approval, and signs in', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Platform: sign in with browser');
    await step(/sign in with browser \(1\/1\)/);
    await vs.session.fillQuickInput(idp.url);
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    const userCode = idp.userCodes[idp.userCodes.length - 1];
    assert.match(await dialog.innerText(), new RegExp(`Your Arthur sign-in code is ${userCode}`));
    await vs.session.screenshot('arthur-device-code');
    await dialog.getByRole('button', { name: 'Copy & Continue' }).click();
    await vs.session.waitForNotification(/Waiting for you to approve code/);
    await idp.approve(userCode, 'alice');
    await vs.session.waitForNotification(/Signed in to the Arthur Platform at .* as alice/);
    await vs.session.waitForText(/Arthur Platform/, { selector: '.statusbar' });
    const out = await vs.session.openTerminalAndRun('printf "%s" "$ARTHUR_API_HOST"');
    assert.equal(out, idp.url);
    await vs.session.screenshot('arthur-device-signed-in');
  });

  it('creates an Engine key with the platform session instead of an admin key', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Engine: create a key');
    await step(/create a key \(1\/4\)/);
    await vs.session.fillQuickInput(engine.url);
    await step(/create a key \(2\/4\)/);
    await vs.session.pickQuickItem('Use my Arthur Platform session');
    await step(/create a key \(3\/4\)/);
    await vs.session.fillQuickInput('made with my session');
    await step(/create a key \(4\/4\)/);
    await vs.session.page.keyboard.press('Enter');
    await vs.session.waitForNotification(/Created Arthur Engine key/);
    assert.deepEqual([...engine.keys.values()].map((k) => k.description), ['made with my session']);
  });
});
