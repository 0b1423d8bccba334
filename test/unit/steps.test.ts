import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Steps } from '../../client/src/ui/steps';

describe('sign-in step counters (issue 21 item 4)', () => {
  it('numbers the declared steps and takes the total from them', () => {
    const steps = new Steps('WhyLabs: create a key', ['endpoint', 'key', 'alias']);
    assert.deepEqual(
      ['endpoint', 'key', 'alias'].map((k) => steps.of(k as 'endpoint')),
      ['WhyLabs: create a key (1/3)', 'WhyLabs: create a key (2/3)', 'WhyLabs: create a key (3/3)'],
    );
  });

  it('leaves skipped steps out of the count, so the last step shown is n/n', () => {
    const current = { endpoint: 'https://api.whylabsapp.com' };
    const steps = new Steps('WhyLabs: create a key', [!current && 'endpoint', !current && 'key', 'alias', 'scope', 'days']);
    assert.equal(steps.of('alias'), 'WhyLabs: create a key (1/3)');
    assert.equal(steps.of('days'), 'WhyLabs: create a key (3/3)');
  });

  it('titles a question asked only sometimes without a number', () => {
    const steps = new Steps('WhyLabs: use an existing API key', ['endpoint', 'key']);
    assert.equal(steps.aside('organization id'), 'WhyLabs: use an existing API key: organization id');
    assert.doesNotMatch(steps.aside('organization id'), /\(\d+\/\d+\)/);
  });

  it('refuses a step declared twice', () => {
    assert.throws(() => new Steps('x', ['a', 'a']), /declared twice/);
  });

  // The flows themselves: every numbered title comes from a declared step, each declared step is
  // asked once, and nothing writes a counter by hand, so no flow can show "(2/4)" twice or a
  // total it never reaches.
  const root = path.join(__dirname, '..', '..', 'client', 'src');
  const files = [
    ...fs
      .readdirSync(path.join(root, 'providers'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(root, 'providers', f)),
    ...fs
      .readdirSync(path.join(root, 'ui'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(root, 'ui', f)),
  ];

  it('finds the sign-in flows', () => {
    const flows = files.reduce((n, f) => n + (fs.readFileSync(f, 'utf8').match(/new Steps\(/g)?.length ?? 0), 0);
    assert.ok(flows >= 11, `${flows} flows declare their steps`);
  });

  for (const file of files) {
    const rel = path.relative(path.join(root, '..', '..'), file);
    it(`${rel}: no hand-written counter; each declared step asked exactly once`, () => {
      // Comments may quote counters ("(2/4)") and status codes ("401/403"); code may not.
      const text = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      assert.doesNotMatch(text, /\bstep\([^()]*,\s*\d+\s*,\s*\d+\s*\)|\(\d+\/\d+\)/, 'a step counter written by hand');
      const flows = text.split(/new Steps\(/).slice(1);
      for (const flow of flows) {
        const declared = /^[^,]+,\s*\[([^\]]*)\]\)/.exec(flow)![1];
        const keys = [...declared.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        const asked = [...flow.matchAll(/steps\.of\('([^']+)'\)/g)].map((m) => m[1]);
        for (const k of keys)
          assert.equal(
            asked.filter((a) => a === k).length,
            1,
            `step '${k}' of ${flow.slice(0, 60)}… is asked ${asked.filter((a) => a === k).length} times`,
          );
        for (const a of asked) assert.ok(keys.includes(a), `step '${a}' is not declared`);
      }
    });
  }
});
