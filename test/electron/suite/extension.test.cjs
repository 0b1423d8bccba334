// Runs inside the VS Code extension host (see index.cjs): the real `vscode` API is available.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const manifest = require('../../../package.json');

const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

describe('KeyWarden in desktop VS Code', function () {
  it('activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('registers every command it contributes', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
