/**
 * `node --require tsx/cjs scripts/split-examples.ts`: moves any rule's inline `mustMatch` /
 * `mustNotMatch` arrays out of `server/src/core/rules/<id>.ts` into `<id>.examples.ts`, the
 * sibling module only the tests import (so no bundle can hold a fake key). Idempotent: a rule
 * file without inline examples is left alone; inline examples replace an existing examples module
 * (after a merge they are the newer ones). For merging branches that still add examples inline.
 */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '..', 'server', 'src', 'core', 'rules');
const BLOCK = /^ {2}(mustMatch|mustNotMatch): \[\n([\s\S]*?)\n {2}\],\n/gm;

for (const name of fs.readdirSync(DIR).sort()) {
  if (!name.endsWith('.ts') || name.endsWith('.examples.ts') || name === 'index.ts') continue;
  const file = path.join(DIR, name);
  const source = fs.readFileSync(file, 'utf8');
  const blocks = new Map<string, string>();
  const stripped = source.replace(BLOCK, (_all, key: string, body: string) => {
    blocks.set(key, body);
    return '';
  });
  if (blocks.size === 0) continue;
  const id = name.slice(0, -'.ts'.length);
  const examplesFile = path.join(DIR, `${id}.examples.ts`);
  // After a merge the inline examples are the other branch's newer ones: they replace the module.
  if (fs.existsSync(examplesFile)) console.log(`${id}.examples.ts replaced by the inline examples of ${name}`);
  const list = (key: string) => (blocks.has(key) ? `  ${key}: [\n${blocks.get(key)}\n  ],` : `  ${key}: [],`);
  const out = [
    "import type { RuleExamples } from '../types';",
    '',
    `/** \`${id}\`: must and must-not examples. Only the tests import this module, so no bundle holds them. */`,
    'const examples: RuleExamples = {',
    list('mustMatch'),
    list('mustNotMatch'),
    '};',
    '',
    'export default examples;',
    '',
  ].join('\n');
  fs.writeFileSync(examplesFile, out);
  fs.writeFileSync(file, stripped);
  console.log(`${name} → ${id}.examples.ts`);
}
