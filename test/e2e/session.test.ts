/**
 * An Arthur Platform session over time in code-server: the extension refreshes it before the
 * access token expires (rotating the refresh token, under the lock every window shares), and
 * once a refresh is refused and the token expires, the status bar says so instead of still
 * showing "Arthur Platform" with a time in the past.
 */
import assert from 'node:assert/strict';
import { startOidc, type OidcServer } from '../servers/oidc';
import { useVSCode, waitUntil } from './harness';

describe('e2e Arthur Platform session: refreshed in time, shown as expired when it is', function () {
  let idp: OidcServer;
  const settings: Record<string, unknown> = {};
  before(async () => {
    // 33 s tokens: the refresh (30 s before expiry) is due 3 s after each sign-in or refresh.
    idp = await startOidc({ interval: 1, accessTokenTtl: 33 });
    settings['keywarden.arthur.platformUrl'] = idp.url;
  });
  after(() => idp?.close());
  const vs = useVSCode({ name: 'arthur-session', settings });

  it('refreshes the session before it expires, then shows it expired after a refused refresh', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.fillQuickInput('sign in with browser', { submit: false });
    await vs.session.pickQuickItem('Arthur Platform: sign in with browser');
    await vs.session.waitForText(/sign in with browser/, { selector: '.quick-input-widget' });
    await vs.session.fillQuickInput(idp.url);
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Copy & Continue' }).click();
    await idp.approve(idp.userCodes[idp.userCodes.length - 1], 'alice');
    await vs.session.waitForNotification(/Signed in to the Arthur Platform/);

    // The timer refreshes with the refresh token, and the provider rotates it.
    await waitUntil('a refresh', () => idp.grants.some((g) => g.type === 'refresh_token' && g.outcome === 'ok'), 20_000);
    assert.deepEqual(idp.revoked, []);
    await vs.session.waitForText(/Arthur Platform/, { selector: '.statusbar' });

    // The provider now refuses; the next refresh fails and the token runs out.
    idp.fault = { kind: 'status', status: 500 };
    await vs.session.waitForNotification(/could not refresh your Arthur Platform session/, 20_000);
    const text = await vs.session.waitForText(/Arthur Platform \(expired\)/, { selector: '.statusbar', timeout: 45_000 });
    assert.ok(text.includes('Arthur Platform (expired)'));
    await vs.session.screenshot('arthur-session-expired');
  });
});
