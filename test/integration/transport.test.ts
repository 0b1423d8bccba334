/**
 * Where credentials may go, for every platform client and the Arthur Platform's openid-client:
 * never to another origin on a redirect (two ports on 127.0.0.1 are two origins), plain http://
 * only to loopback unless the user says yes, never echoed back unmasked; and connection
 * failures (self-signed certificate, refused connection, a web page instead of JSON) in the
 * user's words with the address tried.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { rejectsWith } from './expect';
import { EngineClient } from '../../common/api/arthurEngine';
import { ArthurPlatformAuth } from '../../client/src/providers/arthur/platformAuth';
import { H2oGpteClient } from '../../common/api/h2ogpte';
import { setPlainHttpConsent } from '../../common/api/http';
import { RimeClient } from '../../common/api/rime';
import { WhyLabsClient } from '../../common/api/whylabs';
import { startOidc } from '../servers/oidc';
import { startRecorder, startRedirector, startSelfSignedTls, startTokenHost, type Recorder } from '../servers/redirect';
import { startWhyLabs } from '../servers/whylabs';

// `<10-char id>.<53-char secret>:<org>`, the WhyLabs key format.
const WL_KEY = 'Ab3dEf6hIj.k1M2n3O4p5Q6r7S8t9U0vW1xY2zA3bC4dE5fG6hI7jK8lM9nO0pQ1:org-1';
const RI_TOKEN = 'rime-Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7';
const H2O_KEY = 'sk-Hq8Wz2Lm5Nx7Rb3Tk9Vd4Pj6Ys1Cf0Ga8Ue2';
const ENGINE_KEY = Buffer.from('3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b:Nq3Lr9Ko2Jp6Im8Hn4Go0Fq7Es1Dt3Cu9Bv5Aw2Zx6').toString('base64');

/** Fails if any request that reached `r` carried one of the secrets (header or body). */
function assertNothingReached(r: Recorder, secrets: string[]): void {
  for (const req of r.requests) {
    const seen = `${JSON.stringify(req.headers)}\n${req.body}`;
    for (const s of secrets) assert.ok(!seen.includes(s), `a credential reached the other origin with ${req.method} ${req.path}`);
  }
  assert.equal(r.requests.length, 0, `requests reached the other origin: ${r.requests.map((q) => `${q.method} ${q.path}`).join(', ')}`);
}

describe('credentials never follow a redirect to another origin', function () {
  this.timeout(20_000);
  let other: Recorder;
  beforeEach(async () => {
    other = await startRecorder();
  });
  afterEach(() => other.close());

  for (const status of [301, 302, 303, 307, 308]) {
    it(`HTTP ${status} to another port: every platform client stops and says where it was sent`, async () => {
      const moved = await startRedirector(status, (p) => `${other.url}${p}`);
      try {
        const expect = new RegExp(
          `redirected KeyWarden \\(HTTP ${status}\\) from ${moved.url.replace(/\./g, '\\.')} to ${other.url.replace(/\./g, '\\.')}\\. KeyWarden sends your credentials only to the address you chose`,
        );
        await rejectsWith(new WhyLabsClient(moved.url, WL_KEY).validate(), 'redirect', expect);
        await rejectsWith(new WhyLabsClient(moved.url, WL_KEY).createKey({ alias: 'x' }), 'redirect', expect);
        await rejectsWith(new RimeClient(moved.url, RI_TOKEN).check(), 'redirect', expect);
        await rejectsWith(new RimeClient(moved.url, RI_TOKEN).createToken('kw', 'ws'), 'redirect', expect);
        await rejectsWith(new H2oGpteClient(moved.url, H2O_KEY).check(), 'redirect', expect);
        await rejectsWith(new EngineClient(moved.url, ENGINE_KEY).createKey('kw', ['VALIDATION-USER']), 'redirect', expect);
        assertNothingReached(other, [WL_KEY, RI_TOKEN, H2O_KEY, ENGINE_KEY]);
      } finally {
        await moved.close();
      }
    });
  }

  it('a redirect within the same origin is followed, with the credential', async () => {
    const wl = await startWhyLabs();
    const key = wl.mintKey('org-1', { userId: 'user-1' });
    // /old/… moves to /… on the same server, which passes it on to the WhyLabs stand-in.
    const same = await startRedirector(308, (p) => (p.startsWith('/old/') ? p.slice(4) : undefined), wl.url);
    try {
      assert.equal((await new WhyLabsClient(`${same.url}/old`, key).validate()).keyId, key.slice(0, 10));
      assert.deepEqual(same.requests, ['GET /old/v1/api-key/validate', 'GET /v1/api-key/validate']);
    } finally {
      await same.close();
      await wl.close();
    }
  });

  it('Arthur Platform: a token endpoint that redirects elsewhere never gets the client secret', async () => {
    const idp = await startOidc();
    // The "Arthur host" serves the real discovery document with its own token endpoint, which
    // redirects to another origin.
    const host = await startTokenHost(idp.url, (req, res) => {
      req.resume();
      res.writeHead(307, { location: `${other.url}/token` }).end();
    });
    try {
      const { clientId, clientSecret } = idp.serviceAccount;
      await rejectsWith(
        new ArthurPlatformAuth(host.url).clientCredentials(clientId, clientSecret),
        'redirect',
        /redirected KeyWarden \(HTTP 307\).*did not follow/,
      );
      assertNothingReached(other, [clientSecret]);
    } finally {
      await host.close();
      await idp.close();
    }
  });
});

