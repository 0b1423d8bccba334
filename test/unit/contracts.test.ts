/**
 * The vendored platform contracts stay byte-identical to the shared ones (when ../shared is there:
 * CI's clean clone may not have it), and the contract-validating stand-in base does what stand-ins
 * rely on: out-of-contract requests get the configured real-server answer and are recorded, bad
 * replies are recorded, cited facts override the spec, dotted path parameters route.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { refusedUrl } from '../servers/base';
import { CONTRACTS_DIR, serveContract } from '../servers/contract';

const root = path.resolve(__dirname, '..', '..');
// ../shared beside the clone (CI, /work/main) or beside the worktrees' folder (/work/wt/<branch>).
/** Contracts written here, with an x-source on every path, operation and schema (no published spec). */
const PROJECT_CONTRACTS = ['arthur-scope.openapi.json'];
const shared = [path.join(root, '..', 'shared', 'contracts'), path.join(root, '..', '..', 'shared', 'contracts')].find((d) =>
  existsSync(d),
);

describe('vendored platform contracts', () => {
  it('are byte-identical to ../shared/contracts', function () {
    if (!shared) return this.skip();
    const sharedFiles = readdirSync(shared).filter((f) => f.endsWith('.openapi.json') || f === 'README.md');
    // Besides the shared contracts, only the ones this project writes itself (from clients' source).
    assert.deepEqual(
      readdirSync(CONTRACTS_DIR).sort(),
      [...sharedFiles, ...PROJECT_CONTRACTS].sort(),
      'test/contracts holds every shared contract and nothing else',
    );
    for (const f of sharedFiles)
      assert.ok(
        readFileSync(path.join(CONTRACTS_DIR, f)).equals(readFileSync(path.join(shared, f))),
        `test/contracts/${f} differs from ${shared}/${f}: copy it again`,
      );
  });
});

describe('contract-validating stand-in base', () => {
  const start = () =>
    serveContract<string>({
      contract: 'rime',
      security: {
        'rime-api-key': (req) =>
          req.headers['rime-api-key'] === 'good'
            ? { principal: 'me' }
            : { reject: { status: 401, body: { code: 16, message: 'unauthenticated' } } },
      },
      handlers: {
        DeleteAPIToken: (req) => ({ status: 200, body: {}, headers: { 'x-deleted': req.params['id.uuid'] } }),
        CreateAPIToken: (req) => ({
          status: 200,
          body: { id: { uuid: 'u1' }, fullApiToken: (req.json as { name: string }).name === 'bad reply' ? 42 : 'tok' },
        }),
        ListCurrentUserRoles: () => ({ status: 204 }),
      },
      outside: {
        notFound: () => ({ status: 404, body: { code: 5, message: 'Not Found' } }),
        methodNotAllowed: () => ({ status: 405, body: { code: 12, message: 'Method Not Allowed' } }),
        invalid: (_req, errors) => ({ status: 400, body: { code: 3, message: errors.join('; ') } }),
      },
      facts: { ListCurrentUserRoles: { 204: { body: 'none', fact: 'made up for this test' } } },
    });
  const h = { 'rime-api-key': 'good', 'content-type': 'application/json' };

  it('answers requests outside the contract as configured and records each one', async () => {
    const s = await start();
    try {
      assert.equal((await fetch(`${s.url}/v1/nowhere`, { headers: h })).status, 404);
      assert.equal((await fetch(`${s.url}/v1/users/roles`, { method: 'PUT', headers: h })).status, 405);
      const bad = await fetch(`${s.url}/v1/users/api-tokens`, { method: 'POST', headers: h, body: JSON.stringify({ nmae: 'x' }) });
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { message: string }).message, /required property 'name'/);
      assert.equal(s.violations.length, 3);
      assert.match(s.violations.join('\n'), /no such path.*\n.*not this method.*\n.*CreateAPIToken.*required property 'name'/);
      s.expectViolation(/no such path/);
      s.expectViolation(/not this method/);
      s.expectViolation(/required property 'name'/);
    } finally {
      await s.close();
    }
  });

  it('records a reply that breaks its schema, follows cited facts, routes dotted path parameters, lets security fail quietly', async () => {
    const s = await start();
    try {
      await fetch(`${s.url}/v1/users/api-tokens`, { method: 'POST', headers: h, body: JSON.stringify({ name: 'bad reply' }) });
      assert.equal(s.violations.length, 1);
      assert.match(s.violations[0], /CreateAPIToken\) answered 200: body does not match the contract: \/fullApiToken must be string/);
      s.expectViolation(/fullApiToken must be string/);
      const del = await fetch(`${s.url}/v1/users/api-tokens/abc-123`, { method: 'DELETE', headers: h });
      assert.equal(del.headers.get('x-deleted'), 'abc-123');
      assert.equal((await fetch(`${s.url}/v1/users/roles`, { headers: h })).status, 204);
      assert.equal((await fetch(`${s.url}/v1/users/roles`, { headers: { 'rime-api-key': 'nope' } })).status, 401);
      assert.equal(s.violations.length, 1, s.violations.join('\n'));
    } finally {
      await s.close();
    }
  });

  it('keeps the shared faults: status, malformed JSON, dropped connection; and a refused address', async () => {
    const s = await start();
    try {
      s.fault = { kind: 'status', status: 503 };
      assert.equal((await fetch(`${s.url}/v1/users/roles`, { headers: h })).status, 503);
      s.fault = { kind: 'malformed' };
      await assert.rejects((await fetch(`${s.url}/v1/users/roles`, { headers: h })).json(), SyntaxError);
      s.fault = { kind: 'drop' };
      await assert.rejects(fetch(`${s.url}/v1/users/roles`, { headers: h }), /fetch failed/);
      await assert.rejects(
        fetch(`${await refusedUrl()}/v1/users/roles`),
        (e: Error & { cause?: { code?: string } }) => e.cause?.code === 'ECONNREFUSED',
      );
      assert.deepEqual(s.violations, []);
    } finally {
      await s.close();
    }
  });
});
