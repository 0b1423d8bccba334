/**
 * `npm start` as printed: the stand-ins and settings come from scripts/start.mjs itself and are
 * written the way it writes them, and every flow takes the address the input box offers
 * instead of typing one (the demo's user never types an address).
 */
import assert from 'node:assert/strict';
import type { StartedService } from '../../scripts/start.mjs' with { 'resolution-mode': 'import' };
import { signIn as signInWith, waitForStep, type Answer } from './flows';
import { useVSCode, waitUntil } from './harness';

describe('e2e npm start: every platform prefilled with its local stand-in', function () {
  let local: StartedService;
  let info: NonNullable<StartedService['info']>;
  const settings: Record<string, unknown> = {};
  before(async function () {
    this.timeout(60_000);
    const { services } = await import('../../scripts/start.mjs');
    local = await services.find((s) => s.name === 'local')!.start();
    info = local.info!;
    Object.assign(settings, local.settings);
  });
  after(() => local?.stop());
  const vs = useVSCode({ name: 'demo', settings });
  const step = (title: RegExp) => waitForStep(vs.session, title);

  /** Signs in with `action`, accepting at its first step the address the box offers (after checking it is `address`). */
  const signIn = (action: string, address: string, ...answers: Answer[]) =>
    signInWith(vs.session, action, [() => acceptPrefilled(address), ...answers]);

  /** Accepts the address the box offers, after checking it is the stand-in's. */
  async function acceptPrefilled(expected: string): Promise<void> {
    // The box replaces the list a moment after the pick; until then the list's filter shows.
    await waitUntil(
      `the prefilled address ${expected}`,
      async () => (await vs.session.quickInputValue()) === expected || undefined,
      10_000,
    ).catch(async (err) => {
      throw new Error(`${(err as Error).message}: the box shows "${await vs.session.quickInputValue()}"`);
    });
    await vs.session.page.keyboard.press('Enter');
  }

  it('Arthur Platform: the device login goes to the local OpenID provider and completes', async () => {
    await signIn('Arthur Platform: sign in with browser', info.platformUrl);
    const dialog = vs.session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Copy & Continue' }).click();
    // serve.ts approves every code after 3 s, as the banner says.
    await vs.session.waitForNotification(
      new RegExp(`Signed in to the Arthur Platform at ${info.platformUrl.replace(/[.]/g, '\\.')} as demo`),
    );
  });

  it('WhyLabs: the printed key works against the prefilled endpoint', async () => {
    await signIn('WhyLabs: use an existing API key', info.whylabsUrl, info.demoKeys.whylabs);
    await vs.session.waitForNotification(/The WhyLabs key works \(org-demo01\)/);
  });

  it('Arthur Scope: the printed key works against the prefilled address', async () => {
    await signIn('Arthur Scope: use an API key', info.scopeUrl, info.demoKeys.scope);
    await vs.session.waitForNotification(/New terminals get/);
  });

  it('h2oGPTe: the printed key works against the prefilled server', async () => {
    await signIn('H2O h2oGPTe: add an API key', info.h2ogpteUrl, 'I have a key', info.demoKeys.h2ogpte);
    await vs.session.waitForNotification(/The h2oGPTe key works/);
  });

  it('Robust Intelligence: the printed token works against the prefilled cluster', async () => {
    await signIn('Robust Intelligence: use an existing API token', info.rimeUrl, info.demoKeys.rime);
    await vs.session.waitForNotification(/The RI Platform token works/);
    const out = await vs.session.openTerminalAndRun(
      'printf "%s|%s|%s|%s|%s" "$ARTHUR_API_HOST" "$ARTHUR_ENDPOINT_URL" "$WHYLABS_API_ENDPOINT" "$H2OGPTE_SERVER_URL" "$RIME_CLUSTER_URL"',
    );
    assert.equal(out, `${info.platformUrl}|${info.scopeUrl}|${info.whylabsUrl}|${info.h2ogpteUrl}|${info.rimeUrl}`);
    await vs.session.screenshot('demo-all-signed-in');
  });

  it('"Try again" after a failed WhyLabs sign-in reopens the WhyLabs flow, not the list', async () => {
    await signIn(
      'WhyLabs: use an existing API key',
      info.whylabsUrl,
      'AbCdEfGhIj.notARealKey0000000000000000000000000000000000:org-demo01',
    );
    const failed = await vs.session.waitForNotification(/"WhyLabs: use an existing API key" failed.*Nothing was stored/);
    await failed.getByRole('button', { name: 'Try again' }).click();
    const title = await step(/WhyLabs: use an existing API key \(1\/2\)/);
    assert.doesNotMatch(title, /Pick a platform/);
    await vs.session.closeQuickInput();
    // The log says what failed, with no stray "undefined".
    const log = await vs.session.waitForOutputLog(/"WhyLabs: use an existing API key" failed/);
    assert.doesNotMatch(log, /failed.*undefined/);
  });

  it('Enter on a "Signed in" row offers that account\'s actions, and Sign out works from there', async () => {
    await vs.session.runCommand('KeyWarden: Sign in / Create key');
    await vs.session.fillQuickInput(`Signed in: demo at ${info.rimeUrl}`, { submit: false });
    await vs.session.page.keyboard.press('Enter');
    await step(/Robust Intelligence/);
    const items = await vs.session.quickPickItems();
    assert.ok(
      items.some((i) => /Sign out/.test(i)),
      items.join(' | '),
    );
    await vs.session.fillQuickInput('Sign out', { submit: true });
    await waitUntil(
      'RI Platform gone from the status bar',
      async () => !/Robust Intelligence/.test(await vs.session.page.locator('.statusbar').innerText()),
    );
    const out = await vs.session.openTerminalAndRun('printf "[%s]" "$RIME_API_KEY"');
    assert.equal(out, '[]');
  });
});
