import assert from 'node:assert/strict';
import { EngineClient } from '../../common/api/arthurEngine';
import { ScopeClient } from '../../common/api/arthurScope';
import { startArthurEngine } from '../servers/arthur-engine';
import { startArthurScope } from '../servers/arthur-scope';
import { signIn, useVSCodeWith } from './flows';
import { filesContaining } from './harness';

describe('e2e older Arthur Engine and Arthur Scope: paste keys, variables reach new terminals', function () {
  const vs = useVSCodeWith(
    'arthur-scope',
    // An Engine from before /users/me (405 there).
    async () => ({ engine: await startArthurEngine({ version: 'old-405' }), scope: await startArthurScope() }),
    ({ engine, scope }) => ({ 'keywarden.arthur.engineUrl': engine.url, 'keywarden.arthur.scopeUrl': scope.url }),
  );

  it('accepts a VALIDATION-USER key pasted for an Engine without /users/me', async () => {
    const { engine } = vs.servers;
    // A VALIDATION-USER key, which gets 403 on /api/v2/tasks.
    const engineKey = engine.mintKey(['VALIDATION-USER'], 'pasted').key;
    await signIn(vs.session, 'Arthur Engine: use an existing key', [engine.url, engineKey]);
    await vs.session.waitForNotification(
      /The key works with .*stored in secret storage\. New terminals get ARTHUR_API_KEY and ARTHUR_BASE_URL/,
    );
    assert.deepEqual(engine.requests, ['GET /users/me', 'GET /api/v2/tasks']);
    const out = await vs.session.openTerminalAndRun('printf "%s\\n%s" "$ARTHUR_API_KEY" "$ARTHUR_BASE_URL"');
    assert.deepEqual(out.split('\n'), [engineKey, engine.url]);
    assert.equal((await new EngineClient(engine.url, out.split('\n')[0]).whoAmI()).legacy, true);
    await vs.session.screenshot('arthur-old-engine-pasted');
  });

  it('pastes an Arthur Scope key: checked with Arthur, the SDK variables reach a new terminal, the Engine ones give way', async () => {
    const { scope } = vs.servers;
    const scopeKey = scope.mintKey({ organizationIds: ['org-e2e'] });
    await signIn(vs.session, 'Arthur Scope: use an API key', [scope.url, scopeKey]);
    const note = await vs.session.waitForNotification(
      /The key works with .*organisation org-e2e.*New terminals get ARTHUR_ENDPOINT_URL, ARTHUR_API_KEY, ARTHUR_ORGANIZATION_ID\..*no longer get your Arthur Engine variables/,
    );
    assert.ok(!(await note.innerText()).includes(scopeKey));
    assert.deepEqual(scope.requests, ['GET /api/v3/users/me']);
    const out = await vs.session.openTerminalAndRun(
      'printf "%s|%s|%s|[%s]" "$ARTHUR_ENDPOINT_URL" "$ARTHUR_API_KEY" "$ARTHUR_ORGANIZATION_ID" "$ARTHUR_BASE_URL"',
    );
    const [url, key, org, baseUrl] = out.split('|');
    assert.deepEqual([url, org, baseUrl], [scope.url, 'org-e2e', '[]']);
    assert.equal((await new ScopeClient(url, key).whoAmI()).organizationId, 'org-e2e');
    assert.deepEqual(filesContaining(vs.session.userDataDir, scopeKey), []);
    assert.deepEqual(filesContaining(vs.session.workspace, scopeKey), []);
    await vs.session.waitForText(/Arthur Scope/, { selector: '.statusbar' });
    await vs.session.screenshot('arthur-scope-pasted');
  });
});
