/**
 * Every rule must run in linear time on adversarial input: long runs of the characters its
 * pattern almost matches. Time at 4x the length must stay well under the 16x a quadratic
 * pattern would take (a ratio test, generous enough for a busy machine).
 */
import assert from 'node:assert/strict';
import { RULES, scan } from '../../server/src/core';

function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    scan(text, { path: 'adversarial.py', maxFileSize: 10_000_000 });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Inputs of about `n` characters built from what a rule's examples contain. */
function adversarial(secret: string, line: string, n: number): string[] {
  const body = secret.slice(0, Math.max(1, secret.length - 1));
  const head = line.slice(0, Math.max(0, line.indexOf(secret)));
  const repeat = (s: string) => s.repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n);
  return [
    repeat(body), // the value without its last character, again and again
    head + repeat(secret.slice(-1)), // the prefix, then one character forever
    repeat(head + body), // prefix + almost-value, no separator
    repeat(`${head}${body} `), // many near-misses on one line
    repeat(secret.slice(0, 4)), // the keyword part alone
    repeat('a1B/+=_-.:@'), // every character class the patterns use
  ];
}

describe('rules run in linear time on adversarial input', function () {
  this.timeout(120_000);
  for (const rule of RULES) {
    it(rule.id, () => {
      const example = rule.mustMatch.find((e) => e.secret) ?? rule.mustMatch[0];
      const secret = example.secret ?? example.text;
      const small = adversarial(secret, example.text, 20_000);
      const large = adversarial(secret, example.text, 80_000);
      small.forEach((s, i) => {
        const t1 = timeOf(s);
        const t4 = timeOf(large[i]);
        // Linear: ~4x. Quadratic: ~16x. Tiny times are all noise, so allow an absolute floor.
        assert.ok(t4 < Math.max(10 * t1, 40), `${rule.id} input ${i + 1}: ${t1.toFixed(1)} ms at 20k, ${t4.toFixed(1)} ms at 80k`);
      });
    });
  }

  it('the generic rule on unterminated strings and escaped JSON on one long line', () => {
    for (const unit of ['password="ab ', '\\"token\\":\\"abc ', "secret: 'x"]) {
      const t1 = timeOf(unit.repeat(2_000));
      const t4 = timeOf(unit.repeat(8_000));
      assert.ok(t4 < Math.max(10 * t1, 40), `${JSON.stringify(unit)}: ${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`);
    }
  });

  it('the generic rule on a long line of name-like assignments', () => {
    const unit = 'password=a,token:b;api_key="c" secret_key = \'d\' ';
    const t1 = timeOf(unit.repeat(400));
    const t4 = timeOf(unit.repeat(1600));
    assert.ok(t4 < Math.max(10 * t1, 40), `${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`);
  });
});
