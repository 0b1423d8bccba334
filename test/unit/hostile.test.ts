/**
 * Hostile input to the pure parts (issue 20): malformed notebooks, edits whose range ends
 * before it starts. Each must give an answer (a finding at the right place, or a reason to skip)
 * and never throw or loop.
 */
import assert from 'node:assert/strict';
import { scan } from '../../server/src/core';
import { rescan } from '../../server/src/core/incremental';
import { scanFileText } from '../../server/src/io/scanFile';

const PASSWORD = 'Zr7!pQ2vLx9wT4sN';

describe('malformed notebooks', () => {
  const nb = (cells: unknown) => JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);

  it('a cell that is not an object, or no cells array, skips the notebook with a reason', () => {
    for (const text of [nb([null]), nb([1, { cell_type: 'code', source: [] }]), nb('x'), '{"cells": {}}', '[]', 'null', '{']) {
      const r = scanFileText(text, { path: 'a.ipynb' });
      assert.equal(r.findings.length, 0);
      assert.match(r.skipped ?? '', /^not a valid notebook: /, text);
    }
  });

  it('numbers and nulls in a source array are left out without shifting where findings are reported', () => {
    const line = `password = '${PASSWORD}'\n`;
    const text = nb([{ cell_type: 'code', source: [1, null, line, 2.5, { x: 1 }] }]);
    const r = scanFileText(text, { path: 'a.ipynb' });
    assert.equal(r.skipped, undefined);
    assert.equal(r.findings.length, 1);
    const lines = text.split('\n');
    const row = lines.findIndex((l) => l.includes(PASSWORD));
    assert.deepEqual([r.findings[0].line, r.findings[0].column], [row, lines[row].indexOf(PASSWORD)]);
    assert.equal(r.findings[0].endColumn - r.findings[0].column, PASSWORD.length);
  });

  it('the same on one line, as the issue found it (column 61, not 49)', () => {
    const text = `{"cells":[{"cell_type":"code","source":[1,"password = '${PASSWORD}'"]}]}`;
    const r = scanFileText(text, { path: 'a.ipynb' });
    assert.equal(r.findings[0].column, text.indexOf(PASSWORD));
  });
});

describe('edits whose range ends before it starts', () => {
  it("rescan orders the offsets as the text-document library does, and gives the full scan's answer", () => {
    const before = `a = 1\npassword = "${PASSWORD}"\nb = 2\n`;
    const previous = scan(before, { path: 'x.py' });
    // A reversed range [end, start) replaced: the library swaps it to [start, end).
    const start = before.indexOf('b = 2');
    const end = before.indexOf('a = 1') + 1;
    const after = before.slice(0, end) + 'X' + before.slice(start);
    const result = rescan(scan, previous, after, { start, end, newText: 'X' }, { path: 'x.py' });
    assert.deepEqual(result.findings, scan(after, { path: 'x.py' }).findings);
  });
});
