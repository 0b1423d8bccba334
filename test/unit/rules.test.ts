import { RULES_DOC, rulesDoc } from '../../scripts/rules-table';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES, scan } from '../../server/src/core';
import { exampleIds, examplesOf } from './ruleExamples';

describe('rules: every rule on its own examples', () => {
  it('has at least 40 rules with unique ids, each with examples both ways', () => {
    assert.ok(RULES.length >= 40, `${RULES.length} rules`);
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const r of RULES) {
      const { mustMatch, mustNotMatch } = examplesOf(r.id);
      assert.ok(mustMatch.length >= 1 && mustNotMatch.length >= 1, `${r.id} lacks examples`);
      assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('has an examples module for each rule and none for a rule that does not exist', () => {
    assert.deepEqual(exampleIds(), RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      examplesOf(rule.id).mustMatch.forEach((ex, i) => {
        it(`flags must-match example ${i + 1}`, () => {
          const { findings } = scan(ex.text, { languageId: ex.languageId, path: ex.path });
          const mine = findings.filter((f) => f.ruleId === rule.id);
          assert.equal(
            mine.length,
            1,
            `expected one ${rule.id} finding in ${JSON.stringify(ex.text)}, got ${JSON.stringify(findings.map((f) => f.ruleId))}`,
          );
          if (ex.secret) assert.equal(ex.text.slice(mine[0].start, mine[0].end), ex.secret);
          assert.ok(!mine[0].masked.includes(ex.secret?.slice(4) || '\u0000'), 'masked value leaks the secret');
        });
      });
      examplesOf(rule.id).mustNotMatch.forEach((ex, i) => {
        it(`ignores must-not-match example ${i + 1}`, () => {
          const { findings } = scan(ex.text, { languageId: ex.languageId, path: ex.path });
          assert.deepEqual(
            findings.filter((f) => f.ruleId === rule.id).map((f) => ex.text.slice(f.start, f.end)),
            [],
          );
        });
      });
    });
  }
});

describe('docs/rules.md', () => {
  it('is what scripts/rules-table.ts writes from the rule files (run it when this fails)', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    const listed = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(listed, RULES.map((r) => r.id).sort());
    assert.equal(doc, rulesDoc());
  });
});
