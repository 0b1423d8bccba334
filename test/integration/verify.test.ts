/**
 * Key verification (server/src/verify) against loopback stand-ins: every provider verifier with
 * live, revoked, rate-limited, 5xx, timeout, dropped and malformed replies; the checker's cache,
 * global rate limit and redirect refusal; and where a platform key may be sent (hosts.ts) with the
 * contract-validating Arthur Engine stand-in.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { KeyChecker, PROVIDER_VERIFIERS, type HostContext } from '../../server/src/verify';
import { targetUrl } from '../../server/src/verify/http';
import { serveJson } from '../servers/base';
import { startIssuers, type IssuerStandIn } from '../servers/issuers';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';

const alnum = (n: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => chars[b % chars.length]).join('');
};
const letters = (n: number) => alnum(n * 2).replace(/[0-9]/g, '').padEnd(n, 'q').slice(0, n);

/** A fresh key of each verifier's kind, as its rule finds it. */
const KEYS: Record<string, { rule: string; make: () => string }> = {
  github: { rule: 'github-token', make: () => `ghp_${alnum(36)}` },
  gitlab: { rule: 'gitlab-token', make: () => `glpat-${alnum(20)}` },
  openai: { rule: 'openai-api-key', make: () => `sk-proj-${alnum(60)}` },
  anthropic: { rule: 'anthropic-api-key', make: () => `sk-ant-api03-${alnum(93)}` },
  huggingface: { rule: 'huggingface-token', make: () => `hf_${letters(34)}` },
  slack: { rule: 'slack-token', make: () => `xoxb-1234567890-${alnum(24)}` },
  stripe: { rule: 'stripe-secret-key', make: () => `sk_test_${alnum(24)}` },
  npm: { rule: 'npm-token', make: () => `npm_${alnum(36)}` },
  sendgrid: { rule: 'sendgrid-api-key', make: () => `SG.${alnum(22)}.${alnum(43)}` },
};

