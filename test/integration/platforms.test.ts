/**
 * WhyLabs, h2oGPTe and RI Platform clients (every exported function of their api.ts) against
 * stand-ins that validate each request and reply against the platforms' contracts
 * (test/servers/contract.ts): the key/role matrix of each platform, and the shared faults.
 * A request the contract does not allow fails the test that sent it.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { itSurvivesFaults } from './faults';
import { withStandIn } from './standIn';
import { H2oGpteClient, hintMatches } from '../../common/api/h2ogpte';
import { RimeClient } from '../../common/api/rime';
import { parseWhyLabsKey, parseWhyLabsTime, WhyLabsClient } from '../../common/api/whylabs';
import { startH2oGpte, type H2oGpteServer } from '../servers/h2ogpte';
import { serveJson } from '../servers/base';
import { startRime, type RimeServer } from '../servers/rime';
import { startWhyLabs, type WhyLabsServer } from '../servers/whylabs';

describe('WhyLabs client against its contract stand-in (/v1/api-key)', () => {
  let wl: WhyLabsServer;
  withStandIn(startWhyLabs, (s) => (wl = s));

  it('parses keys as the server reads them: 10-char id, 53-char secret, optional :org suffix', () => {
    const key = wl.mintKey('org-abc123');
    assert.deepEqual(parseWhyLabsKey(key), { keyId: key.slice(0, 10), orgId: 'org-abc123' });
    assert.deepEqual(parseWhyLabsKey(key.replace(/:org-abc123$/, '')), { keyId: key.slice(0, 10), orgId: undefined });
    assert.equal(parseWhyLabsKey(`${key.slice(0, 30)}:org-1`), undefined);
    assert.equal(parseWhyLabsKey(`${key}:extra`), undefined);
    // Zone-less times are UTC, whatever the machine's time zone.
    assert.equal(parseWhyLabsTime('2024-01-31T12:34:56.789'), Date.UTC(2024, 0, 31, 12, 34, 56, 789));
    assert.equal(parseWhyLabsTime('2024-01-31T12:34'), Date.UTC(2024, 0, 31, 12, 34));
    assert.equal(parseWhyLabsTime(undefined), null);
  });

  it('user-scoped key: validates; the key list is unavailable and the user is told which scope is needed', async () => {
    const key = wl.mintKey('org-abc123', { scopes: [':user'] });
    const client = new WhyLabsClient(wl.url, key);
    assert.deepEqual(await client.validate(), { keyId: key.slice(0, 10), orgId: 'org-abc123' });
    const access = await client.access();
    assert.equal(access.canManage, false);
    assert.match(
      !access.canManage ? access.why : '',
      /needs a key with the administrator scope \(:administrator or :account_administrator\).*403/,
    );
    await rejectsWith(client.listKeys(), 'forbidden', /administrator scope/);
    await rejectsWith(client.createKey({ alias: 'x' }), 'forbidden', /administrator scope/);
    await rejectsWith(client.revokeKey(key.slice(0, 10)), 'forbidden', /administrator scope/);
    assert.deepEqual(wl.requests, [
      'GET /v1/api-key/validate',
      'GET /v1/api-key',
      'GET /v1/api-key',
      'POST /v1/api-key',
      'DELETE /v1/api-key',
    ]);
  });

  it('administrator key without the :org suffix: lists the org (camelCase, zone-less UTC times, omitted nulls), creates, revokes', async () => {
    const expiry = Date.UTC(2031, 5, 1, 8, 30);
    const admin = wl.mintKey('org-abc123', { scopes: [':administrator'], alias: 'admin laptop', expiration: expiry, withOrgSuffix: false });
    wl.mintKey('org-abc123', { scopes: [':user'] });
    wl.mintKey('org-other', { scopes: [':administrator'] });
    const client = new WhyLabsClient(wl.url, admin);
    assert.deepEqual(await client.validate(), { keyId: admin.slice(0, 10), orgId: undefined });
    const access = await client.access();
    assert.ok(access.canManage);
    assert.equal(access.keys.length, 2);
    const mine = access.keys.find((k) => k.keyId === admin.slice(0, 10))!;
    assert.deepEqual(mine, {
      keyId: admin.slice(0, 10),
      orgId: 'org-abc123',
      alias: 'admin laptop',
      scopes: [':administrator'],
      expiresAt: expiry,
    });
    assert.equal(access.keys.find((k) => k !== mine)!.expiresAt, null);

    const expiresAt = Date.now() + 30 * 86_400_000;
    const created = await client.createKey({ alias: 'KeyWarden', scopes: [':user'], expiresAt });
    assert.match(created.key, /^[A-Za-z0-9]{10}\.[A-Za-z0-9]{53}:org-abc123$/);
    assert.equal(created.info.orgId, 'org-abc123');
    assert.deepEqual(created.info.scopes, [':user']);
    assert.ok(Math.abs(created.info.expiresAt! - expiresAt) < 1000, 'expiry read back as UTC');
    assert.deepEqual(await new WhyLabsClient(wl.url, created.key).validate(), { keyId: created.info.keyId, orgId: 'org-abc123' });

    await client.revokeKey(created.info.keyId);
    await rejectsWith(
      new WhyLabsClient(wl.url, created.key).validate(),
      'unauthorized',
      /does not accept this key \(403\): it is unknown there, revoked or expired/,
    );
    // Keys made another way cannot be revoked through the API: the user is told where to do it.
    await rejectsWith(
      client.revokeKey(access.keys.find((k) => k !== mine)!.keyId),
      'not-found',
      /only keys that were created with the key it is asked with.*web app/,
    );
  });

  it('free-tier organisation: creating is refused with what to do instead; a too-near expiry is explained', async () => {
    const admin = wl.mintKey('org-free1', { scopes: [':account_administrator'] });
    wl.orgs.set('org-free1', { paid: false });
    const client = new WhyLabsClient(wl.url, admin);
    assert.ok((await client.access()).canManage);
    await rejectsWith(client.createKey({ alias: 'x' }), 'denied', /does not let this organization create API keys.*paid plan.*web app/);
    wl.orgs.set('org-free1', { paid: true });
    await rejectsWith(client.createKey({ expiresAt: Date.now() + 5_000 }), 'invalid', /at least a minute in the future/);
  });

  it('bad, revoked and expired keys get 403 and are called what they are; no key at all gets 401; malformed keys never leave', async () => {
    const key = wl.mintKey('org-abc123');
    const wrongSecret = `${key.slice(0, 11)}${'x'.repeat(53)}:org-abc123`;
    await rejectsWith(new WhyLabsClient(wl.url, wrongSecret).validate(), 'unauthorized', /\(403\).*unknown there, revoked or expired/);
    wl.keys.get(key.slice(0, 10))!.revoked = true;
    await rejectsWith(new WhyLabsClient(wl.url, key).validate(), 'unauthorized', /403/);
    const expired = wl.mintKey('org-abc123', { expiration: Date.now() - 1000 });
    await rejectsWith(new WhyLabsClient(wl.url, expired).validate(), 'unauthorized', /403/);
    const before = wl.requests.length;
    await rejectsWith(new WhyLabsClient(wl.url, 'not-a-key').validate(), 'invalid', /does not look like a WhyLabs API key/);
    assert.equal(wl.requests.length, before, 'a malformed key is not sent');
    // The stand-in itself: no X-API-Key header is 401 (the real service's only 401).
    const res = await fetch(`${wl.url}/v1/api-key/validate`);
    assert.equal(res.status, 401);
    await rejectsWith(new WhyLabsClient(wl.url, '').listKeys(), 'unauthorized', /401/);
  });

  it('the internal /v0 routes refuse a customer key (what the old client called)', async () => {
    const admin = wl.mintKey('org-abc123', { scopes: [':administrator'] });
    const res = await fetch(`${wl.url}/v0/organizations/org-abc123/api-key/${admin.slice(0, 10)}`, { headers: { 'x-api-key': admin } });
    assert.equal(res.status, 403);
  });

  itSurvivesFaults(
    () => wl,
    /WhyLabs at http:\/\/127\.0\.0\.1/,
    () => {
      const admin = wl.mintKey('org-abc123', { scopes: [':administrator'] });
      return (url, ms) => new WhyLabsClient(url, admin, ms);
    },
    {
      validate: (c) => c.validate(),
      listKeys: (c) => c.listKeys(),
      access: (c) => c.access(),
      createKey: (c) => c.createKey({ alias: 'x' }),
      revokeKey: (c) => c.revokeKey('ABCDEFGHIJ'),
    },
  );
});

describe('h2oGPTe client against its contract stand-in', () => {
  let h2o: H2oGpteServer;
  withStandIn(startH2oGpte, (s) => (h2o = s));

  it('global key of a user: checked with GET /users/current/roles; its kind is not claimed; the key list is unavailable and why', async () => {
    const key = h2o.mintKey({ username: 'jane' });
    const client = new H2oGpteClient(h2o.url, key);
    assert.deepEqual(await client.check(), { roles: ['User'], admin: false, kind: 'unknown' });
    assert.deepEqual(h2o.requests, ['GET /api/v1/users/current/roles', 'GET /api/v1/admin/api_keys']);
    await rejectsWith(client.listKeys(), 'forbidden', /needs an administrator's key.*web UI.*answered 401/);
    await rejectsWith(client.deactivateKey('x'), 'forbidden', /needs an administrator's key/);
    assert.ok(!h2o.requests.some((r) => r.startsWith('DELETE')), 'never DELETE (DELETE /users/current deletes the user)');
  });

  it('admin key: the admin list says global or collection-specific, for this key and others; deactivate by POST → 204', async () => {
    const admin = h2o.mintKey({ username: 'root', admin: true, name: 'admin laptop' });
    const scoped = h2o.mintKey({ username: 'jane', collection: 'Contracts', name: 'contracts bot' });
    const client = new H2oGpteClient(h2o.url, admin);
    const check = await client.check();
    assert.equal(check.admin, true);
    assert.equal(check.kind, 'global');
    assert.equal(check.keyId, h2o.keys.get(admin)!.id);
    const keys = await client.listKeys();
    const bot = keys.find((k) => k.name === 'contracts bot')!;
    assert.deepEqual(
      { global: bot.global, collection: bot.collection, username: bot.username, active: bot.active },
      { global: false, collection: 'Contracts', username: 'jane', active: true },
    );
    await client.deactivateKey(bot.id);
    assert.equal(h2o.keys.get(scoped)!.active, false);
    await rejectsWith(new H2oGpteClient(h2o.url, scoped).check(), 'unauthorized', /401/);
    await rejectsWith(client.deactivateKey(bot.id), 'invalid', /already inactive \(409\)/);
    await rejectsWith(client.deactivateKey('no-such-key'), 'not-found', /404/);
    // An admin's collection-specific key: the list says so.
    const adminScoped = h2o.mintKey({ username: 'root', admin: true, collection: 'Support tickets' });
    assert.deepEqual(await new H2oGpteClient(h2o.url, adminScoped).check(), {
      roles: ['Admin'],
      admin: true,
      kind: 'collection',
      collection: 'Support tickets',
      keyId: h2o.keys.get(adminScoped)!.id,
    });
  });

  it('admin list over several pages is followed to the end; a hint that fits two keys leaves the kind unknown', async () => {
    const admin = h2o.mintKey({ username: 'root', admin: true });
    for (let i = 0; i < 130; i++) h2o.mintKey({ username: `u${i}` });
    assert.equal((await new H2oGpteClient(h2o.url, admin).listKeys()).length, 131);
    assert.equal(h2o.requests.filter((r) => r === 'GET /api/v1/admin/api_keys').length, 2);
    assert.equal(hintMatches('sk-…wxyz', 'sk-abcdwxyz'), true);
    assert.equal(hintMatches('sk-…wxyz', 'sk-abcdwxyZ'), false);
    assert.equal(hintMatches('sk-…', 'sk-abcd'), false, 'a hint showing nothing matches nothing');
    // Two keys ending alike: the list cannot tell which is ours, so no kind is claimed.
    const clashKey = `sk-${'z'.repeat(44)}${admin.slice(-4)}`;
    h2o.keys.set(clashKey, { ...h2o.keys.get(admin)!, id: 'clash', key: clashKey, collectionId: h2o.collections[0].id });
    assert.equal((await new H2oGpteClient(h2o.url, admin).check()).kind, 'unknown');
  });

  it('collection-specific key, server answers it like its user: works, kind unknown (KeyWarden does not claim it)', async () => {
    const key = h2o.mintKey({ collection: 'Contracts' });
    assert.deepEqual(await new H2oGpteClient(h2o.url, key).check(), { roles: ['User'], admin: false, kind: 'unknown' });
  });

  it('collection-specific key, server refuses it outside chat: the refusal says what KeyWarden cannot know', async () => {
    const strict = await startH2oGpte({ collectionKeys: 'refuse', adminRefusal: 403 });
    try {
      const key = strict.mintKey({ collection: 'Contracts' });
      await rejectsWith(
        new H2oGpteClient(strict.url, key).check(),
        'unauthorized',
        /401.*collection-specific key may be refused on every call but chat.*cannot check such a key/,
      );
      // The 403 variant for non-admins on admin routes reads the same as 401.
      assert.equal((await new H2oGpteClient(strict.url, strict.mintKey()).check()).admin, false);
      await rejectsWith(new H2oGpteClient(strict.url, strict.mintKey()).listKeys(), 'forbidden', /answered 403/);
    } finally {
      await strict.close();
    }
  });

  it('refuses bad keys and never sends malformed ones', async () => {
    await rejectsWith(new H2oGpteClient(h2o.url, 'sk-wrongwrongwrongwrong').check(), 'unauthorized', /401: Invalid API key/);
    await rejectsWith(new H2oGpteClient(h2o.url, 'nope').check(), 'invalid', /start with "sk-"/);
    assert.equal(h2o.requests.length, 1);
  });

  itSurvivesFaults(
    () => h2o,
    /h2oGPTe at http:\/\/127\.0\.0\.1/,
    () => {
      const admin = h2o.mintKey({ admin: true });
      return (url, ms) => new H2oGpteClient(url, admin, ms);
    },
    {
      check: (c) => c.check(),
      listKeys: (c) => c.listKeys(),
      deactivateKey: (c) => c.deactivateKey('k1'),
    },
  );
});

describe('RI Platform client against its contract stand-in', () => {
  let rime: RimeServer;
  withStandIn(startRime, (s) => (rime = s));

  it('checks a token with GET /v1/users/roles and derives its workspaces from the roles', async () => {
    const client = new RimeClient(rime.url, rime.mintToken());
    const check = await client.check();
    assert.deepEqual(check.workspaceIds, rime.workspaces);
    assert.ok(check.roles.some((r) => r.subjectType === 'SUBJECT_TYPE_ORGANIZATION'));
    assert.deepEqual(rime.requests, ['GET /v1/users/roles']);
    // A user whose roles name no workspace: none derived (the user is asked).
    const orgOnly = rime.mintToken({ userId: 'user-2' });
    rime.grant('user-2', 'SUBJECT_TYPE_ORGANIZATION', 'org-1', 'ACTOR_ROLE_ADMIN');
    assert.deepEqual((await new RimeClient(rime.url, orgOnly).check()).workspaceIds, []);
  });

  it('lists a workspace to the end over several pages, per workspace, with {uuid} ids and RFC 3339 expiry', async () => {
    const [w1, w2] = rime.workspaces;
    const pasted = rime.mintToken({ name: 'pasted', workspaceId: w2, expiryDays: 100 });
    for (let i = 0; i < 23; i++) rime.mintToken({ name: `w1-${i}`, workspaceId: w1 });
    for (let i = 0; i < 4; i++) rime.mintToken({ name: `w2-${i}`, workspaceId: w2 });
    rime.maxPageSize = 10;
    const client = new RimeClient(rime.url, pasted);
    const list1 = await client.listTokens(w1);
    assert.equal(list1.length, 23);
    assert.equal(new Set(list1.map((t) => t.id)).size, 23);
    assert.equal(rime.requests.filter((r) => r === 'GET /v1/users/api-tokens').length, 3, 'three pages of at most 10');
    assert.ok(list1.every((t) => t.workspaceId === w1 && /^[0-9a-f-]{36}$/.test(t.id) && t.userId === 'user-1'));
    const list2 = await client.listTokens(w2);
    assert.equal(list2.length, 5);
    const own = await client.ownToken(rime.workspaces);
    assert.equal(own?.name, 'pasted');
    assert.equal(own?.workspaceId, w2);
    assert.ok(Math.abs(own!.expiresAt! - (Date.now() + 100 * 86_400_000)) < 60_000);
    assert.equal(await new RimeClient(rime.url, 'not-listed-anywhere').ownToken([]), undefined);
  });

  it('creates a token in the chosen workspace ({uuid} in, {uuid} out), lists it, deletes it by id.uuid', async () => {
    const client = new RimeClient(rime.url, rime.mintToken());
    const w2 = rime.workspaces[1];
    const created = await client.createToken('KeyWarden', w2, 270);
    assert.equal(rime.tokens.get(created.id)?.workspaceId, w2);
    const mine = (await client.listTokens(w2)).find((t) => t.id === created.id)!;
    assert.equal(mine.suffix, created.token.slice(-4));
    assert.ok(Math.abs(mine.expiresAt! - (Date.now() + 270 * 86_400_000)) < 60_000);
    await client.deleteToken(created.id);
    assert.equal(rime.tokens.has(created.id), false);
    await rejectsWith(new RimeClient(rime.url, created.token).check(), 'unauthorized', /invalid api key/);
    await rejectsWith(client.deleteToken(created.id), 'not-found', /api token not found/);
    await rejectsWith(client.createToken('x', 'no-such-workspace'), 'not-found', /workspace no-such-workspace not found/);
  });

  it("accepts token_type as RI's own client sends it (gRPC-gateway reads both names)", async () => {
    const res = await fetch(`${rime.url}/v1/users/api-tokens`, {
      method: 'POST',
      headers: { 'rime-api-key': rime.mintToken(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'py', workspaceId: { uuid: rime.workspaceId }, token_type: 'TOKEN_TYPE_USER' }),
    });
    assert.equal(res.status, 200);
  });

  it('explains the 200-token limit, refused tokens, and a server that never stops paging', async () => {
    const small = await startRime({ maxTokens: 1 });
    try {
      const client = new RimeClient(small.url, small.mintToken());
      await rejectsWith(client.createToken('more', small.workspaceId), 'limit', /at most 200 API tokens: delete unused ones/);
      await rejectsWith(new RimeClient(small.url, 'bad').check(), 'unauthorized', /401/);
      await rejectsWith(new RimeClient(small.url, small.mintToken({ expiryDays: -1 })).check(), 'unauthorized', /expired/);
    } finally {
      await small.close();
    }
    // Hostile paging (valid JSON, never ending): the client stops instead of looping.
    let n = 0;
    const endless = await serveJson(({ query }) => ({
      status: 200,
      body: { apiTokenInfos: [], hasMore: true, nextPageToken: query.get('pageSize') === '100' && n++ % 2 ? 'same' : `p${n}` },
    }));
    try {
      await rejectsWith(new RimeClient(endless.url, 't').listTokens('w'), 'malformed', /same page token twice|kept sending more pages/);
      n = 0;
      const always = await serveJson(() => ({ status: 200, body: { apiTokenInfos: [], hasMore: true, nextPageToken: `p${n++}` } }));
      try {
        await rejectsWith(new RimeClient(always.url, 't').listTokens('w'), 'malformed', /kept sending more pages/);
        assert.equal(always.requests.length, 50);
      } finally {
        await always.close();
      }
    } finally {
      await endless.close();
    }
  });

  itSurvivesFaults(
    () => rime,
    /the RI Platform at http:\/\/127\.0\.0\.1/,
    () => {
      const token = rime.mintToken();
      return (url, ms) => new RimeClient(url, token, ms);
    },
    {
      check: (c) => c.check(),
      listTokens: (c) => c.listTokens(rime.workspaceId),
      ownToken: (c) => c.ownToken([rime.workspaceId]),
      createToken: (c) => c.createToken('x', rime.workspaceId),
      deleteToken: (c) => c.deleteToken('6f1c1a34-0000-4000-8000-000000000000'),
    },
  );
});
