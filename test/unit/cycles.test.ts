/**
 * No import cycles in the extension's own code: a module that imports, through any chain, a
 * module that imports it back cannot be read or moved on its own. Type-only imports count too
 * (they tie the files just as much). madge reads the imports with the TypeScript parser.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import madge from 'madge';

const ROOT = path.resolve(__dirname, '../..');

describe('import cycles', () => {
  it('client/src, server/src and common import nothing that imports them back', async function () {
    this.timeout(60_000);
    const graph = await madge(['client/src', 'server/src', 'common'], {
      baseDir: ROOT,
      fileExtensions: ['ts'],
      tsConfig: path.join(ROOT, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
    });
    const files = Object.keys(graph.obj());
    // A guard against reading nothing (a wrong base folder would make every tree "acyclic").
    assert.ok(
      files.some((f) => f.startsWith('client/src/')) &&
        files.some((f) => f.startsWith('server/src/')) &&
        files.some((f) => f.startsWith('common/')),
      `madge read: ${files.slice(0, 5).join(', ')}`,
    );
    assert.deepEqual(
      graph.circular().map((cycle) => cycle.join(' → ')),
      [],
    );
  });
});
