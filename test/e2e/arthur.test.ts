import assert from 'node:assert/strict';
import { EngineClient } from '../../common/api/arthurEngine';
import { startArthurEngine } from '../servers/arthur-engine';
import { startOidc } from '../servers/oidc';
import { signIn, useVSCodeWith, useVSCodeWithEngine, waitForStep } from './flows';
import { filesContaining } from './harness';

describe('e2e Arthur Engine: create a key, use it in a terminal, sign out', function () {
  const vs = useVSCodeWithEngine('arthur');
  let created = '';

  it('creates a key from the palette with a one-time admin key and stores it at once', async () => {
    const { engine } = vs;
    await signIn(vs.session, 'Arthur Engine: create a key', [engine.url, engine.adminKey, 'KeyWarden e2e', { press: 'Enter' }]);
    await vs.session.waitForNotification(/Created Arthur Engine key .* stored it in secret storage/);
    const keys = [...engine.keys.values()];
    assert.equal(keys.length, 1);
    assert.equal(keys[0].description, 'KeyWarden e2e');
    assert.deepEqual(keys[0].roles, ['VALIDATION-USER']);
    await vs.session.waitForText(/Arthur Engine/, { selector: '.statusbar' });
    await vs.session.screenshot('arthur-created');
  });

  it('gives new terminals a working ARTHUR_API_KEY and ARTHUR_BASE_URL, never written to disk', async () => {
    const { engine } = vs;
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
    await signIn(vs.session, 'Arthur Engine: use an existing key', [vs.engine.url, 'bm90LWEta2V5']);
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
    await waitForStep(vs.session, /deactivate the key/);
    await vs.session.fillQuickInput(vs.engine.adminKey);
    await vs.session.waitForNotification(/Deactivated the key/);
    assert.equal([...vs.engine.keys.values()][0].is_active, false);
    const out = await vs.session.openTerminalAndRun('printf "[%s]" "$ARTHUR_API_KEY"');
    assert.equal(out, '[]');
    await vs.session.screenshot('arthur-signed-out');
  });
});

describe('e2e Arthur Platform: sign in with browser, then create an Engine key with the session', function () {
  const vs = useVSCodeWith(
    'arthur-platform',
    async () => {
      const idp = await startOidc({ interval: 1 });
      return { idp, engine: await startArthurEngine({ jwksUrl: idp.jwksUrl }) };
    },
    ({ idp, engine }) => ({ 'keywarden.arthur.platformUrl': idp.url, 'keywarden.arthur.engineUrl': engine.url }),
  );

  it('shows the user code in a modal, waits for approval, and signs in', async () => {
    const { idp } = vs.servers;
    await signIn(vs.session, 'Arthur Platform: sign in with browser', [idp.url]);
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
    const { engine } = vs.servers;
    await signIn(vs.session, 'Arthur Engine: create a key', [
      engine.url,
      { pick: 'Use my Arthur Platform session' },
      'made with my session',
      { press: 'Enter' },
    ]);
    await vs.session.waitForNotification(/Created Arthur Engine key/);
    assert.deepEqual(
      [...engine.keys.values()].map((k) => k.description),
      ['made with my session'],
    );
  });
});
