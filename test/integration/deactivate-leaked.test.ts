/**
 * "Rotate now", last step: the leaked key of WhyLabs, h2oGPTe or RI Platform is removed on the
 * platform only after the user confirms, against the contract stand-ins. WhyLabs names the key
 * by its id (in the key); h2oGPTe and RI show only a key's last characters, so KeyWarden marks
 * the keys that fit and lets the user pick, never picking one itself.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { fitsLeaked as h2oFits, H2oGpteClient } from '../../common/api/h2ogpte';
import { fitsLeaked as rimeFits, RimeClient } from '../../common/api/rime';
import { revokeLeakedKey, WhyLabsClient } from '../../common/api/whylabs';
import { startH2oGpte, type H2oGpteServer } from '../servers/h2ogpte';
import { startRime, type RimeServer } from '../servers/rime';
import { startWhyLabs, type WhyLabsServer } from '../servers/whylabs';

describe('Rotate now: the leaked WhyLabs key is revoked by its key id after the user confirms', () => {
  let wl: WhyLabsServer;
  let admin: string;
  let leaked: string;
  beforeEach(async () => {
    wl = await startWhyLabs();
    admin = wl.mintKey('org-abc123', { scopes: [':administrator'] });
    // The leaked key was created with the administrator key (as KeyWarden's create flow does).
    leaked = (await new WhyLabsClient(wl.url, admin).createKey({ alias: 'leaked', scopes: [':user'] })).key;
  });
  afterEach(() => wl.close());

  const works = (key: string) =>
    new WhyLabsClient(wl.url, key).validate().then(
      () => true,
      () => false,
    );

  it('confirmed: the question names the key id (never the secret), then the key is revoked', async () => {
    const asked: string[] = [];
    const r = await revokeLeakedKey(
      leaked,
      async (id) => (asked.push(id), true),
      async () => new WhyLabsClient(wl.url, admin),
    );
    assert.deepEqual(r, { done: 'revoked', keyId: leaked.slice(0, 10) });
    assert.deepEqual(asked, [leaked.slice(0, 10)]);
    assert.equal(await works(leaked), false);
    assert.equal(await works(admin), true);
  });

  it('cancelled: nothing is sent and the key still works', async () => {
    let adminAsked = false;
    const before = wl.requests.length;
    const r = await revokeLeakedKey(
      leaked,
      async () => false,
      async () => ((adminAsked = true), new WhyLabsClient(wl.url, admin)),
    );
    assert.equal(r.done, 'kept');
    assert.equal(adminAsked, false, 'the administrator key is asked for only after a yes');
    assert.equal(wl.requests.length, before);
    assert.equal(await works(leaked), true);
  });

  it('403 (no administrator scope) and 404 (made with another key) say what to do instead; the key still works', async () => {
    const user = wl.mintKey('org-abc123', { scopes: [':user'] });
    await rejectsWith(
      revokeLeakedKey(
        leaked,
        async () => true,
        async () => new WhyLabsClient(wl.url, user),
      ),
      'forbidden',
      /administrator scope.*Access Tokens.*403/,
    );
    const otherAdmin = wl.mintKey('org-abc123', { scopes: [':administrator'] });
    await rejectsWith(
      revokeLeakedKey(
        leaked,
        async () => true,
        async () => new WhyLabsClient(wl.url, otherAdmin),
      ),
      'not-found',
      new RegExp(`${leaked.slice(0, 10)} was made another way.*WhyLabs web app`),
    );
    assert.equal(await works(leaked), true);
  });

  it('a value that is not a WhyLabs key is not guessed at: nothing is asked or sent', async () => {
    const before = wl.requests.length;
    const r = await revokeLeakedKey(
      `${leaked.slice(0, 20)}`,
      async () => assert.fail('asked'),
      async () => assert.fail('admin asked'),
    );
    assert.deepEqual(r, { done: 'unreadable' });
    assert.equal(wl.requests.length, before);
  });
});

describe('Rotate now: h2oGPTe and RI Platform list the leaked key only by its last characters', () => {
  let h2o: H2oGpteServer;
  let rime: RimeServer;
  beforeEach(async () => {
    h2o = await startH2oGpte();
    rime = await startRime();
  });
  afterEach(() => {
    h2o.close();
    rime.close();
  });

  it('h2oGPTe: the admin list marks the active keys whose hint fits; the picked one is deactivated, the others untouched', async () => {
    const admin = h2o.mintKey({ username: 'root', admin: true });
    const leaked = h2o.mintKey({ username: 'jane', name: 'leaked' });
    const other = h2o.mintKey({ username: 'jane', name: 'other' });
    const client = new H2oGpteClient(h2o.url, admin);
    const fit = (await client.listKeys()).filter((k) => h2oFits(k, leaked));
    assert.deepEqual(
      fit.map((k) => k.name),
      ['leaked'],
    );
    await client.deactivateKey(fit[0].id);
    assert.equal(h2o.keys.get(leaked)!.active, false);
    assert.equal(h2o.keys.get(other)!.active, true);
    // Deactivated keys no longer fit; two keys ending alike both fit (the user picks, KeyWarden does not).
    assert.deepEqual(
      (await client.listKeys()).filter((k) => h2oFits(k, leaked)),
      [],
    );
    const twin = `sk-${'q'.repeat(44)}${other.slice(-4)}`;
    h2o.keys.set(twin, { ...h2o.keys.get(other)!, id: 'twin', key: twin, name: 'twin' });
    assert.deepEqual(
      (await client.listKeys())
        .filter((k) => h2oFits(k, other))
        .map((k) => k.name)
        .sort(),
      ['other', 'twin'],
    );
  });

  it('h2oGPTe: a user (not admin) key cannot list: the refusal says what to do instead', async () => {
    await rejectsWith(
      new H2oGpteClient(h2o.url, h2o.mintKey({ username: 'jane' })).listKeys(),
      'forbidden',
      /needs an administrator's key.*web UI/,
    );
  });

  it('RI Platform: the tokens whose suffix fits are marked; the picked one is deleted, the others untouched; 404 says so', async () => {
    const w = rime.workspaces[0];
    const mine = rime.mintToken({ name: 'new', workspaceId: w });
    const leaked = rime.mintToken({ name: 'leaked', workspaceId: w });
    rime.mintToken({ name: 'other', workspaceId: w });
    const client = new RimeClient(rime.url, mine);
    const fit = (await client.listTokens(w)).filter((t) => rimeFits(t, leaked));
    assert.deepEqual(
      fit.map((t) => t.name),
      ['leaked'],
    );
    await client.deleteToken(fit[0].id);
    await rejectsWith(new RimeClient(rime.url, leaked).check(), 'unauthorized', /invalid api key/);
    assert.deepEqual((await client.listTokens(w)).map((t) => t.name).sort(), ['new', 'other']);
    await rejectsWith(client.deleteToken(fit[0].id), 'not-found', /api token not found/);
  });
});
