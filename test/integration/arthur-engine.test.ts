/**
 * The Arthur Engine client against a local Engine that implements the documented contract:
 * create (the key is shown once), list, deactivate, who-am-I, and every failure a user can meet.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { EngineClient, engineKeyId } from '../../client/src/providers/arthur/engineApi';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';

describe('Arthur Engine client against the local Engine', () => {
  let engine: ArthurEngine;
  beforeEach(async () => {
    engine = await startArthurEngine();
  });
  afterEach(() => engine.close());

  it('creates a key with the admin key; the key works for /users/me and decodes to its id', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey);
    const { key, secret } = await admin.createKey('KeyWarden on test', ['VALIDATION-USER']);
    assert.equal(engineKeyId(secret), key.id);
    assert.deepEqual(key.roles, ['VALIDATION-USER']);
    const me = await new EngineClient(engine.url, secret).whoAmI();
    assert.equal(me.userId, key.id);
    assert.equal(me.legacy, false);
    // Shown once: the list never carries it.
    const listed = await admin.listKeys();
    assert.deepEqual(listed.map((k) => k.id), [key.id]);
    assert.ok(!JSON.stringify(listed).includes(secret));
  });

  it('deactivates a key (204), after which the key is refused', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey);
    const { key, secret } = await admin.createKey('to revoke', ['VALIDATION-USER']);
    await admin.deactivateKey(key.id);
    assert.deepEqual(await admin.listKeys(), []);
    await rejectsWith(new EngineClient(engine.url, secret).whoAmI(), 'unauthorized', /refused the credentials \(401: Bad credentials\)/);
    await rejectsWith(admin.deactivateKey(key.id), 'not-found', /API Key not found/);
  });

  it('says why the Engine refuses: bad key, user key managing keys, TENANT-USER, the key limit, a bad id', async () => {
    await rejectsWith(new EngineClient(engine.url, 'not-a-key').whoAmI(), 'unauthorized', /Bad credentials/);
    const user = engine.mintKey();
    await rejectsWith(new EngineClient(engine.url, user.key).listKeys(), 'forbidden', /403/);
    const admin = new EngineClient(engine.url, engine.adminKey);
    await rejectsWith(admin.createKey('x', ['TENANT-USER']), 'invalid', /TENANT-USER/);
    await rejectsWith(admin.createKey('x', ['NOT-A-ROLE']), 'invalid', /422: body\.roles/);
    await rejectsWith(admin.deactivateKey('nope'), 'invalid', /valid UUID/);
    const small = await startArthurEngine({ maxKeys: 1 });
    try {
      const a = new EngineClient(small.url, small.adminKey);
      await a.createKey('first', ['VALIDATION-USER']);
      await rejectsWith(a.createKey('second', ['VALIDATION-USER']), 'limit', /Maximum number of active keys reached/);
    } finally {
      await small.close();
    }
  });

  it('falls back to another authorised GET on engines without /users/me', async () => {
    const old = await startArthurEngine({ legacy: true });
    try {
      const { key } = old.mintKey();
      const me = await new EngineClient(old.url, key).whoAmI();
      assert.equal(me.legacy, true);
      await rejectsWith(new EngineClient(old.url, 'wrong').whoAmI(), 'unauthorized', /401/);
    } finally {
      await old.close();
    }
  });

  it('turns faults into clear errors: 500, malformed JSON, dropped connection, timeout, refused', async () => {
    const admin = new EngineClient(engine.url, engine.adminKey, 500);
    engine.fault = { kind: 'status', status: 500 };
    await rejectsWith(admin.createKey('x', ['VALIDATION-USER']), 'server', /failed \(HTTP 500: Internal Server Error\)/);
    engine.fault = { kind: 'malformed' };
    await rejectsWith(admin.createKey('x', ['VALIDATION-USER']), 'malformed', /could not read/);
    engine.fault = { kind: 'drop' };
    await rejectsWith(admin.listKeys(), 'network', /Could not reach the Arthur Engine/);
    engine.fault = { kind: 'slow', ms: 2000 };
    await rejectsWith(admin.listKeys(), 'timeout', /did not answer within 1 s|within 0 s/);
    engine.fault = undefined;
    const url = engine.url;
    await engine.close();
    await rejectsWith(new EngineClient(url, 'k').whoAmI(), 'network', /connection refused/);
    engine = await startArthurEngine();
  });

  it('never puts the credential in an error message', async () => {
    const secretish = 'S3cr3t-admin-key-that-must-not-leak';
    const err = await rejectsWith(new EngineClient(engine.url, secretish).listKeys(), 'unauthorized', /401/);
    assert.ok(!err.message.includes(secretish));
  });
});
