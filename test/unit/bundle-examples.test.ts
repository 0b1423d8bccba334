/**
 * The shipped bundles hold no rule example: the fake keys in `rules/<id>.examples.ts` are for the
 * tests only. Bundles the entry points of esbuild.mjs in memory (as `npm run build` does) and
 * looks for any example module among the inputs and any example value in the output.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { RULES } from '../../server/src/core';
import { examplesOf } from './ruleExamples';

const ROOT = path.join(__dirname, '..', '..');
/** The entry points esbuild.mjs builds (client, language server, scan worker, CLI). */
const ENTRIES = ['client/src/extension.ts', 'server/src/lsp/server.ts', 'server/src/lsp/scanWorker.ts', 'server/src/cli/main.ts'];

describe('bundles hold no rule examples', function () {
  this.timeout(120_000);
  let bundles: { entry: string; inputs: string[]; text: string }[] = [];

  before(async () => {
    bundles = await Promise.all(
      ENTRIES.map(async (entry) => {
        const r = await esbuild.build({
          absWorkingDir: ROOT,
          entryPoints: [entry],
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: 'node20',
          mainFields: ['module', 'main'],
          external: ['vscode'],
          define: { KEYWARDEN_VERSION: '"test"' },
          write: false,
          metafile: true,
          logLevel: 'silent',
        });
        return { entry, inputs: Object.keys(r.metafile.inputs), text: r.outputFiles.map((f) => f.text).join('\n') };
      }),
    );
  });

  it('no bundle imports an examples module', () => {
    for (const b of bundles)
      assert.deepEqual(
        b.inputs.filter((i) => i.endsWith('.examples.ts')),
        [],
        b.entry,
      );
  });

  it('no bundle contains the value of a must-match example (a fake key)', () => {
    const values = RULES.flatMap((r) => examplesOf(r.id).mustMatch.map((e) => e.secret ?? e.text)).filter((v) => v.length >= 12);
    assert.ok(values.length > 100, `${values.length} example values`);
    for (const b of bundles) {
      const found = values.filter((v) => b.text.includes(v));
      assert.deepEqual(found.length, 0, `${b.entry} holds ${found.length} example values, e.g. rule example of ${found[0]?.length} chars`);
    }
  });
});
