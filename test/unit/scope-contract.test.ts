/**
 * test/contracts/arthur-scope.openapi.json is written here from Arthur's client source (no
 * published spec): every path, operation and schema must say where it was read, at the snapshot
 * named in x-sources, and what no source shows must be marked unverified.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const doc = JSON.parse(readFileSync(path.join(__dirname, '..', 'contracts', 'arthur-scope.openapi.json'), 'utf8'));
const SOURCE = /^([\w.-]+\/[\w.-]+):[^:]+\.py:\d+(-\d+)?(,\d+(-\d+)?)*$/;

describe('Arthur Scope contract (hand-written from source)', () => {
  it('cites owner/repo:path:line on every path, operation, schema and security scheme, from a pinned snapshot', () => {
    const cited: [string, unknown][] = [];
    for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      cited.push([p, item['x-source']]);
      for (const m of ['get', 'post', 'put', 'delete', 'patch'])
        if (item[m]) cited.push([`${m} ${p}`, (item[m] as Record<string, unknown>)['x-source']]);
    }
    for (const [n, s] of Object.entries(doc.components.schemas as Record<string, Record<string, unknown>>)) cited.push([n, s['x-source']]);
    for (const [n, s] of Object.entries(doc.components.securitySchemes as Record<string, Record<string, unknown>>))
      cited.push([n, s['x-source']]);
    assert.ok(cited.length >= 12);
    for (const [what, source] of cited) {
      assert.match(String(source), SOURCE, `${what} has no owner/repo:path:line x-source`);
      const repo = SOURCE.exec(String(source))![1];
      assert.match(doc['x-sources'][repo] ?? '', /^[0-9a-f]{40}$/, `${repo} has no pinned commit in x-sources`);
    }
  });

  it('sends the key as the raw Authorization header and marks error bodies unverified', () => {
    assert.deepEqual(
      { ...doc.components.securitySchemes.ArthurAuthorization, description: undefined, 'x-source': undefined },
      { type: 'apiKey', in: 'header', name: 'Authorization', description: undefined, 'x-source': undefined },
    );
    assert.equal(doc.components.schemas.ErrorBody['x-unverified'], true);
  });
});