describe('plain http:// only to this machine, unless the user says yes', function () {
  this.timeout(20_000);
  afterEach(() => setPlainHttpConsent(undefined));
  // TEST-NET-1: never routed; the request must not even be tried without a yes.
  const remote = 'http://192.0.2.10:8080';

  it('refuses another machine over http:// and says why; asks, and goes on after a yes', async () => {
    await rejectsWith(
      new WhyLabsClient(remote, WL_KEY, 500).validate(),
      'insecure',
      /did not connect to http:\/\/192\.0\.2\.10:8080, because plain http:\/\/ would send your credentials unencrypted/,
    );
    await rejectsWith(new ArthurPlatformAuth(remote, 500).clientCredentials('ci', 'secret-value'), 'insecure', /plain http:\/\//);
    const asked: string[] = [];
    setPlainHttpConsent(async (origin) => (asked.push(origin), false));
    await rejectsWith(new RimeClient(remote, RI_TOKEN, 500).check(), 'insecure', /unencrypted/);
    setPlainHttpConsent(async (origin) => (asked.push(origin), true));
    const err = await new H2oGpteClient(remote, H2O_KEY, 500).check().then(
      () => undefined,
      (e: { kind?: string }) => e,
    );
    assert.ok(err && err.kind !== 'insecure', `after a yes the request is sent (then times out): ${JSON.stringify(err)}`);
    assert.deepEqual(asked, [remote, remote]);
  });

  it('loopback needs no question', async () => {
    setPlainHttpConsent(async () => assert.fail('asked about loopback'));
    const wl = await startWhyLabs();
    try {
      const key = wl.mintKey('org-1');
      await new WhyLabsClient(wl.url.replace('127.0.0.1', 'localhost'), key).validate();
    } finally {
      await wl.close();
    }
  });
});

describe('a hostile reply', () => {
  it('a reply larger than 8 MB is not read into memory', async () => {
    const big = await startRecorder(() => ({ status: 200, body: `[${'"x",'.repeat(2_500_000)}"x"]` }));
    try {
      await rejectsWith(new RimeClient(big.url, RI_TOKEN).check(), 'malformed', /larger than 8 MB/);
    } finally {
      await big.close();
    }
  });
});

describe('a server reply that echoes the credential is shown masked', () => {
  it('401/403 details naming the key do not show it', async () => {
    const echo = await startRecorder((r) => ({
      status: r.path.includes('api-key') ? 401 : 403,
      body: JSON.stringify({
        message: `Invalid API key ${String(r.headers['x-api-key'] ?? r.headers['rime-api-key'])} (secret part ${String(r.headers['x-api-key'] ?? r.headers['rime-api-key']).slice(11, 40)})`,
      }),
    }));
    try {
      const wl = await rejectsWith(
        new WhyLabsClient(echo.url, WL_KEY).validate(),
        'unauthorized',
        /Invalid API key Ab3d… \(secret part …\)/,
      );
      const ri = await rejectsWith(new RimeClient(echo.url, RI_TOKEN).check(), 'forbidden', /Invalid API key rime…/);
      for (const [message, secret] of [
        [wl.message, WL_KEY],
        [ri.message, RI_TOKEN],
      ]) {
        for (let i = 4; i + 8 <= secret.length; i++)
          assert.ok(
            !message.includes(secret.slice(i, i + 8)),
            `the message shows part of the credential: ${message.replace(secret, '<credential>')}`,
          );
      }
    } finally {
      await echo.close();
    }
  });
});

describe('an OpenID provider that echoes the client secret', () => {
  it('Arthur Platform: the secret in error_description is shown masked', async () => {
    const idp = await startOidc();
    const secret = 'sa-Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1';
    const host = await startTokenHost(idp.url, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const sent = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('client_secret');
        res
          .writeHead(401, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: `invalid_client_${sent}`, error_description: `client_secret ${sent} is not valid` }));
      });
    });
    try {
      const err = await rejectsWith(new ArthurPlatformAuth(host.url).clientCredentials('ci', secret), 'invalid', /refused the request/);
      assert.ok(
        !err.message.includes(secret.slice(4, 12)) && !err.message.includes(secret.slice(-8)),
        'the message shows the client secret',
      );
      assert.match(err.message, /client_secret sa-Z… is not valid/);
    } finally {
      await host.close();
      await idp.close();
    }
  });
});

