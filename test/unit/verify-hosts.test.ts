/**
 * Where a platform key may be sent, from the settings as VS Code reports them (inspect()) to the
 * host gate: an address in the repository's settings (workspace or folder) is never the user's
 * choice, so nothing goes there in an untrusted workspace, and in a trusted one the user is
 * asked first (once per host).
 */
import assert from 'node:assert/strict';
import { hostsFromSettings } from '../../common/verifyHosts';
import { HostGate, type HostContext } from '../../server/src/verify/hosts';

const DEFAULT = 'http://localhost:3030';
const MINE = 'https://engine.mine.example';
const THEIRS = 'https://engine.theirs.example';

function asking(trusted: boolean, answer: boolean): { ctx: HostContext; asked: string[] } {
  const asked: string[] = [];
  return { asked, ctx: { trusted, confirm: async (host) => (asked.push(host), answer) } };
}

describe("Key verification: which addresses are the user's choice", () => {
  it("the default, user settings and signed-in accounts are the user's; workspace and folder settings are not", () => {
    const hosts = hostsFromSettings(
      [
        { defaultValue: DEFAULT, globalValue: MINE, workspaceValue: THEIRS },
        { defaultValue: DEFAULT, workspaceFolderValue: `${THEIRS}/folder` },
      ],
      ['https://signed.in.example'],
    );
    assert.deepEqual(hosts, [
      { url: MINE, source: 'user' },
      { url: THEIRS, source: 'workspace' },
      { url: DEFAULT, source: 'user' },
      { url: `${THEIRS}/folder`, source: 'workspace' },
      { url: 'https://signed.in.example', source: 'signed-in' },
    ]);
    assert.deepEqual(hostsFromSettings([{ workspaceValue: 'file:///etc/passwd', globalValue: 42 }], []), [], 'only http(s) strings');
  });

  it('a workspace setting pointing the Engine at another host: untrusted sends nothing and asks nobody', async () => {
    const hosts = hostsFromSettings([{ defaultValue: DEFAULT, workspaceValue: THEIRS }], []);
    const { ctx, asked } = asking(false, true);
    assert.deepEqual(await new HostGate().allowed(hosts, 'Arthur Engine', ctx), [DEFAULT]);
    assert.deepEqual(asked, []);
  });

  it('trusted: the user is asked first, once per host; only a yes lets the key go there', async () => {
    const hosts = hostsFromSettings([{ defaultValue: DEFAULT, workspaceValue: THEIRS }, { workspaceFolderValue: `${THEIRS}/other` }], []);
    const no = asking(true, false);
    const gate = new HostGate();
    assert.deepEqual(await gate.allowed(hosts, 'Arthur Engine', no.ctx), [DEFAULT]);
    assert.deepEqual(await gate.allowed(hosts, 'Arthur Engine', no.ctx), [DEFAULT]);
    assert.deepEqual(no.asked, ['engine.theirs.example'], 'asked once for the host, not per URL or per check');
    const yes = asking(true, true);
    assert.deepEqual(await new HostGate().allowed(hosts, 'Arthur Engine', yes.ctx), [DEFAULT, THEIRS, `${THEIRS}/other`]);
  });

  it("the user's own setting for that host is used without asking, even in an untrusted workspace", async () => {
    const hosts = hostsFromSettings([{ defaultValue: DEFAULT, globalValue: THEIRS, workspaceValue: `${THEIRS}/x` }], []);
    const { ctx, asked } = asking(false, false);
    assert.deepEqual(await new HostGate().allowed(hosts, 'Arthur Engine', ctx), [THEIRS, `${THEIRS}/x`]);
    assert.deepEqual(asked, []);
  });
});