describe('Key verification: each issuer against its loopback stand-in', () => {
  let issuers: IssuerStandIn;
  before(async () => {
    issuers = await startIssuers();
  });
  after(() => issuers.close());
  afterEach(() => {
    issuers.fault = undefined;
    issuers.requests.length = 0;
  });
  const checker = (timeoutMs = 2_000) => new KeyChecker({ cacheMs: 60_000, timeoutMs, loopback: issuers.url });

  it('has a stand-in case for every verifier', () => {
    assert.deepEqual(PROVIDER_VERIFIERS.map((v) => v.id).sort(), Object.keys(KEYS).sort());
  });

  for (const v of PROVIDER_VERIFIERS) {
    const { rule, make } = KEYS[v.id];
    const official = new URL(v.endpoint);
    describe(`${v.label} (${official.host})`, () => {
      it('a live key is live, checked at the official endpoint only, and the result holds no secret', async () => {
        const key = make();
        issuers.live.add(key);
        const r = await checker().check(rule, key);
        assert.equal(r?.verdict, 'live', r?.why);
        assert.equal(r?.host, official.host);
        assert.deepEqual(issuers.requests, [`${v.request(key).method} /${official.host}${official.pathname}`]);
        assert.ok(!JSON.stringify(r).includes(key.slice(4)));
      });
      it('a key the issuer refuses is revoked', async () => {
        const r = await checker().check(rule, make());
        assert.equal(r?.verdict, 'revoked', r?.why);
      });
      it('a rate-limited answer is unknown, saying the issuer is limiting requests', async () => {
        const key = make();
        issuers.limited.add(key);
        const r = await checker().check(rule, key);
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /limiting requests/);
      });
      it('a 5xx is unknown ("the service failed")', async () => {
        const key = make();
        issuers.live.add(key);
        issuers.fault = { kind: 'status', status: 503 };
        const r = await checker().check(rule, key);
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /failed \(HTTP 503\)/);
      });
      it('no answer within the timeout is unknown', async () => {
        const key = make();
        issuers.live.add(key);
        issuers.fault = { kind: 'slow', ms: 1_500 };
        const started = Date.now();
        const r = await checker(300).check(rule, key);
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /no answer within/);
        assert.ok(Date.now() - started < 1_400, 'the check gave up at its timeout');
      });
      it('a malformed or dropped reply is unknown', async () => {
        const key = make();
        issuers.live.add(key);
        issuers.fault = { kind: 'malformed' };
        const r = await checker().check(rule, key);
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /could not be read/);
        issuers.fault = { kind: 'drop' };
        const d = await checker().check(rule, key);
        assert.equal(d?.verdict, 'unknown');
      });
    });
  }

  it('one request per key per cache period, again after it expires; concurrent checks share one request', async () => {
    let now = 1_000_000;
    const c = new KeyChecker({ cacheMs: 60_000, loopback: issuers.url, now: () => now });
    const key = KEYS.github.make();
    issuers.live.add(key);
    const [a, b] = await Promise.all([c.check('github-token', key), c.check('github-token', key)]);
    assert.equal(a?.verdict, 'live');
    assert.equal(b?.verdict, 'live');
    assert.equal((await c.check('github-token', key))?.verdict, 'live');
    assert.equal(issuers.requests.length, 1);
    assert.equal(c.cached('github-token', key)?.verdict, 'live');
    now += 61_000;
    assert.equal(c.cached('github-token', key), undefined);
    issuers.live.delete(key);
    assert.equal((await c.check('github-token', key))?.verdict, 'revoked');
    assert.equal(issuers.requests.length, 2);
  });

  it('a global limit: beyond it nothing is sent and the key is "unknown" until a later pass', async () => {
    const c = new KeyChecker({ cacheMs: 60_000, loopback: issuers.url, perMinute: 2 });
    const keys = [KEYS.npm.make(), KEYS.npm.make(), KEYS.npm.make()];
    const results = [];
    for (const k of keys) results.push(await c.check('npm-token', k));
    assert.deepEqual(results.map((r) => r?.verdict), ['revoked', 'revoked', 'unknown']);
    assert.match(results[2]?.why ?? '', /limit of 2 checks a minute/);
    assert.equal(issuers.requests.length, 2);
    assert.equal(c.cached('npm-token', keys[2]), undefined, 'a key never sent is not cached');
  });

  it('a redirect is not followed: the key goes nowhere else', async () => {
    const elsewhere = await serveJson(() => ({ status: 200, body: { login: 'attacker' } }));
    try {
      issuers.redirectTo = `${elsewhere.url}/user`;
      const key = KEYS.github.make();
      issuers.live.add(key);
      const r = await checker().check('github-token', key);
      assert.equal(r?.verdict, 'unknown');
      assert.match(r?.why ?? '', /redirect/);
      assert.deepEqual(elsewhere.requests, []);
    } finally {
      issuers.redirectTo = undefined;
      await elsewhere.close();
    }
  });

  it('keys of a kind the endpoint does not take, and other rules, are not checked at all', async () => {
    const c = checker();
    assert.equal(await c.check('gitlab-token', `gldt-${alnum(20)}`), undefined);
    assert.equal(await c.check('openai-api-key', `sk-admin-${alnum(60)}`), undefined);
    assert.equal(await c.check('anthropic-api-key', `sk-ant-admin01-${alnum(93)}`), undefined);
    assert.equal(await c.check('generic-password', 'Zr7!pQ2vLx9wT4sN'), undefined);
    assert.deepEqual(issuers.requests, []);
  });

  it('the test origin is honoured only on 127.0.0.1', () => {
    assert.equal(targetUrl('https://api.github.com/user', 'http://127.0.0.1:9'), 'http://127.0.0.1:9/api.github.com/user');
    assert.throws(() => targetUrl('https://api.github.com/user', 'http://evil.example:80'));
    assert.throws(() => targetUrl('https://api.github.com/user', 'https://127.0.0.1:9'));
  });
});

