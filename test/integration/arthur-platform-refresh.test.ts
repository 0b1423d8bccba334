/**
 * Arthur Platform session refresh across windows: two PlatformSessions over one store (two
 * VS Code windows over one SecretStorage) race against a real OpenID provider that rotates
 * refresh tokens and revokes the whole grant when a used one comes back (as Keycloak can).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArthurPlatformAuth } from '../../client/src/providers/arthur/platformAuth';
import { PlatformSession, type AccountStore, type PlatformAccount } from '../../client/src/providers/arthur/platformSession';
import { CLI_CLIENT_ID, startOidc, type OidcServer } from '../servers/oidc';

/** One SecretStorage; each window's view of it may lag behind writes by `lagMs`. */
class SharedSecrets {
  private writes: { at: number; value: PlatformAccount }[] = [];
  constructor(initial: PlatformAccount) {
    this.writes.push({ at: 0, value: initial });
  }
  latest(): PlatformAccount {
    return this.writes[this.writes.length - 1].value;
  }
  window(lagMs = 0): AccountStore {
    return {
      read: async () => {
        await new Promise((r) => setTimeout(r, 5)); // SecretStorage is asynchronous
        const seen = this.writes.filter((w) => w.at <= Date.now() - lagMs);
        return seen[seen.length - 1].value;
      },
      write: async (value) => {
        await new Promise((r) => setTimeout(r, 5));
        this.writes.push({ at: Date.now(), value });
      },
    };
  }
}

describe('Arthur Platform session refresh: single-flight across windows', function () {
  this.timeout(30_000);
  let idp: OidcServer;
  let lockDir: string;
  let signedIn: PlatformAccount;

  beforeEach(async () => {
    idp = await startOidc({ interval: 1 });
    lockDir = mkdtempSync(path.join(os.tmpdir(), 'keywarden-refresh-'));
    const { start, poll } = await new ArthurPlatformAuth(idp.url).startDevice(CLI_CLIENT_ID);
    await idp.approve(start.userCode, 'alice');
    const tokens = await poll(new AbortController().signal);
    // Stored as due for refresh: both windows' timers fire now.
    signedIn = { ...tokens, expiresAt: Date.now(), host: idp.url, kind: 'device', clientId: CLI_CLIENT_ID };
  });
  afterEach(async () => {
    await idp.close();
    rmSync(lockDir, { recursive: true, force: true });
  });

  const refreshGrants = () => idp.grants.filter((g) => g.type === 'refresh_token');

  it('two windows and several callers racing: one refresh, one rotated token, the session stays valid', async () => {
    const secrets = new SharedSecrets(signedIn);
    const a = new PlatformSession(secrets.window(), { lockDir });
    const b = new PlatformSession(secrets.window(), { lockDir });
    // A timer and a caller in each window, all at once.
    const results = await Promise.all([a.refresh(), b.refresh(), a.current(), b.current()]);
    assert.deepEqual(refreshGrants(), [{ type: 'refresh_token', outcome: 'ok' }]);
    const stored = secrets.latest();
    assert.notEqual(stored.refreshToken, signedIn.refreshToken);
    for (const r of results) assert.equal(r?.accessToken, stored.accessToken);
    assert.deepEqual(idp.revoked, []);

    // The next refresh (either window) uses the rotated token and the provider accepts it.
    secrets.window().write({ ...stored, expiresAt: Date.now() });
    const again = await b.refresh();
    assert.notEqual(again?.accessToken, stored.accessToken);
    assert.deepEqual(
      refreshGrants().map((g) => g.outcome),
      ['ok', 'ok'],
    );
  });

  it("a window whose SecretStorage shows the other window's refresh late waits for it instead of reusing the spent token", async () => {
    const secrets = new SharedSecrets(signedIn);
    const a = new PlatformSession(secrets.window(), { lockDir });
    const late = new PlatformSession(secrets.window(800), { lockDir });
    const first = await a.refresh();
    const second = await late.refresh();
    assert.deepEqual(refreshGrants(), [{ type: 'refresh_token', outcome: 'ok' }]);
    assert.equal(second?.accessToken, first?.accessToken);
    assert.deepEqual(idp.revoked, []);
  });

  it('a refused refresh is reported once to every caller, not retried with the same token', async () => {
    const secrets = new SharedSecrets({ ...signedIn, refreshToken: 'not-a-refresh-token' });
    const a = new PlatformSession(secrets.window(), { lockDir });
    const results = await Promise.allSettled([a.refresh(), a.refresh(), a.current()]);
    for (const r of results) {
      assert.equal(r.status, 'rejected');
      assert.match(String((r as PromiseRejectedResult).reason.message), /no longer accepts this session.*sign in again/);
    }
    assert.equal(refreshGrants().length, 1);
  });
});
