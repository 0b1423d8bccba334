/**
 * Every rule must run in linear time on adversarial input: long runs of the characters its
 * pattern almost matches. Time at 4x the length must stay well under the 16x a quadratic
 * pattern would take (a ratio test, generous enough for a busy machine).
 */
import assert from 'node:assert/strict';
import { RULES, scan } from '../../server/src/core';
import { examplesOf } from './ruleExamples';
import { HINT_WORDS } from '../../server/src/core/generic';
import { ALL_RULES } from '../../server/src/core/rules';
import { rescan } from '../../server/src/core/incremental';

/**
 * Below this, a 4x-longer input's time says nothing: on a loaded machine (CI, parallel runs) a
 * garbage collection or a descheduling alone costs tens of milliseconds. A quadratic rule
 * costs seconds at 80k characters.
 */
const FLOOR_MS = 150;

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
      const { mustMatch } = examplesOf(rule.id);
      const example = mustMatch.find((e) => e.secret) ?? mustMatch[0];
      const secret = example.secret ?? example.text;
      const small = adversarial(secret, example.text, 20_000);
      const large = adversarial(secret, example.text, 80_000);
      small.forEach((s, i) => {
        const t1 = timeOf(s);
        const t4 = timeOf(large[i]);
        // Linear: ~4x. Quadratic: ~16x. Tiny times are all noise, so allow an absolute floor.
        assert.ok(t4 < Math.max(10 * t1, FLOOR_MS), `${rule.id} input ${i + 1}: ${t1.toFixed(1)} ms at 20k, ${t4.toFixed(1)} ms at 80k`);
      });
    });
  }

  it('the generic rule on unterminated strings and escaped JSON on one long line', () => {
    for (const unit of ['password="ab ', '\\"token\\":\\"abc ', "secret: 'x"]) {
      const t1 = timeOf(unit.repeat(2_000));
      const t4 = timeOf(unit.repeat(8_000));
      assert.ok(t4 < Math.max(10 * t1, FLOOR_MS), `${JSON.stringify(unit)}: ${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`);
    }
  });

  it('the generic rule on a long line of name-like assignments', () => {
    const unit = 'password=a,token:b;api_key="c" secret_key = \'d\' ';
    const t1 = timeOf(unit.repeat(400));
    const t4 = timeOf(unit.repeat(1600));
    assert.ok(t4 < Math.max(10 * t1, FLOOR_MS), `${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`);
  });
});

/**
 * Runs of what makes the scanner start work: each rule's keywords, the text before each rule's
 * example value (its prefix), and the generic rule's name-operator pairs, in each kind of file
 * whose parsing differs (code needs quoted values; config and shell files take bare ones). The
 * time per character must not grow with the length: 8x the length costs ~8x the time when
 * linear, ~64x when quadratic (the limit, 24x, leaves room for a busy machine).
 */
describe('linear time on runs of keywords, prefixes and name-operator pairs', function () {
  this.timeout(600_000);
  const FILES = ['adversarial.py', '.env'];
  const keywords = [...new Set(ALL_RULES.flatMap((r) => (r.type === 'name' ? [] : r.keywords)))];
  const prefixes = [
    ...new Set(
      ALL_RULES.flatMap((r) =>
        examplesOf(r.id).mustMatch.flatMap((e) => {
          const at = e.secret ? e.text.indexOf(e.secret) : -1;
          return at > 0 ? [e.text.slice(0, at)] : [];
        }),
      ),
    ),
  ];
  const OPERATORS = ['=', ':', ':=', '=>', '(', ',', ' ', '>', ' = "', "='"];
  const pairs = HINT_WORDS.flatMap((w) => OPERATORS.flatMap((op) => [`${w}${op}`, `--${w}${op}`, `"${w}"${op}`]));
  const once = (text: string, file: string) => {
    const t0 = performance.now();
    scan(text, { path: file, maxFileSize: 10_000_000 });
    return performance.now() - t0;
  };
  const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const tooSlow = (t1: number, t8: number) => t8 > Math.max(24 * t1, 250);

  for (const [what, units] of [
    ['rule keywords', keywords],
    ['rule prefixes', prefixes],
    ['generic name-operator pairs', pairs],
  ] as const) {
    it(`${what} (${units.length} units x ${FILES.length} file types)`, () => {
      const slow: string[] = [];
      for (const file of FILES) {
        for (const unit of units) {
          // One quick measurement each; only a suspicious ratio is measured again, best of 3.
          let t1 = once(run(unit, 10_000), file);
          let t8 = once(run(unit, 80_000), file);
          if (tooSlow(t1, t8)) {
            t1 = Math.min(t1, once(run(unit, 10_000), file), once(run(unit, 10_000), file));
            t8 = Math.min(t8, once(run(unit, 80_000), file), once(run(unit, 80_000), file));
            if (tooSlow(t1, t8)) slow.push(`${file} ${JSON.stringify(unit)}: ${t1.toFixed(1)} ms at 10k, ${t8.toFixed(1)} ms at 80k`);
          }
        }
      }
      assert.deepEqual(slow, []);
    });
  }

  // The cases that were quadratic (2.5 s for 100 KB of "rime", 160 s for 1.6 MB of --password=):
  // per MB, 2 MB must cost about what 100 KB does.
  for (const [unit, file] of [
    ['rime', 'x.py'],
    ['--password=', 'x.sh'],
    ['api_key=', '.env'],
    ['otpauth://totp/x?secret=', 'x.txt'],
  ]) {
    it(`${JSON.stringify(unit)} in ${file}: time per MB flat from 100 KB to 2 MB`, () => {
      const small = run(unit, 100_000);
      const large = run(unit, 1_999_000);
      const perMbSmall = Math.min(once(small, file), once(small, file), once(small, file)) * 10;
      const perMbLarge = once(large, file) / 2;
      assert.ok(
        perMbLarge < Math.max(2.5 * perMbSmall, 200),
        `${perMbSmall.toFixed(0)} ms/MB at 100 KB, ${perMbLarge.toFixed(0)} ms/MB at 2 MB`,
      );
    });
  }
});

