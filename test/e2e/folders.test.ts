import assert from 'node:assert/strict';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { useVSCode } from './harness';

describe('e2e Arthur Engine keys per workspace folder (folders that talk to different Engines)', function () {
  let prod: ArthurEngine;
  let staging: ArthurEngine;
  const settings: Record<string, unknown> = {};
  before(async () => {
    [prod, staging] = await Promise.all([startArthurEngine(), startArthurEngine()]);
    settings['keywarden.arthur.engineUrl'] = prod.url;
  });
  after(async () => {
    await Promise.all([prod?.close(), staging?.close()]);
  });
  const vs = useVSCode({ name: 'folders', settings, folders: ['api', 'staging'] });
  const step = (title: RegExp) => vs.session.waitForText(title, { selector: '.quick-input-widget' });

  async function pasteKey(url: string, key: string, scope: string): Promise<void> {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.pickQuickItem('Arthur Engine: use an existing key');
    await step(/use an existing key \(1\/2\)/);
    await vs.session.fillQuickInput(url);
    await step(/use the key in/);
    await vs.session.pickQuickItem(scope, { exact: true });
    await step(/use an existing key \(2\/2\)/);
    await vs.session.fillQuickInput(key);
    await vs.session.waitForNotification(new RegExp(`The key works with ${url.replace(/[.]/g, '\\.')}`));
  }

  async function terminalIn(folder: string, command: string): Promise<string> {
    await vs.session.runCommand('Terminal: Create New Terminal');
    // In a multi-root workspace VS Code asks which folder the terminal starts in.
    await vs.session.pickQuickItem(folder, { exact: true });
    return vs.session.runInTerminal(command);
  }

  it("a key for all folders and one for the staging folder: each folder's terminals get their own", async () => {
    const prodKey = prod.mintKey().key;
    const stagingKey = staging.mintKey().key;
    await pasteKey(prod.url, prodKey, 'All folders');
    await pasteKey(staging.url, stagingKey, 'Only staging');
    assert.equal(await terminalIn('api', 'printf "%s|%s" "$ARTHUR_API_KEY" "$ARTHUR_BASE_URL"'), `${prodKey}|${prod.url}`);
    assert.equal(await terminalIn('staging', 'printf "%s|%s" "$ARTHUR_API_KEY" "$ARTHUR_BASE_URL"'), `${stagingKey}|${staging.url}`);
    await vs.session.screenshot('folders-two-engines');
  });
});
