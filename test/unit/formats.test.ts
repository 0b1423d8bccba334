/**
 * The CLI's reports written as findings arrive (server/src/cli/formats.ts): JSON is exactly the
 * whole array pretty-printed, findings come sorted by position within a file, SARIF results
 * point at the right rules, and nothing but counters is kept between files.
 */
import assert from 'node:assert/strict';
import { JsonWriter, SarifWriter, TextWriter, type ReportedFinding } from '../../server/src/cli/formats';
import { RULES } from '../../server/src/core';

const finding = (ruleId: string, line: number, column: number, n: number): ReportedFinding => ({
  finding: {
    ruleId,
    kind: RULES.find((r) => r.id === ruleId)?.kind ?? ruleId,
    start: 0,
    end: 1,
    confidence: 'high',
    envVar: 'API_KEY',
    why: 'test',
    entropy: 4,
    fingerprint: `fp${n}`,
    masked: 'abcd…',
  },
  line,
  column,
  endLine: line,
  endColumn: column + 10,
  gitState: n % 2 ? 'pushed' : 'committed',
  commit: `${n}`.repeat(40).slice(0, 40),
});

function collect() {
  const chunks: string[] = [];
  return { sink: { write: (t: string) => void chunks.push(t) }, text: () => chunks.join(''), chunks };
}

const summary = { scanned: 3, skipped: [], suppressed: 0 };

describe('streamed reports', () => {
  const files: [string, ReportedFinding[]][] = [
    ['a.py', [finding('github-token', 9, 0, 1), finding('openai-api-key', 2, 4, 2), finding('github-token', 2, 1, 3)]],
    ['b.py', []],
    ['c "q".py', [finding('jwt', 0, 0, 4)]],
  ];

  it('JSON: the same bytes as printing the whole array, findings sorted by position in each file', async () => {
    const out = collect();
    const w = new JsonWriter(out.sink);
    for (const [file, fs] of files) await w.file(file, fs);
    await w.end();
    const parsed = JSON.parse(out.text()) as { file: string; line: number; column: number }[];
    assert.deepEqual(
      parsed.map((f) => `${f.file}:${f.line}:${f.column}`),
      ['a.py:3:2', 'a.py:3:5', 'a.py:10:1', 'c "q".py:1:1'],
    );
    assert.equal(out.text(), JSON.stringify(parsed, null, 2) + '\n');
    assert.ok(out.chunks.length >= 4, 'written piece by piece, not at the end');
    const empty = collect();
    await new JsonWriter(empty.sink).end();
    assert.equal(empty.text(), '[]\n');
  });

  it("SARIF: valid JSON whose ruleIndex names each result's rule, rules listed once", async () => {
    const out = collect();
    const w = new SarifWriter(out.sink, RULES, '1.2.3');
    for (const [file, fs] of files) await w.file(file, fs);
    await w.end();
    const sarif = JSON.parse(out.text());
    const run = sarif.runs[0];
    assert.equal(sarif.version, '2.1.0');
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.deepEqual(
      run.tool.driver.rules.map((r: { id: string }) => r.id),
      ['github-token', 'openai-api-key', 'jwt'],
    ); // in order of first use
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.deepEqual(
      run.results.map(
        (r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0].physicalLocation.region.startLine,
      ),
      [3, 3, 10, 1],
    );
    assert.equal(out.text(), JSON.stringify(sarif, null, 2) + '\n');
    const empty = collect();
    await new SarifWriter(empty.sink, RULES, '1').end();
    assert.deepEqual(JSON.parse(empty.text()).runs[0].results, []);
  });

  it('text: a line per finding as it comes, then the summary', async () => {
    const out = collect();
    const w = new TextWriter(out.sink, false);
    for (const [file, fs] of files) await w.file(file, fs);
    await w.end(summary);
    const lines = out.text().trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.match(lines[0], /^a\.py:3:2 {2}github-token .*\[pushed: rotate it\]$/);
    assert.match(lines[1], /^a\.py:3:5 {2}openai-api-key .*\[committed in 2222222\]$/);
    assert.equal(lines[4], '4 hard-coded secrets in 2 files (3 files scanned).');
    assert.ok(!out.text().includes('fp1'));
  });
});
