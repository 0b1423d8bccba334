/**
 * The Arthur Scope (v3) client against a contract-validating local Scope API
 * (test/servers/arthur-scope.ts, held to test/contracts/arthur-scope.openapi.json, which cites
 * Arthur's own Python client for each call): the key check for Arthur-internal callers and for
 * others (auth_info with 0, 1 or several organisations), login with a session cookie, refusals,
 * and the shared faults.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { jwtExpiry, ScopeClient, scopeLogin, sessionCookie } from '../../common/api/arthurScope';
import { refusedUrl } from '../servers/base';
import { startArthurEngine } from '../servers/arthur-engine';
import { startArthurScope, type ArthurScope } from '../servers/arthur-scope';

describe('Arthur Scope client: checking a pasted key', () => {
  let scope: ArthurScope;
  before(async () => {
    scope = await startArthurScope();
  });
  after(() => scope.close());
  const who = (key: string) => new ScopeClient(scope.url, key).whoAmI();

  it('an Arthur-internal key: /users/me names the organisation (raw Authorization, no Bearer)', async () => {
    const key = scope.mintKey({ organizationIds: ['org-1'], roles: ['Administrator'] });
    const id = await who(key);
    assert.deepEqual(
      { ...id },
      { organizationId: 'org-1', organizationIds: ['org-1'], user: '', roles: ['Administrator'], via: 'users/me' },
    );
    assert.deepEqual(scope.requests, ['GET /api/v3/users/me']);
    // The same key with a Bearer prefix is another, unknown credential.
    await rejectsWith(who(`Bearer ${key}`), 'unauthorized', /401/);
  });

  it('a key of a caller that is not Arthur-internal: 403 on /users/me, then auth_info', async () => {
    const one = await who(scope.mintKey({ internal: false, organizationIds: ['org-a'], username: 'bob' }));
    assert.deepEqual([one.organizationId, one.user, one.via], ['org-a', 'bob', 'auth_info']);
    const several = await who(scope.mintKey({ internal: false, organizationIds: ['org-a', 'org-b'] }));
    assert.equal(several.organizationId, undefined);
    assert.deepEqual(several.organizationIds, ['org-a', 'org-b']);
    const none = await who(scope.mintKey({ internal: false, organizationIds: [] }));
    assert.deepEqual([none.organizationId, none.organizationIds.length], [undefined, 0]);
  });

  it("a revoked or wrong key: 401, said in the user's words, never echoing the key", async () => {
    const key = scope.mintKey();
    scope.revoke(key);
    const err = await rejectsWith(
      who(key),
      'unauthorized',
      /refused the key \(401\): check that you copied the whole key from your organisation's Settings → API Keys/,
    );
    assert.ok(!err.message.includes(key));
    await rejectsWith(who('wrong'), 'unauthorized', /Settings → API Keys/);
  });

  it('a host without auth_info, or not a Scope host at all, says which address to use', async () => {
    const bare = await startArthurScope({ authInfo: false });
    const engine = await startArthurEngine();
    try {
      await rejectsWith(
        new ScopeClient(bare.url, bare.mintKey({ internal: false })).whoAmI(),
        'not-found',
        /no Arthur v3 user API \(404\): is this your organisation's Arthur Scope address/,
      );
      engine.expectViolation(/GET \/api\/v3\/users\/me: no such path/);
      await rejectsWith(new ScopeClient(engine.url, 'k').whoAmI(), 'not-found', /not an Arthur Engine or Platform one/);
    } finally {
      await Promise.all([bare.close(), engine.close()]);
    }
  });
});

describe('Arthur Scope client: login and password', () => {
  let scope: ArthurScope;
  before(async () => {
    scope = await startArthurScope({ sessionTtl: 600 });
    scope.addUser('carol', 'correct horse', { organizationIds: ['org-c'] });
  });
  after(() => scope.close());

  it('logs in, reads the session token from the Authorization cookie, and the token works like a key', async () => {
    const before = Date.now();
    const session = await scopeLogin(scope.url, 'carol', 'correct horse');
    assert.equal(session.user, 'carol');
    assert.equal(session.token.split('.').length, 3);
    assert.ok(session.expiresAt! >= before + 590_000 && session.expiresAt! <= Date.now() + 601_000);
    const id = await new ScopeClient(scope.url, session.token).whoAmI();
    assert.deepEqual([id.organizationId, id.user], ['org-c', 'carol']);
    // By email too: the login field takes either.
    assert.equal((await scopeLogin(scope.url, 'carol@example.com', 'correct horse')).user, 'carol');
  });

  it("a wrong password is refused in the user's words, without echoing it", async () => {
    const err = await rejectsWith(
      scopeLogin(scope.url, 'carol', 'wrong horse'),
      'unauthorized',
      /refused the login or password \(401\)\. Check them, or paste an API key instead/,
    );
    assert.ok(!err.message.includes('wrong horse'));
  });

  it('reads cookies and token expiry defensively', () => {
    assert.equal(sessionCookie(['other=1; Path=/', 'Authorization=a.b.c; HttpOnly']), 'a.b.c');
    assert.equal(sessionCookie(['Authorization="a%2Eb"; Path=/']), 'a.b');
    assert.equal(sessionCookie(['Authorization=; Path=/']), undefined);
    assert.equal(sessionCookie([]), undefined);
    const payload = (o: unknown) => `x.${Buffer.from(JSON.stringify(o)).toString('base64url')}.y`;
    assert.equal(jwtExpiry(payload({ exp: 1_800_000_000 })), 1_800_000_000_000);
    assert.equal(jwtExpiry(payload({ exp: 'soon' })), undefined);
    assert.equal(jwtExpiry('not-a-jwt'), undefined);
    assert.equal(jwtExpiry('a.%%%.c'), undefined);
  });
});

describe('Arthur Scope client: faults', () => {
  let scope: ArthurScope;
  before(async () => {
    scope = await startArthurScope();
    scope.addUser('dan', 'pw');
  });
  after(() => scope.close());

  it('a 5xx, malformed JSON, a dropped connection and a timeout each end in a clear error', async () => {
    const key = scope.mintKey();
    const client = new ScopeClient(scope.url, key, 500);
    scope.fault = { kind: 'status', status: 502 };
    await rejectsWith(client.whoAmI(), 'server', /Arthur at .* failed \(HTTP 502/);
    await rejectsWith(scopeLogin(scope.url, 'dan', 'pw', 500), 'server', /HTTP 502/);
    scope.fault = { kind: 'malformed' };
    await rejectsWith(client.whoAmI(), 'malformed', /could not read/);
    await rejectsWith(scopeLogin(scope.url, 'dan', 'pw', 500), 'malformed', /could not read/);
    scope.fault = { kind: 'drop' };
    await rejectsWith(client.whoAmI(), 'network', /Could not reach Arthur at/);
    scope.fault = { kind: 'slow', ms: 2000 };
    await rejectsWith(client.whoAmI(), 'timeout', /did not answer within (0|1) s/);
    await rejectsWith(scopeLogin(scope.url, 'dan', 'pw', 500), 'timeout', /did not answer/);
    scope.fault = undefined;
  });

  it('connection refused names the address to check', async () => {
    const url = await refusedUrl();
    await rejectsWith(new ScopeClient(url, 'k').whoAmI(), 'network', /connection refused/);
    await rejectsWith(scopeLogin(url, 'a', 'b'), 'network', /connection refused/);
  });
});
