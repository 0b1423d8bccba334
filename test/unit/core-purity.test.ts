/**
 * The detection core is pure: text in, findings out. Every file under server/src/core imports only
 * other files under server/src/core, `node:crypto` (fingerprints) and the facts in common/ that
 * every layer shares (the platform table, masking, the settings' defaults), each of which imports
 * nothing at all. No vscode, no LSP, no file system: the CLI, the language server and the client
 * build on the core, never the reverse. Read with the TypeScript parser, so every form of import counts (static, type-only,
 * re-exports, `import()`, `require()`, `import('…').Type`).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { sourceFiles, specifiersOf } from './imports';

const ROOT = path.join(__dirname, '../..');
const CORE = path.join(ROOT, 'server/src/core');
const COMMON = path.join(ROOT, 'common');
const ALLOWED_MODULES: ReadonlySet<string> = new Set(['node:crypto']);

/** A module of common/ that imports nothing: plain facts, as pure as the core. */
function isLeafFact(target: string): boolean {
  if (path.dirname(target) !== COMMON) return false;
  const file = `${target}.ts`;
  return fs.existsSync(file) && specifiersOf(file, fs.readFileSync(file, 'utf8')).length === 0;
}

/** The imports of `file` (a path under `core`) that reach outside `core`, as "file: specifier". */
function outsideImports(file: string, text: string, core = CORE): string[] {
  return specifiersOf(file, text)
    .filter((spec) => {
      if (!spec.startsWith('.')) return !ALLOWED_MODULES.has(spec);
      const target = path.resolve(path.dirname(file), spec);
      return target !== core && !target.startsWith(core + path.sep) && !isLeafFact(target);
    })
    .map((spec) => `${path.relative(ROOT, file).split(path.sep).join('/')}: ${spec}`);
}

describe('core purity', () => {
  it('sees every form of import, and only relative ones inside the core or to leaf facts of common/ pass', () => {
    const file = path.join(CORE, 'rules', 'sample.ts');
    const text = [
      "import { a } from '../rule';",
      "import type { B } from '../../lsp/server';",
      "export { c } from '../../../../common/settings';",
      "import { d } from '../../../../common/protocol';",
      "export * from './other';",
      "import fs = require('fs');",
      "const v = require('vscode');",
      "const w = import('vscode-languageserver');",
      "let t: import('node:path').ParsedPath;",
      "import { createHash } from 'node:crypto';",
      "import { createHash as h } from 'crypto';",
    ].join('\n');
    assert.deepEqual(
      outsideImports(file, text).map((s) => s.replace(/^.*: /, '')),
      // common/settings imports nothing (a fact every layer shares); common/protocol imports the LSP library.
      ['../../lsp/server', '../../../../common/protocol', 'fs', 'vscode', 'vscode-languageserver', 'node:path', 'crypto'],
    );
  });

  it('no file under server/src/core imports anything outside it but node:crypto and common/ facts that import nothing', () => {
    const files = sourceFiles(CORE);
    assert.ok(files.length > 20, `read only ${files.length} files under ${CORE}: has the core moved?`);
    assert.deepEqual(
      files.flatMap((f) => outsideImports(f, fs.readFileSync(f, 'utf8'))),
      [],
      'the core takes text and options and returns findings; whatever needs more belongs in a layer above it',
    );
  });
});
