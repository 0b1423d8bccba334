import assert from 'node:assert/strict';
import { startH2oGpte } from '../servers/h2ogpte';
import { startRime } from '../servers/rime';
import { startWhyLabs } from '../servers/whylabs';
import { signIn, useVSCodeWith } from './flows';
import { waitUntil } from './harness';

describe('e2e WhyLabs, h2oGPTe and Robust Intelligence: pasted keys checked against contract stand-ins, then in terminals', function () {
  const vs = useVSCodeWith(
    'platforms',
    async () => {
      const [wl, h2o, rime] = await Promise.all([startWhyLabs(), startH2oGpte(), startRime()]);
      return { wl, h2o, rime };
    },
    ({ wl, h2o, rime }) => ({ 'keywarden.whylabs.apiEndpoint': wl.url, 'keywarden.h2ogpte.url': h2o.url, 'keywarden.rime.url': rime.url }),
  );

  it('WhyLabs: a pasted user-scoped key is validated on /v1, stored, and exported with its organisation', async () => {
    const { wl } = vs.servers;
    const key = wl.mintKey('org-e2e123', { alias: 'pasted', scopes: [':user'] });
    await signIn(vs.session, 'WhyLabs: use an existing API key', [wl.url, key]);
    await vs.session.waitForNotification(
      /The WhyLabs key works \(org-e2e123\).*cannot list or manage keys \(that needs the administrator scope\)/,
    );
    await vs.session.screenshot('platforms-whylabs-pasted');
    assert.deepEqual(wl.requests, ['GET /v1/api-key/validate', 'GET /v1/api-key']);
    const out = await vs.session.openTerminalAndRun(
      'printf "%s|%s|%s" "$WHYLABS_API_KEY" "$WHYLABS_DEFAULT_ORG_ID" "$WHYLABS_API_ENDPOINT"',
    );
    assert.equal(out, `${key}|org-e2e123|${wl.url}`);
  });

  it('h2oGPTe: a collection-specific key is checked with its roles, stored, exported, and its kind not claimed', async () => {
    const { h2o } = vs.servers;
    const key = h2o.mintKey({ collection: 'Contracts' });
    // By keyboard: a click can land on the first row's hover (its detail) instead of the second row.
    const pasteChoice = async () => {
      await vs.session.fillQuickInput('I have a key', { submit: false });
      await waitUntil('the paste choice alone in the list', async () =>
        (await vs.session.quickPickItems()).length === 1 ? true : undefined,
      );
      await vs.session.fillQuickInput('I have a key');
    };
    await signIn(vs.session, 'H2O h2oGPTe: add an API key', [h2o.url, pasteChoice, key]);
    await vs.session.waitForNotification(/The h2oGPTe key works.*h2oGPTe tells only administrators, so KeyWarden does not say/);
    await vs.session.screenshot('platforms-h2ogpte-pasted');
    assert.deepEqual(h2o.requests, ['GET /api/v1/users/current/roles', 'GET /api/v1/admin/api_keys']);
    const out = await vs.session.openTerminalAndRun('printf "%s|%s" "$H2OGPTE_API_KEY" "$H2OGPTE_SERVER_URL"');
    assert.equal(out, `${key}|${h2o.url}`);
  });

  it('Robust Intelligence: a pasted token is checked with its roles, found in its workspace over several pages, and exported', async () => {
    const { rime } = vs.servers;
    const w2 = rime.workspaces[1];
    for (let i = 0; i < 12; i++) rime.mintToken({ name: `other-${i}`, workspaceId: w2 });
    const pasted = rime.mintToken({ name: 'pasted', workspaceId: w2 });
    rime.maxPageSize = 5;
    await signIn(vs.session, 'Robust Intelligence: use an existing API token', [rime.url, pasted]);
    await vs.session.waitForNotification(new RegExp(`The RI Platform token works for workspace ${w2}`));
    await vs.session.screenshot('platforms-rime-pasted');
    assert.equal(rime.requests[0], 'GET /v1/users/roles');
    const out = await vs.session.openTerminalAndRun('printf "%s|%s" "$RIME_API_KEY" "$RIME_CLUSTER_URL"');
    assert.equal(out, `${pasted}|${rime.url}`);
    // Every platform signed in at once, each exported.
    const all = await vs.session.openTerminalAndRun('env | cut -d= -f1 | grep -E "^(WHYLABS|H2OGPTE|RIME)_" | sort | tr "\\n" " "');
    assert.equal(
      all.trim(),
      'H2OGPTE_API_KEY H2OGPTE_SERVER_URL RIME_API_KEY RIME_CLUSTER_URL WHYLABS_API_ENDPOINT WHYLABS_API_KEY WHYLABS_DEFAULT_ORG_ID',
    );
    await vs.session.screenshot('platforms-all-signed-in');
  });
});
