import assert from 'node:assert/strict';
import { Commands, COMMAND_CATEGORY } from '../../common/commands';
import { EXTENSION_ID, useVSCode } from './harness';

describe('e2e smoke: the packaged extension in code-server', function () {
  const vs = useVSCode();

  it('activates and logs to its output channel', async () => {
    const log = await vs.session.waitForOutputLog('KeyWarden activated', COMMAND_CATEGORY, 60_000);
    assert.match(log, /KeyWarden activated/);
    // The extension host saw it too (and not as a failed activation).
    const exthost = await vs.session.waitForExthostLog(EXTENSION_ID);
    assert.doesNotMatch(exthost, new RegExp(`Activating extension '?${EXTENSION_ID.replace('.', '\\.')}'? failed`, 'i'));
  });

  it('lists "KeyWarden: Sign in / Create key" in the command palette', async () => {
    const title = `${COMMAND_CATEGORY}: ${Commands.signIn.title}`;
    assert.ok(await vs.session.hasCommand(title), `${title} is not in the command palette`);
  });

  it('has a "KeyWarden" output channel showing the activation line', async () => {
    const channels = await vs.session.outputChannels();
    assert.ok(channels.includes(COMMAND_CATEGORY), `output channels: ${channels.join(', ')}`);
    const text = await vs.session.showOutputChannel(COMMAND_CATEGORY, 'KeyWarden activated');
    assert.match(text, /KeyWarden activated/);
  });
});
