/**
 * Key verification (server/src/verify) against loopback stand-ins: every provider verifier with
 * live, revoked, rate-limited, 5xx, timeout, dropped and malformed replies; the checker's cache,
 * global rate limit and redirect refusal; and where a platform key may be sent (hosts.ts) with the
 * contract-validating Arthur Engine stand-in.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { KeyChecker, PROVIDER_VERIFIERS, type HostContext, type Nearby } from '../../server/src/verify';
import { targetUrl } from '../../server/src/verify/http';
import { serveJson } from '../servers/base';
import { startIssuers, type IssuerStandIn } from '../servers/issuers';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';

const alnum = (n: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => chars[b % chars.length]).join('');
};
const letters = (n: number) =>
  alnum(n * 2)
    .replace(/[0-9]/g, '')
    .padEnd(n, 'q')
    .slice(0, n);

const hex = (n: number) =>
  randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);
const base32 = (n: number) => Array.from(randomBytes(n), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('');

/** A key found with the other half of its pair beside it: the value, where it is, and what the stand-in knows it by. */
interface Made {
  readonly secret: string;
  readonly near?: Nearby;
  /** Makes the stand-in accept it (once added to its live or limited set under this name). */
  readonly standIn: string;
  readonly register?: (issuers: IssuerStandIn) => void;
}

function inText(text: string, secret: string, name?: string): Nearby {
  const start = text.indexOf(secret);
  return { text, start, end: start + secret.length, ...(name ? { name } : {}) };
}

/** An AWS secret key written beside its access key id, as in a leaked credentials file. */
function awsPair(): Made {
  const id = `AKIA${base32(16)}`;
  const secret = alnum(40);
  const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
  return {
    secret,
    near: inText(text, secret, 'aws_secret_access_key'),
    standIn: id,
    register: (i) => i.awsSecrets.set(id, { secretAccessKey: secret }),
  };
}

/** A Twilio auth token beside its account SID. */
function twilioPair(): Made {
  const sid = `AC${hex(32)}`;
  const token = hex(32);
  const text = `TWILIO_ACCOUNT_SID = "${sid}"\nTWILIO_AUTH_TOKEN = "${token}"\n`;
  return { secret: token, near: inText(text, token, 'TWILIO_AUTH_TOKEN'), standIn: `${sid}:${token}` };
}

/** A fresh key of each verifier's kind, as its rule finds it. */
const KEYS: Record<string, { rule: string; make: () => string | Made }> = {
  github: { rule: 'github-token', make: () => `ghp_${alnum(36)}` },
  gitlab: { rule: 'gitlab-token', make: () => `glpat-${alnum(20)}` },
  openai: { rule: 'openai-api-key', make: () => `sk-proj-${alnum(60)}` },
  anthropic: { rule: 'anthropic-api-key', make: () => `sk-ant-api03-${alnum(93)}` },
  huggingface: { rule: 'huggingface-token', make: () => `hf_${letters(34)}` },
  slack: { rule: 'slack-token', make: () => `xoxb-1234567890-${alnum(24)}` },
  stripe: { rule: 'stripe-secret-key', make: () => `sk_test_${alnum(24)}` },
  npm: { rule: 'npm-token', make: () => `npm_${alnum(36)}` },
  sendgrid: { rule: 'sendgrid-api-key', make: () => `SG.${alnum(22)}.${alnum(43)}` },
  twilio: { rule: 'generic-token', make: twilioPair },
  aws: { rule: 'aws-secret-access-key', make: awsPair },
  google: { rule: 'google-api-key', make: () => `AIza${alnum(35)}` },
};