describe('the work on one line is bounded, whatever the rules', function () {
  this.timeout(120_000);
  // The generic rule's name-operator pairs of every kind, in the file types that parse them.
  const PAIRS = [
    'password=',
    'api_key: ',
    'token = ',
    '--password=',
    'secret=>',
    '"apiKey": ',
    'auth_token:=',
    'PASSWORD ',
    "password('",
    'secret_key,',
    'rime ',
  ];
  const line = (n: number) =>
    PAIRS.join('x ')
      .repeat(Math.ceil(n / 100))
      .slice(0, n);
  const best = (text: string, path: string) => {
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      scan(text, { path });
      ms = Math.min(ms, performance.now() - t0);
    }
    return ms;
  };

  for (const path of ['app.py', '.env', 'run.sh', 'app.js']) {
    it(`a 2 MB line of name-operator pairs in ${path}: time per MB flat, and the unexamined rest is reported`, () => {
      const small = line(200_000);
      const large = line(1_990_000);
      const t1 = best(small, path);
      const t10 = best(large, path);
      assert.ok(t10 < Math.max(3 * t1, FLOOR_MS), `${path}: ${t1.toFixed(1)} ms at 200 KB, ${t10.toFixed(1)} ms at 2 MB`);
      const r = scan(large, { path });
      assert.equal(r.partial?.length, 1, 'the line examined only in part is reported');
      const [p] = r.partial!;
      assert.ok(p.start > 0 && p.start < 100_000, `examined up to ${p.start}`);
      assert.equal(p.end, large.length, 'to the end of the line');
      assert.match(p.message, /^not examined past column \d+ of this line: over \d+ keyword positions on one line$/);
    });
  }

  it('a secret before the budget runs out is still found; ordinary long lines are examined whole', () => {
    const secret = 'Zq8vN3xR7tL2mK9pW4sJ6';
    const r = scan(`password = "${secret}"; ${line(500_000)}`, { path: 'app.py' });
    assert.ok(r.findings.some((f) => f.start === 12 && f.end === 12 + secret.length));
    assert.ok(r.partial?.length === 1);
    // Hundreds of keywords on one line (minified code) are well under the budget: no notice.
    const minified = 'var a={token:t,key:k,secret:s};'.repeat(300) + `password = "${secret}"`;
    const m = scan(minified, { path: 'app.js' });
    assert.equal(m.partial, undefined);
    assert.equal(m.findings.length, 1);
  });

  it("a source map's mappings (thousands of EAAE-like segments) use none of the budget: a key after them is found", () => {
    const token = 'ghp_' + 'Zq8vN3xR7tL2mK9pW4sJ6hY1cB5dF0gT2aE7';
    const map = `{"version":3,"mappings":"${'AAAA,EAAE,EAAG,IAAI;'.repeat(2000)}","x":"${token}"}`;
    const r = scan(map, { path: 'dist/app.js.map' });
    assert.equal(r.partial, undefined);
    assert.ok(r.findings.some((f) => map.slice(f.start, f.end) === token));
  });

  it('an edit keeps the notice of an untouched line and drops it when the line is fixed', () => {
    const long = line(300_000);
    const text = `a = 1\n${long}\nb = 2\n`;
    const first = scan(text, { path: 'app.py' });
    assert.equal(first.partial?.length, 1);
    // Edit the first line: the notice stays, shifted.
    const edited = `abc = 1\n${long}\nb = 2\n`;
    const after = rescan(scan, first, edited, { start: 0, end: 1, newText: 'abc' }, { path: 'app.py' });
    assert.deepEqual(after.partial, scan(edited, { path: 'app.py' }).partial);
    // Replace the long line: the notice goes.
    const fixed = `abc = 1\nshort\nb = 2\n`;
    const gone = rescan(scan, after, fixed, { start: 8, end: 8 + long.length, newText: 'short' }, { path: 'app.py' });
    assert.equal(gone.partial, undefined);
  });
});

describe("linear time for the generic rule's forms without an operator (generic-forms.ts)", function () {
  this.timeout(120_000);
  // Runs of what each form almost matches, in the files where the form is read: spaces after a
  // name, names without values, opening tags without text, and one long line of hints.
  const cases: [string, string][] = [
    ['redis.conf', 'requirepass x'],
    ['redis.conf', 'requirepass ' + ' '.repeat(1500) + 'x\n'],
    ['redis.conf', 'password'],
    ['etc/nginx/nginx.conf', 'proxy_set_header X-Api-Key q8Xv2LmN4p   ;;\n'],
    ['.netrc', 'password '],
    ['.netrc', 'machine h login u password p\n'],
    ['settings.xml', '<password>\n'],
    ['settings.xml', '<password>\n  Tr0ub4dor&3xQ9\n'],
  ];
  const once = (text: string, file: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      scan(text, { path: file, maxFileSize: 10_000_000 });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  for (const [file, unit] of cases) {
    it(`${file}: ${JSON.stringify(unit.slice(0, 40))} repeated`, () => {
      const t1 = once(run(unit, 20_000), file);
      const t8 = once(run(unit, 160_000), file);
      assert.ok(t8 < Math.max(24 * t1, FLOOR_MS), `${t1.toFixed(1)} ms at 20k, ${t8.toFixed(1)} ms at 160k`);
    });
  }
});