describe("connection failures in the user's words", function () {
  this.timeout(30_000);

  it('a self-signed certificate: says so and how to trust it; NODE_EXTRA_CA_CERTS then works', async () => {
    const tls = await startSelfSignedTls({ roles: [] });
    try {
      await rejectsWith(
        new RimeClient(tls.url, RI_TOKEN).check(),
        'tls',
        new RegExp(`self-signed certificate at ${tls.url.replace(/\./g, '\\.')}/v1/users/roles.*NODE_EXTRA_CA_CERTS`),
      );
      await rejectsWith(
        new ArthurPlatformAuth(tls.url).clientCredentials('ci', 'secret-value'),
        'tls',
        /the Arthur Platform at https:\/\/127\.0\.0\.1:\d+ presented a self-signed certificate.*system's trusted certificates/,
      );
      // The advice works: the same check in a Node started with NODE_EXTRA_CA_CERTS.
      const script = `const { RimeClient } = require('./common/api/rime'); new RimeClient(${JSON.stringify(tls.url)}, ${JSON.stringify(RI_TOKEN)}).check().then((r) => console.log(JSON.stringify(r)), (e) => console.log(e.message))`;
      // Not spawnSync: the server answering it runs in this process.
      const run = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
        cwd: path.join(__dirname, '..', '..'),
        encoding: 'utf8',
        env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certFile },
      });
      assert.equal(run.stdout.trim(), '{"roles":[],"workspaceIds":[]}', run.stderr);
    } finally {
      await tls.close();
    }
  });

  it('Arthur Platform refused connection: names the address tried', async () => {
    const gone = await startRecorder();
    const url = gone.url;
    await gone.close();
    const port = new URL(url).port;
    await rejectsWith(
      new ArthurPlatformAuth(url).clientCredentials('ci', 'secret-value'),
      'network',
      new RegExp(
        `Could not reach the Arthur Platform at ${url.replace(/\./g, '\\.')}: connection refused at 127\\.0\\.0\\.1:${port} \\(tried ${url.replace(/\./g, '\\.')}/api/v1/auth/oidc/\\.well-known/openid-configuration\\)\\. Is the address right`,
      ),
    );
  });

  it('a web page where JSON was expected: discovery and API calls say to check the address', async () => {
    const portal = await startRecorder(() => ({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><html><body>Sign in to Corp SSO</body></html>',
    }));
    try {
      await rejectsWith(
        new ArthurPlatformAuth(portal.url).startDevice('scope-cli-client'),
        'malformed',
        /answered http:\/\/127\.0\.0\.1:\d+\/api\/v1\/auth\/oidc\/\.well-known\/openid-configuration with a web page \(HTML\), not the sign-in configuration KeyWarden expected\. Check the address/,
      );
      await rejectsWith(
        new WhyLabsClient(portal.url, WL_KEY).validate(),
        'malformed',
        /answered with a web page \(HTML\), not the API's JSON.*Check the address/,
      );
    } finally {
      await portal.close();
    }
  });
});
