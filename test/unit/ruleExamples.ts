/**
 * Each rule's examples, read from `server/src/core/rules/<id>.examples.ts`: the modules only the
 * tests import (the bundles never reach them, see bundle-examples.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleExamples } from '../../server/src/core/types';

export const RULES_DIR = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

/** The ids that have an examples module. */
export function exampleIds(): string[] {
  return fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.examples.ts'))
    .map((f) => f.slice(0, -'.examples.ts'.length))
    .sort();
}

const cache = new Map<string, RuleExamples>();

/** The examples of rule `id` (throws when the rule has no examples module). */
export function examplesOf(id: string): RuleExamples {
  let ex = cache.get(id);
  if (!ex) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ex = (require(path.join(RULES_DIR, `${id}.examples.ts`)) as { default: RuleExamples }).default;
    cache.set(id, ex);
  }
  return ex;
}
