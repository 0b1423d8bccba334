/**
 * The Arthur Engine client against contract-validating local Engines (test/servers/arthur-engine.ts):
 * every request and reply is checked against the Engine's published contract, and the stand-in
 * follows the facts its code shows (204 deactivate, 400 not 422, key routes refuse user keys …).
 * The matrix: a current Engine and older ones (404 and 405 on /users/me) × the admin key, an
 * ORG-ADMIN login JWT, a VALIDATION-USER key, a TASK-ADMIN key and a revoked key.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { EngineClient, engineKeyId, explainSessionRefusal, KEY_ROUTES_NEED, SESSION_NOT_TRUSTED } from '../../common/api/arthurEngine';
import { PlatformError } from '../../common/api/http';
import { refusedUrl } from '../servers/base';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { withStandIn } from './standIn';

const VERSIONS = ['current', 'old-404', 'old-405'] as const;

for (const version of VERSIONS) {
  describe(`Arthur Engine client: paste check on a ${version} Engine`, () => {
    let engine: ArthurEngine;
    withStandIn(
      () => startArthurEngine({ version }),
      (s) => (engine = s),
      { once: true },
    );
    const legacy = version !== 'current';
    const check = (credential: string) => new EngineClient(engine.url, credential).whoAmI();

    it('accepts the admin key (403 on /api/v2/tasks on older Engines means it authenticated)', async () => {
      const me = await check(engine.adminKey);
      assert.equal(me.legacy, legacy);
      if (!legacy) assert.deepEqual([me.userId, me.roles], ['master-key', ['ADMIN-KEY']]);
    });

    it('accepts a VALIDATION-USER key, the default role, which may not read tasks', async () => {
      const { id, key } = engine.mintKey(['VALIDATION-USER']);
      const me = await check(key);
      assert.equal(me.legacy, legacy);
      if (!legacy) assert.deepEqual([me.userId, me.roles], [id, ['VALIDATION-USER']]);
    });

    it('accepts a TASK-ADMIN key (200 on /api/v2/tasks on older Engines)', async () => {
      const { key } = engine.mintKey(['TASK-ADMIN']);
      assert.equal((await check(key)).legacy, legacy);
    });

    it('accepts an ORG-ADMIN login JWT signed by the Engine', async () => {
      const me = await check(await engine.signJwt({ sub: 'alice', email: 'alice@example.com', roles: ['ORG-ADMIN'] }));
      assert.equal(me.legacy, legacy);
      if (!legacy) assert.equal(me.userId, 'alice');
    });

    it('refuses a revoked key and a wrong one with 401, never mistaking 404/405/403 for a verdict', async () => {
      const { id, key } = engine.mintKey();
      await new EngineClient(engine.url, engine.adminKey).deactivateKey(id);
      await rejectsWith(check(key), 'unauthorized', /refused the credentials \(401: Bad credentials\)/);
      await rejectsWith(check(Buffer.from('not-a-uuid:whatever').toString('base64')), 'unauthorized', /401/);
    });
  });
}

describe('Arthur Engine client: key management', () => {
  let engine: ArthurEngine;
  withStandIn(startArthurEngine, (s) => (engine = s));

  it('creates a key with the admin key; shown once, it decodes to its id and works for /users/me', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey);
    const { key, secret } = await admin.createKey('KeyWarden on test', ['VALIDATION-USER']);
    assert.equal(engineKeyId(secret), key.id);
    assert.deepEqual(key.roles, ['VALIDATION-USER']);
    assert.equal((await new EngineClient(engine.url, secret).whoAmI()).userId, key.id);
    const listed = await admin.listKeys();
    assert.deepEqual(
      listed.map((k) => k.id),
      [key.id],
    );
    assert.ok(!JSON.stringify(listed).includes(secret));
    assert.equal((await admin.getKey(key.id)).description, 'KeyWarden on test');
  });

  it('sends the roles it means: an empty pick becomes VALIDATION-USER, not a key with no roles', async () => {
    const { key } = await new EngineClient(engine.url, engine.adminKey).createKey('no pick', []);
    assert.deepEqual(key.roles, ['VALIDATION-USER']);
  });

  it('manages keys with an ORG-ADMIN login JWT; an ORG-AUDITOR login may list but not create', async () => {
    const orgAdmin = new EngineClient(engine.url, await engine.signJwt({ email: 'a@example.com', roles: ['ORG-ADMIN'] }));
    const { key } = await orgAdmin.createKey('by org admin', ['TASK-ADMIN']);
    const auditor = new EngineClient(engine.url, await engine.signJwt({ email: 'b@example.com', roles: ['ORG-AUDITOR'] }));
    assert.deepEqual(
      (await auditor.listKeys()).map((k) => k.id),
      [key.id],
    );
    await rejectsWith(
      auditor.createKey('x', ['VALIDATION-USER']),
      'forbidden',
      /may not manage keys \(403\).*creating and deactivating need ORG-ADMIN/,
    );
  });

  it('explains that a user key cannot manage keys, whatever its roles (401 on key routes)', async () => {
    for (const roles of [['VALIDATION-USER'], ['ORG-ADMIN']]) {
      const user = new EngineClient(engine.url, engine.mintKey(roles).key);
      const err = await rejectsWith(user.listKeys(), 'unauthorized', /refused the credential for key management \(401\)/);
      assert.ok(err.message.includes(KEY_ROUTES_NEED));
      await rejectsWith(user.createKey('x', ['VALIDATION-USER']), 'unauthorized', /GENAI_ENGINE_ADMIN_KEY/);
      await rejectsWith(user.deactivateKey(engine.mintKey().id), 'unauthorized', /admin key/);
      await rejectsWith(user.getKey(engine.mintKey().id), 'unauthorized', /admin key/);
    }
  });

  it('deactivates a key (204): refused at once if this Engine never saw it, up to 10 s if it did', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey);
    const unseen = await admin.createKey('never used', ['VALIDATION-USER']);
    const used = await admin.createKey('in use', ['VALIDATION-USER']);
    await new EngineClient(engine.url, used.secret).whoAmI();
    await admin.deactivateKey(unseen.key.id);
    await admin.deactivateKey(used.key.id);
    assert.deepEqual(await admin.listKeys(), []);
    await rejectsWith(new EngineClient(engine.url, unseen.secret).whoAmI(), 'unauthorized', /Bad credentials/);
    // The per-instance cache (AE dependencies.py:237-245): why KeyWarden says "up to 10 seconds".
    assert.equal((await new EngineClient(engine.url, used.secret).whoAmI()).userId, used.key.id);
    await rejectsWith(admin.deactivateKey(used.key.id), 'not-found', /API Key not found/);
    await rejectsWith(admin.getKey('00000000-0000-4000-8000-000000000000'), 'not-found', /API Key not found/);
  });

  it('says why the Engine refuses a key: TENANT-USER and the key limit (400, as the Engine answers)', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey);
    await rejectsWith(admin.createKey('x', ['TENANT-USER']), 'invalid', /rejected the request \(400: TENANT-USER/);
    const small = await startArthurEngine({ maxKeys: 1 });
    try {
      const a = new EngineClient(small.url, small.adminKey);
      await a.createKey('first', ['VALIDATION-USER']);
      await rejectsWith(a.createKey('second', ['VALIDATION-USER']), 'limit', /Maximum number of active keys reached/);
    } finally {
      await small.close();
    }
  });

  it('a request outside the contract is answered 400 as the Engine does, and fails the contract check', async () => {
    engine.expectViolation(/deactivate_api_key.*request does not match the contract.*api_key_id.*uuid/);
    await rejectsWith(new EngineClient(engine.url, engine.adminKey).deactivateKey('nope'), 'invalid', /400/);
  });

  it('never puts the credential in an error message', async () => {
    const secretish = 'S3cr3t-admin-key-that-must-not-leak';
    const err = await rejectsWith(new EngineClient(engine.url, secretish).listKeys(), 'unauthorized', /401/);
    assert.ok(!err.message.includes(secretish));
  });
});

describe('Arthur Engine client: the platform session is only an option, and its refusal is explained', () => {
  it('an Engine that does not trust the platform answers 500; an untrusted or claim-less token is explained', async () => {
    const engine = await startArthurEngine();
    const other = await startArthurEngine();
    try {
      // Signed by another key set (the platform's): the kid is not in this Engine's own set -> 500.
      const foreign = await other.signJwt({ email: 'a@example.com', roles: ['ORG-ADMIN'] });
      const err = await rejectsWith(
        explainSessionRefusal(true, () => new EngineClient(engine.url, foreign).createKey('x', [])),
        'server',
        /does not accept your Arthur Platform session/,
      );
      assert.ok(err.message.includes(SESSION_NOT_TRUSTED));
      assert.match(err.message, /HTTP 500/);
      // No email claim: the Engine fails with 500 (AE utils/users.py:16-29).
      const noEmail = await engine.signJwt({ roles: ['ORG-ADMIN'] });
      await rejectsWith(
        explainSessionRefusal(true, () => new EngineClient(engine.url, noEmail).listKeys()),
        'server',
        /realm_access\.roles and email/,
      );
      // An admin key's refusal is not blamed on the session.
      await rejectsWith(
        explainSessionRefusal(false, () => new EngineClient(engine.url, 'wrong').listKeys()),
        'unauthorized',
        /key management/,
      );
      assert.equal(await explainSessionRefusal(true, async () => 7), 7);
    } finally {
      await Promise.all([engine.close(), other.close()]);
    }
  });
});

describe('Arthur Engine client: faults', () => {
  let engine: ArthurEngine;
  withStandIn(startArthurEngine, (s) => (engine = s), { once: true });
  const admin = () => new EngineClient(engine.url, engine.adminKey, 500);

  it('a 5xx, malformed JSON, a dropped connection and a timeout each end in a clear error', async () => {
    engine.fault = { kind: 'status', status: 503 };
    await rejectsWith(admin().createKey('x', ['VALIDATION-USER']), 'server', /failed \(HTTP 503/);
    await rejectsWith(admin().whoAmI(), 'server', /HTTP 503/);
    engine.fault = { kind: 'malformed' };
    await rejectsWith(admin().listKeys(), 'malformed', /could not read/);
    await rejectsWith(admin().getKey('00000000-0000-4000-8000-000000000000'), 'malformed', /could not read/);
    engine.fault = { kind: 'drop' };
    await rejectsWith(admin().deactivateKey('00000000-0000-4000-8000-000000000000'), 'network', /Could not reach the Arthur Engine/);
    engine.fault = { kind: 'slow', ms: 2000 };
    await rejectsWith(admin().listKeys(), 'timeout', /did not answer within (0|1) s/);
    engine.fault = undefined;
  });

  it('connection refused names the address to check', async () => {
    await rejectsWith(
      new EngineClient(await refusedUrl(), 'k').whoAmI(),
      'network',
      /connection refused at 127\.0\.0\.1:\d+ \(tried http:\/\/127\.0\.0\.1:\d+\/users\/me\)\. Is the address right/,
    );
  });

  it('engineKeyId reads the id of a real key and nothing else', () => {
    const { id, key } = engine.mintKey();
    assert.equal(engineKeyId(key), id);
    assert.equal(engineKeyId('not base64 at all!'), undefined);
    assert.equal(engineKeyId(Buffer.from('abc:def').toString('base64')), undefined);
    assert.ok(new PlatformError('x', 'server') instanceof Error);
  });
});