describe('Key verification: where an Arthur Engine key may be sent', () => {
  let engine: ArthurEngine;
  let other: ArthurEngine;
  before(async () => {
    engine = await startArthurEngine();
    other = await startArthurEngine();
  });
  after(async () => {
    await engine.close();
    await other.close();
  });
  afterEach(() => {
    engine.requests.length = 0;
    other.requests.length = 0;
  });
  const asking = (trusted: boolean, answer: boolean) => {
    const asked: string[] = [];
    const ctx: HostContext = { trusted, confirm: async (host) => (asked.push(host), answer) };
    return { ctx, asked };
  };
  const host = (u: string) => new URL(u).host;

  it('a host from user settings is used without asking: a known key is live, a deactivated one revoked', async () => {
    const c = new KeyChecker({ cacheMs: 60_000 });
    const { key } = engine.mintKey(['VALIDATION-USER']);
    const { ctx, asked } = asking(false, false);
    const r = await c.check('arthur-engine-api-key', key, [{ url: engine.url, source: 'user' }], ctx);
    assert.equal(r?.verdict, 'live', r?.why);
    assert.equal(r?.host, host(engine.url));
    assert.deepEqual(asked, []);
    const dead = engine.mintKey(['VALIDATION-USER']);
    engine.keys.get(dead.id)!.is_active = false;
    const gone = await c.check('arthur-engine-api-key', dead.key, [{ url: engine.url, source: 'signed-in' }], ctx);
    assert.equal(gone?.verdict, 'revoked', gone?.why);
  });

  it('a workspace setting pointing at another host sends nothing in an untrusted workspace', async () => {
    const c = new KeyChecker({ cacheMs: 60_000 });
    const { key } = other.mintKey(['VALIDATION-USER']);
    const { ctx, asked } = asking(false, true);
    for (const source of ['workspace', 'file'] as const) {
      const r = await c.check('arthur-engine-api-key', key, [{ url: other.url, source }], ctx);
      assert.equal(r, undefined);
    }
    assert.deepEqual(asked, [], 'nobody is asked in an untrusted workspace');
    assert.deepEqual(other.requests, []);
  });

  it('in a trusted workspace it asks first, once per host; no sends nothing, yes checks there', async () => {
    const { key } = other.mintKey(['VALIDATION-USER']);
    const no = asking(true, false);
    const c = new KeyChecker({ cacheMs: 60_000 });
    assert.equal(await c.check('arthur-engine-api-key', key, [{ url: other.url, source: 'workspace' }], no.ctx), undefined);
    assert.equal(await c.check('arthur-engine-api-key', key, [{ url: other.url, source: 'file' }], no.ctx), undefined);
    assert.deepEqual(no.asked, [host(other.url)], 'asked once for the host');
    assert.deepEqual(other.requests, []);

    const yes = asking(true, true);
    const c2 = new KeyChecker({ cacheMs: 60_000 });
    const r = await c2.check('arthur-engine-api-key', key, [{ url: engine.url, source: 'user' }, { url: other.url, source: 'workspace' }], yes.ctx);
    assert.deepEqual(yes.asked, [host(other.url)]);
    assert.equal(r?.verdict, 'live', r?.why);
    assert.equal(r?.host, host(other.url));
    assert.ok(other.requests.length > 0);
  });

  it('an Engine that does not answer in time is "unknown", and a URL with credentials is never used', async () => {
    const c = new KeyChecker({ cacheMs: 60_000, timeoutMs: 300 });
    const { key } = engine.mintKey(['VALIDATION-USER']);
    engine.fault = { kind: 'slow', ms: 1_500 };
    try {
      const r = await c.check('arthur-engine-api-key', key, [{ url: engine.url, source: 'user' }], asking(true, true).ctx);
      assert.equal(r?.verdict, 'unknown');
      assert.match(r?.why ?? '', /no answer within/);
    } finally {
      engine.fault = undefined;
    }
    const withCreds = engine.url.replace('http://', 'http://u:p@');
    assert.equal(await new KeyChecker({ cacheMs: 1 }).check('arthur-engine-api-key', key, [{ url: withCreds, source: 'user' }], asking(true, true).ctx), undefined);
  });
});
