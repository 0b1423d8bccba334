/**
 * Arthur Platform sign-in against a real OpenID provider on 127.0.0.1: device login approved
 * or denied by script, expiry, slow_down, client credentials, refresh, faults; and the Engine
 * accepting the platform's JWTs.
 */
import assert from 'node:assert/strict';
import { rejectsWith } from './expect';
import { EngineClient } from '../../common/api/arthurEngine';
import { ArthurPlatformAuth } from '../../client/src/providers/arthur/platformAuth';
import { startArthurEngine } from '../servers/arthur-engine';
import { CLI_CLIENT_ID, startOidc, type OidcServer } from '../servers/oidc';

describe('Arthur Platform sign-in against a local OpenID provider', function () {
  this.timeout(30_000);
  let idp: OidcServer;
  beforeEach(async () => {
    idp = await startOidc({ interval: 1 });
  });
  afterEach(() => idp.close());

  it('device login: shows a user code, polls until approved, returns refreshable tokens the Engine accepts', async () => {
    const auth = new ArthurPlatformAuth(idp.url);
    const { start, poll } = await auth.startDevice(CLI_CLIENT_ID);
    assert.match(start.userCode, /^[A-Z]{4}-[A-Z]{4}$/);
    assert.ok(
      start.verificationUriComplete?.includes(encodeURIComponent(start.userCode).replace('%2D', '-')) ||
        start.verificationUriComplete?.includes('user_code='),
    );
    const tokens = poll(new AbortController().signal);
    setTimeout(() => void idp.approve(start.userCode, 'alice'), 1500);
    const t = await tokens;
    assert.equal(t.account, 'alice');
    assert.ok(t.refreshToken);
    assert.ok(t.expiresAt > Date.now());
    const refreshed = await auth.refresh(CLI_CLIENT_ID, t.refreshToken!);
    assert.notEqual(refreshed.accessToken, t.accessToken);

    const engine = await startArthurEngine({ jwksUrl: idp.jwksUrl });
    try {
      const client = new EngineClient(engine.url, refreshed.accessToken);
      const { secret } = await client.createKey('made with a platform session', ['VALIDATION-USER']);
      assert.ok(secret.length > 40);
    } finally {
      await engine.close();
    }
  });

  it('device login: denied, expired, slow_down and cancel each end clearly', async () => {
    const auth = new ArthurPlatformAuth(idp.url);
    const denied = await auth.startDevice(CLI_CLIENT_ID);
    setTimeout(() => void idp.deny(denied.start.userCode), 500);
    await rejectsWith(denied.poll(new AbortController().signal), 'denied', /denied in the browser/);

    const short = await startOidc({ interval: 1, deviceCodeTtl: 2 });
    try {
      const expiring = await new ArthurPlatformAuth(short.url).startDevice(CLI_CLIENT_ID);
      await rejectsWith(expiring.poll(new AbortController().signal), 'expired', /expired before it was approved/);
    } finally {
      await short.close();
    }

    const slow = await auth.startDevice(CLI_CLIENT_ID);
    idp.fault = { kind: 'slow_down', times: 1 };
    const started = Date.now();
    setTimeout(() => void idp.approve(slow.start.userCode), 200);
    await slow.poll(new AbortController().signal);
    // One slow_down adds 5 s to the 1 s interval before the next poll.
    assert.ok(Date.now() - started >= 5500, `polled again after ${Date.now() - started} ms`);

    const cancelled = await auth.startDevice(CLI_CLIENT_ID);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    await rejectsWith(cancelled.poll(ac.signal), 'cancelled', /cancelled/);
  });

  it('service account: client credentials give a token; a wrong secret is refused', async () => {
    const auth = new ArthurPlatformAuth(idp.url);
    const t = await auth.clientCredentials(idp.serviceAccount.clientId, idp.serviceAccount.clientSecret);
    assert.ok(t.accessToken.split('.').length === 3);
    await rejectsWith(auth.clientCredentials(idp.serviceAccount.clientId, 'wrong'), 'unauthorized', /refused the client credentials/);
  });

  it('faults: server errors, malformed replies, refused connections', async () => {
    const auth = new ArthurPlatformAuth(idp.url, 2000);
    idp.fault = { kind: 'status', status: 500 };
    await rejectsWith(auth.clientCredentials(idp.serviceAccount.clientId, idp.serviceAccount.clientSecret), 'server', /failed|refused/);
    idp.fault = { kind: 'malformed' };
    await rejectsWith(auth.clientCredentials(idp.serviceAccount.clientId, idp.serviceAccount.clientSecret), 'malformed', /could not read/);
    idp.fault = undefined;
    const url = idp.url;
    await idp.close();
    await rejectsWith(new ArthurPlatformAuth(url).clientCredentials('x', 'y'), 'network', /Could not reach/);
    idp = await startOidc();
  });
});