const made = (m: string | Made): Made => (typeof m === 'string' ? { secret: m, standIn: m } : m);

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
    const { rule } = KEYS[v.id];
    const official = new URL(v.endpoint);
    /** A fresh key the stand-in knows in `state`; its check. */
    const key = (state?: 'live' | 'limited') => {
      const k = made(KEYS[v.id].make());
      k.register?.(issuers);
      if (state) issuers[state].add(k.standIn);
      return { ...k, check: (c: KeyChecker) => c.check(rule, k.secret, [], undefined, k.near) };
    };
    describe(`${v.label} (${official.host})`, () => {
      it('a live key is live, checked at the official host only, and neither the result nor the stand-in log holds the secret', async () => {
        const k = key('live');
        const r = await k.check(checker());
        assert.equal(r?.verdict, 'live', r?.why);
        assert.equal(r?.host, official.host);
        assert.equal(issuers.requests.length, 1);
        assert.match(issuers.requests[0], new RegExp(`^${v.request(k.secret).method} /${official.host.replace(/\./g, '\\.')}/`));
        assert.ok(!JSON.stringify(r).includes(k.secret.slice(4)));
        assert.ok(!issuers.requests.join('\n').includes(k.secret.slice(4)));
      });
      it('a key the issuer refuses is revoked', async () => {
        const r = await key().check(checker());
        assert.equal(r?.verdict, 'revoked', r?.why);
      });
      it('a rate-limited answer is unknown, saying the issuer is limiting requests', async () => {
        const r = await key('limited').check(checker());
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /limiting requests/);
      });
      it('a 5xx is unknown ("the service failed")', async () => {
        const k = key('live');
        issuers.fault = { kind: 'status', status: 503 };
        const r = await k.check(checker());
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /failed \(HTTP 503\)/);
      });
      it('no answer within the timeout is unknown', async () => {
        const k = key('live');
        issuers.fault = { kind: 'slow', ms: 1_500 };
        const started = Date.now();
        const r = await k.check(checker(300));
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /no answer within/);
        assert.ok(Date.now() - started < 1_400, 'the check gave up at its timeout');
      });
      it('a malformed or dropped reply is unknown', async () => {
        const k = key('live');
        issuers.fault = { kind: 'malformed' };
        const r = await k.check(checker());
        assert.equal(r?.verdict, 'unknown');
        assert.match(r?.why ?? '', /could not be read/);
        issuers.fault = { kind: 'drop' };
        const d = await k.check(checker());
        assert.equal(d?.verdict, 'unknown');
      });
    });
  }

  describe('keys checked in pairs', () => {
    it('AWS: the key id finding and the secret key finding are one check; a secret that is not the id\'s is "unknown", not revoked', async () => {
      const k = made(awsPair());
      k.register!(issuers);
      issuers.live.add(k.standIn);
      const c = checker();
      const bySecret = await c.check('aws-secret-access-key', k.secret, [], undefined, k.near);
      const idNear = inText(k.near!.text, k.standIn, 'aws_access_key_id');
      const byId = await c.check('aws-access-key-id', k.standIn, [], undefined, idNear);
      assert.equal(bySecret?.verdict, 'live', bySecret?.why);
      assert.equal(byId?.verdict, 'live', byId?.why);
      assert.equal(issuers.requests.length, 1, 'one request for the pair');
      issuers.awsSecrets.set(k.standIn, { secretAccessKey: alnum(40) });
      const wrong = await checker().check('aws-secret-access-key', k.secret, [], undefined, k.near);
      assert.equal(wrong?.verdict, 'unknown');
      assert.match(wrong?.why ?? '', /not this key id's/);
    });
    it('AWS: without the other half, or a temporary ASIA key without its session token, nothing is sent', async () => {
      const c = checker();
      const lone = `aws_secret_access_key = ${alnum(40)}`;
      assert.equal(await c.check('aws-secret-access-key', lone.slice(24), [], undefined, inText(lone, lone.slice(24))), undefined);
      assert.equal(await c.check('aws-secret-access-key', lone.slice(24)), undefined, 'no text, no pair');
      const temp = `aws_access_key_id = ASIA${base32(16)}\naws_secret_access_key = ${alnum(40)}`;
      const s = temp.slice(-40);
      assert.equal(await c.check('aws-secret-access-key', s, [], undefined, inText(temp, s)), undefined);
      assert.deepEqual(issuers.requests, []);
    });
    it('AWS: a temporary key with its session token is signed with it', async () => {
      const id = `ASIA${base32(16)}`;
      const secret = alnum(40);
      const token = `IQoJb3JpZ2luX2Vj${alnum(200)}`;
      const text = `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\naws_session_token = ${token}\n`;
      issuers.awsSecrets.set(id, { secretAccessKey: secret, sessionToken: token });
      issuers.live.add(id);
      const r = await checker().check('aws-secret-access-key', secret, [], undefined, inText(text, secret));
      assert.equal(r?.verdict, 'live', r?.why);
      issuers.awsSecrets.set(id, { secretAccessKey: secret, sessionToken: `IQoJb3JpZ2luX2Vj${alnum(200)}` });
      const other = await checker().check('aws-secret-access-key', secret, [], undefined, inText(text, secret));
      assert.notEqual(other?.verdict, 'live', 'the stand-in checks the session token is signed');
    });
    it('Twilio: a 32-hex value is checked only when it is named or placed as a Twilio token, beside an account SID', async () => {
      const c = checker();
      const token = hex(32);
      const plain = `CACHE_TOKEN = "${token}"\nOWNER = "AC${hex(32)}"`;
      assert.equal(await c.check('generic-token', token, [], undefined, inText(plain, token, 'CACHE_TOKEN')), undefined);
      const noSid = `TWILIO_AUTH_TOKEN = "${token}"`;
      assert.equal(await c.check('generic-token', token, [], undefined, inText(noSid, token, 'TWILIO_AUTH_TOKEN')), undefined);
      assert.deepEqual(issuers.requests, []);
    });
    it('Google: a key that exists but may not call this API (403 with a reason) is live', () => {
      const google = PROVIDER_VERIFIERS.find((v) => v.id === 'google')!;
      const reply = (status: number, reason: string) => ({
        status,
        headers: new Headers(),
        json: { error: { code: status, details: [{ reason }] } },
      });
      assert.equal(google.interpret(reply(403, 'SERVICE_DISABLED')).verdict, 'live');
      assert.equal(google.interpret(reply(403, 'API_KEY_HTTP_REFERRER_BLOCKED')).verdict, 'live');
      assert.equal(google.interpret(reply(400, 'API_KEY_INVALID')).verdict, 'revoked');
      assert.equal(google.interpret(reply(400, 'BAD_REQUEST')).verdict, 'unknown');
    });
  });

  it('one request per key per cache period, again after it expires; concurrent checks share one request', async () => {
    let now = 1_000_000;
    const c = new KeyChecker({ cacheMs: 60_000, loopback: issuers.url, now: () => now });
    const key = KEYS.github.make() as string;
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
    const keys = [KEYS.npm.make() as string, KEYS.npm.make() as string, KEYS.npm.make() as string];
    const results = [];
    for (const k of keys) results.push(await c.check('npm-token', k));
    assert.deepEqual(
      results.map((r) => r?.verdict),
      ['revoked', 'revoked', 'unknown'],
    );
    assert.match(results[2]?.why ?? '', /limit of 2 checks a minute/);
    assert.equal(issuers.requests.length, 2);
    assert.equal(c.cached('npm-token', keys[2]), undefined, 'a key never sent is not cached');
  });

  it('a redirect is not followed: the key goes nowhere else', async () => {
    const elsewhere = await serveJson(() => ({ status: 200, body: { login: 'attacker' } }));
    try {
      issuers.redirectTo = `${elsewhere.url}/user`;
      const key = KEYS.github.make() as string;
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
    const r = await c2.check(
      'arthur-engine-api-key',
      key,
      [
        { url: engine.url, source: 'user' },
        { url: other.url, source: 'workspace' },
      ],
      yes.ctx,
    );
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
    assert.equal(
      await new KeyChecker({ cacheMs: 1 }).check(
        'arthur-engine-api-key',
        key,
        [{ url: withCreds, source: 'user' }],
        asking(true, true).ctx,
      ),
      undefined,
    );
  });
});
