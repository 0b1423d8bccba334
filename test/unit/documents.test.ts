/**
 * Open documents whose full scans run in the background (server/src/lsp/documents.ts): edits that
 * arrive while a scan runs are never lost, and the result is always that of the latest text.
 */
import assert from 'node:assert/strict';
import { scan } from '../../server/src/core';
import type { ScanOptions, ScanResult } from '../../server/src/core/types';
import type { BackgroundScanner } from '../../server/src/lsp/backgroundScan';
import { LintedDocuments, type LintedDocument } from '../../server/src/lsp/documents';

const PASSWORD = 'Zr7!pQ2vLx9wT4sN';

/** A background scanner whose scans end when the test says so. */
class Controlled {
  readonly pending: { text: string; finish: () => void }[] = [];
  scan(text: string, options: ScanOptions): Promise<ScanResult> {
    return new Promise((resolve) => this.pending.push({ text, finish: () => resolve(scan(text, options)) }));
  }
}

const tick = () => new Promise((r) => setImmediate(r));

describe('open documents scanned in the background', () => {
  const big = 'x = 1\n'.repeat(40_000) + `password = "${PASSWORD}"\n`; // 240 KB
  const options: ScanOptions = { path: 'big.py', languageId: 'python' };

  it('a large document shows no findings until its scan is in, then exactly those of a scan in one go', async () => {
    const bg = new Controlled();
    const scanned: LintedDocument[] = [];
    const docs = new LintedDocuments(bg as unknown as BackgroundScanner, (e) => scanned.push(e));
    const entry = docs.open('file:///big.py', 'python', 1, big, options);
    assert.deepEqual(entry.result.findings, []);
    assert.equal(bg.pending.length, 1);
    bg.pending[0].finish();
    await tick();
    assert.equal(scanned.length, 1);
    assert.deepEqual(entry.result, scan(big, options));
    // Small documents are scanned at once, here.
    assert.equal(docs.open('file:///small.py', 'python', 1, `password = "${PASSWORD}"\n`, options).result.findings.length, 1);
    assert.equal(bg.pending.length, 1);
  });

  it('an edit during the scan: the stale result is dropped and the latest text is scanned', async () => {
    const bg = new Controlled();
    const scanned: LintedDocument[] = [];
    const docs = new LintedDocuments(bg as unknown as BackgroundScanner, (e) => scanned.push(e));
    const entry = docs.open('file:///big.py', 'python', 1, big, options);
    // Insert a second secret at the start while the first scan runs.
    docs.change('file:///big.py', 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `token = "${PASSWORD}"\n` },
    ]);
    bg.pending[0].finish();
    await tick();
    assert.equal(scanned.length, 0, 'the result of the old text is not shown');
    assert.equal(bg.pending.length, 2, 'the latest text is scanned again');
    assert.equal(bg.pending[1].text, entry.doc.getText());
    bg.pending[1].finish();
    await tick();
    assert.equal(scanned.length, 1);
    assert.deepEqual(entry.result, scan(entry.doc.getText(), options));
    assert.equal(entry.result.findings.length, 2);
    // Later edits are incremental again, on the background result.
    docs.change('file:///big.py', 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    assert.equal(bg.pending.length, 2);
    assert.deepEqual(entry.result.findings, scan(entry.doc.getText(), options).findings);
  });
});
