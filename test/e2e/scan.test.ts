/**
 * "KeyWarden: Scan workspace", then opening files: one finding stays one diagnostic. The scan
 * pushes diagnostics for files that are not open; once a file (or a notebook's cells) is open
 * and linted live, the scan's diagnostics for it are withdrawn.
 */
import assert from 'node:assert/strict';
import { useVSCode, waitUntil } from './harness';

describe('e2e Scan workspace: one finding, one diagnostic', function () {
  const vs = useVSCode({ name: 'scan' });

  /** The problem count in VS Code's status bar (errors + warnings + infos). */
  async function problemCount(): Promise<number> {
    const text = await vs.session.page.locator('[id="status.problems"]').innerText();
    return (text.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
  }

  /** Watches the count for `ms` (the live lint of an opened file arrives within it) and returns the highest seen. */
  async function highestCountFor(ms: number): Promise<number> {
    let highest = 0;
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200)))
      highest = Math.max(highest, await problemCount());
    return highest;
  }

  it('counts each finding once after opening a scanned file and a scanned notebook', async () => {
    await vs.session.runCommand('KeyWarden: Scan workspace');
    const note = await vs.session.waitForNotification(/KeyWarden found \d+ hard-coded secrets?/, 60_000);
    const found = Number(/found (\d+)/.exec(await note.innerText())![1]);
    const total = await waitUntil("the scan's diagnostics in the status bar", async () =>
      (await problemCount()) === found ? found : undefined,
    );

    await vs.session.openFile('arthur_engine_client.py');
    // The file is linted live now: its findings show in the editor (the hover proves it).
    await vs.session.goToLine(12, 20);
    await vs.session.page.keyboard.press('Control+K');
    await vs.session.page.keyboard.press('Control+I');
    await vs.session.waitForText(/KeyWarden/, { selector: '.monaco-hover' });
    await vs.session.page.keyboard.press('Escape');
    assert.equal(await highestCountFor(4000), total, "the opened file's findings are counted twice");

    await vs.session.openFile('notebooks/arthur_quickstart.ipynb');
    assert.equal(await highestCountFor(6000), total, "the notebook's finding is counted as the .ipynb line and as the cell");
    const rows = await vs.session.problems();
    assert.equal(rows.filter((r) => r.includes('NmJm')).length, 1, rows.join('\n'));
    await vs.session.screenshot('scan-opened');
  });
});
