/**
 * WhyLabs, h2oGPTe and RI Platform clients against their local contract servers: every flow
 * and the errors a user can meet (bad key, wrong organisation, limits, faults).
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { H2oGpteClient } from '../../client/src/providers/h2ogpte/api';
import { RimeClient } from '../../client/src/providers/rime/api';
import { parseWhyLabsKey, WhyLabsClient } from '../../client/src/providers/whylabs/api';
import { startH2oGpte } from '../servers/h2ogpte';
import { startRime } from '../servers/rime';
import { startWhyLabs } from '../servers/whylabs';

describe('WhyLabs client against the local API', () => {
  it('checks a pasted key, creates one from it (shown once), lists and revokes', async () => {
    const wl = await startWhyLabs();
    try {
      const pasted = wl.mintKey('org-abc123', 'user-7', { alias: 'laptop' });
      assert.deepEqual(parseWhyLabsKey(pasted), { keyId: pasted.slice(0, 10), orgId: 'org-abc123' });
      const client = new WhyLabsClient(wl.url, pasted);
      const me = await client.whoAmI('org-abc123');
      assert.equal(me.userId, 'user-7');
      assert.equal(me.alias, 'laptop');
      const expiresAt = Date.now() + 30 * 86_400_000;
      const created = await client.createKey('org-abc123', 'user-7', { alias: 'KeyWarden', scopes: [':user'], expiresAt });
      assert.match(created.key, /^[A-Za-z0-9]{10}\.[A-Za-z0-9]+:org-abc123$/);
      assert.equal(created.info.expiresAt, expiresAt);
      assert.equal((await new WhyLabsClient(wl.url, created.key).whoAmI('org-abc123')).keyId, created.info.keyId);
      assert.equal((await client.listKeys('org-abc123', 'user-7')).length, 2);
      await client.revokeKey('org-abc123', 'user-7', created.info.keyId);
      await rejectsWith(new WhyLabsClient(wl.url, created.key).whoAmI('org-abc123'), 'unauthorized', /401: Invalid API key/);
    } finally {
      await wl.close();
    }
  });

  it('explains a malformed key, another organisation, and faults', async () => {
    const wl = await startWhyLabs();
    try {
      await rejectsWith(new WhyLabsClient(wl.url, 'not-a-key').whoAmI('org-1'), 'invalid', /does not look like a WhyLabs API key/);
      const key = wl.mintKey('org-1', 'u');
      await rejectsWith(new WhyLabsClient(wl.url, key).whoAmI('org-2'), 'forbidden', /Not authorized for organization org-2/);
      wl.fault = { kind: 'malformed' };
      await rejectsWith(new WhyLabsClient(wl.url, key).createKey('org-1', 'u', {}), 'malformed', /could not read/);
      wl.fault = { kind: 'slow', ms: 1500 };
      await rejectsWith(new WhyLabsClient(wl.url, key, 300).listKeys('org-1', 'u'), 'timeout', /did not answer/);
    } finally {
      await wl.close();
    }
  });
});

describe('h2oGPTe client against the local API', () => {
  it('tells global keys from collection-specific ones, and refuses bad keys', async () => {
    const h2o = await startH2oGpte();
    try {
      assert.deepEqual(await new H2oGpteClient(h2o.url, h2o.mintKey()).check(), { kind: 'global' });
      assert.deepEqual(await new H2oGpteClient(h2o.url, h2o.mintKey({ collection: 'Contracts' })).check(), { kind: 'collection', collection: 'Contracts' });
      await rejectsWith(new H2oGpteClient(h2o.url, 'sk-wrongwrongwrongwrong').check(), 'unauthorized', /401: Invalid API key/);
      await rejectsWith(new H2oGpteClient(h2o.url, 'nope').check(), 'invalid', /start with "sk-"/);
      h2o.fault = { kind: 'status', status: 503 };
      await rejectsWith(new H2oGpteClient(h2o.url, h2o.mintKey()).check(), 'server', /HTTP 503/);
    } finally {
      await h2o.close();
    }
  });
});

describe('RI Platform client against the local API', () => {
  it('creates a token from an existing one, lists it with its expiry, deletes it', async () => {
    const rime = await startRime();
    try {
      const client = new RimeClient(rime.url, rime.mintToken());
      const created = await client.createToken('KeyWarden', rime.workspaceId, 270);
      const listed = await client.listTokens();
      const mine = listed.find((t) => t.id === created.id)!;
      assert.equal(mine.suffix, created.token.slice(-4));
      assert.ok(Math.abs(mine.expiresAt! - (Date.now() + 270 * 86_400_000)) < 60_000);
      await client.deleteToken(created.id);
      await rejectsWith(new RimeClient(rime.url, created.token).listTokens(), 'unauthorized', /invalid api key/);
    } finally {
      await rime.close();
    }
  });

  it('explains the 200-token limit and refused tokens', async () => {
    const rime = await startRime({ maxTokens: 1 });
    try {
      const client = new RimeClient(rime.url, rime.mintToken());
      await rejectsWith(client.createToken('more', rime.workspaceId), 'limit', /at most 200 API tokens: delete unused ones/);
      await rejectsWith(new RimeClient(rime.url, 'bad').listTokens(), 'unauthorized', /401/);
      rime.fault = { kind: 'drop' };
      await rejectsWith(client.listTokens(), 'network', /Could not reach the RI Platform/);
    } finally {
      await rime.close();
    }
  });
});
