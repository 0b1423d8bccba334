/**
 * The e2e harness: the packaged extension (keywarden-<version>.vsix) inside a real VS Code
 * (code-server, see scripts/code-server.mjs), driven from Debian's Chromium by playwright-core.
 *
 * Typical suite:
 *
 *   describe('my feature', function () {
 *     const vs = useVSCode();                      // before/afterEach/after hooks
 *     it('does it', async () => {
 *       await vs.session.openFile('arthur_engine_client.py');
 *       await vs.session.waitForText('KeyWarden', { selector: '.markers-panel' });
 *     });
 *   });
 *
 * Every session gets a fresh copy of demo/, a fresh user-data dir and a fresh extensions dir,
 * so suites never see each other's secrets, settings or terminals. Helpers wait on DOM state
 * or files with a deadline; none sleeps for a fixed time.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/code-server.mjs' with { 'resolution-mode': 'import' };

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
export const EXTENSION_ID = 'keywarden.keywarden';
const CHROMIUM = process.env.KEYWARDEN_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
/** Default deadline of every wait helper; a cold extension host can take a few seconds. */
export const DEFAULT_TIMEOUT = 30_000;

/** User settings of every session: quiet (see QUIET_SETTINGS) and a terminal readable from the DOM. */
export const TEST_SETTINGS: Record<string, unknown> = {
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  // DOM renderer: terminal rows are text in `.xterm-rows`, not pixels on a canvas.
  'terminal.integrated.gpuAcceleration': 'off',
  'terminal.integrated.enablePersistentSessions': false,
  'terminal.integrated.defaultProfile.linux': 'bash',
};

export interface LaunchOptions {
  /** Folder copied as the workspace (default: demo/). */
  workspaceSource?: string;
  /** Merged over QUIET_SETTINGS and TEST_SETTINGS, written as `npm start` writes them (writeSettings). */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server, its extension host and terminals. */
  env?: Record<string, string>;
  /** The .vsix to install (default: keywarden-<package.json version>.vsix in the repo root). */
  vsix?: string;
  /** Keep the temp dirs after close (also: KEYWARDEN_E2E_KEEP=1). */
  keep?: boolean;
  /** Names this session's log copy, test-results/e2e/logs/<name>/ (useVSCode passes the suite title). */
  name?: string;
  /** Open a multi-root workspace of these subfolders of the workspace copy (created if missing). */
  folders?: string[];
}

let resultsCleared = false;
/** Empties test-results/e2e/ once per test run, so screenshots on disk are all from this run. */
function clearResultsOnce(): void {
  if (resultsCleared) return;
  resultsCleared = true;
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
}

/** keywarden-<version>.vsix in the repo root; throws with the command that builds it. */
export function findVsix(): string {
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const vsix = path.join(REPO_ROOT, `keywarden-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} not found: run \`npm run package\` first (npm run test:e2e does)`);
  return vsix;
}

async function codeServerModule(): Promise<typeof import('../../scripts/code-server.mjs', { with: { 'resolution-mode': 'import' } })> {
  return import('../../scripts/code-server.mjs');
}

/** Polls `probe` until it returns a value other than undefined/false, or throws `what` at the deadline. */
export async function waitUntil<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeout = DEFAULT_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/** Every file under `dir` whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size < 50_000_000 && readFileSync(p).includes(needle)) hits.push(p);
    }
  };
  walk(dir);
  return hits;
}

/** A running VS Code with KeyWarden installed, and the helpers tests use to drive it. */
export class VSCodeSession {
  private terminalRuns = 0;

  private constructor(
    readonly server: CodeServer,
    readonly browser: Browser,
    readonly page: Page,
    /** Root of every temp dir of this session (workspace, user data, extensions, terminal output). */
    readonly tempRoot: string,
    /** The throwaway copy of demo/ that is open in the workbench. */
    readonly workspace: string,
    private readonly keep: boolean,
    private readonly name: string,
  ) {}

  /** Installs the vsix, starts code-server and Chromium, and waits for the workbench to load. */
  static async launch(options: LaunchOptions = {}): Promise<VSCodeSession> {
    clearResultsOnce();
    const cs = await codeServerModule();
    const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'keywarden-e2e-'));
    const workspace = path.join(tempRoot, 'workspace');
    const userDataDir = path.join(tempRoot, 'user-data');
    const extensionsDir = path.join(tempRoot, 'extensions');
    const keep = options.keep ?? process.env.KEYWARDEN_E2E_KEEP === '1';
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    try {
      cpSync(options.workspaceSource ?? path.join(REPO_ROOT, 'demo'), workspace, { recursive: true });
      cs.writeSettings(userDataDir, { ...cs.QUIET_SETTINGS, ...TEST_SETTINGS, ...options.settings });
      await cs.installExtension(options.vsix ?? findVsix(), extensionsDir);
      server = await cs.startCodeServer({ workspace, userDataDir, extensionsDir, env: options.env });
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // Clipboard access lets tests paste long values into input boxes like a user would.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await context.newPage();
      if (options.folders?.length) {
        // A multi-root workspace: a .code-workspace file listing the folders, opened by URL.
        for (const f of options.folders) mkdirSync(path.join(workspace, f), { recursive: true });
        const file = path.join(tempRoot, 'keywarden-e2e.code-workspace');
        writeFileSync(file, JSON.stringify({ folders: options.folders.map((f) => ({ path: path.join(workspace, f) })) }, null, 2));
        await page.goto(`${server.url}?workspace=${encodeURIComponent(file)}`);
      } else {
        await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
      }
      const session = new VSCodeSession(server, browser, page, tempRoot, workspace, keep, options.name ?? path.basename(tempRoot));
      await session.waitForWorkbench();
      return session;
    } catch (err) {
      await browser?.close().catch(() => undefined);
      await server?.stop().catch(() => undefined);
      if (!keep) rmSync(tempRoot, { recursive: true, force: true });
      throw err;
    }
  }

  get userDataDir(): string {
    return this.server.userDataDir;
  }

  /** Waits until the workbench has rendered and the remote extension host is connected. */
  async waitForWorkbench(timeout = 60_000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    await this.page.locator('.statusbar').waitFor({ state: 'visible', timeout });
    // The explorer lists the workspace once the remote file system answers.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
  }

  /** Stops Chromium and code-server and removes the temp dirs (logs are copied to test-results first). */
  async close(): Promise<void> {
    try {
      this.saveLogs();
    } catch {
      /* best effort */
    }
    await this.browser.close().catch(() => undefined);
    await this.server.stop().catch(() => undefined);
    if (!this.keep) rmSync(this.tempRoot, { recursive: true, force: true });
  }

  /** Copies the server-side logs to test-results/e2e/logs/<name>/ for post-mortems; returns that path. */
  saveLogs(): string {
    const dest = path.join(RESULTS_DIR, 'logs', this.name.replace(/[^\w.-]+/g, '_'));
    rmSync(dest, { recursive: true, force: true });
    const logs = path.join(this.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, dest, { recursive: true });
    return dest;
  }

  // ---------------------------------------------------------------- screenshots and logs

  /** Saves a PNG of the whole window as test-results/e2e/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_').slice(0, 120)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * Shows the hover at the cursor (Ctrl+K Ctrl+I) until one on screen contains `text`, takes the
   * screenshot `name` while it is, and returns its text. A hover shown before the editor settles
   * (late decorations) closes within a moment while its hidden copy keeps the text in the DOM, so
   * it is shown again until it is still on screen after the screenshot.
   */
  async hoverScreenshot(text: RegExp, name: string, timeout = DEFAULT_TIMEOUT): Promise<string> {
    const shown = this.page.locator('.monaco-hover:visible', { hasText: text }).first();
    return waitUntil(
      `a hover on screen with ${String(text)}`,
      async () => {
        if (!(await shown.isVisible())) {
          // The mouse resting on the cursor's spot keeps the hover open where a keyboard hover may close.
          const box = await this.page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
          if (box) await this.page.mouse.move(box.x + 2, box.y + box.height / 2);
          await this.page.keyboard.press('Control+K');
          await this.page.keyboard.press('Control+I');
          await shown.waitFor({ state: 'visible', timeout: 5000 });
        }
        const t = (await shown.innerText({ timeout: 1000 })).replace(/\u00a0/g, ' ');
        await this.screenshot(name);
        return (await shown.isVisible()) ? t : undefined;
      },
      timeout,
    );
  }

  /** Paths of every log file of the extension host(s): <user-data>/logs/<session>/exthost<N>/**. */
  exthostLogFiles(): string[] {
    return listFiles(path.join(this.userDataDir, 'logs')).filter((f) => /[\\/]exthost\d*[\\/]/.test(f) && f.endsWith('.log'));
  }

  /** The extension host's own log (remoteexthost.log / exthost.log): activation events, errors. */
  exthostLog(): string {
    return this.exthostLogFiles()
      .filter((f) => /exthost\.log$/.test(path.basename(f)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  }

  /**
   * The text of an extension's LogOutputChannel as written to disk:
   * <user-data>/logs/<session>/exthost<N>/<extension id>/<channel name>.log.
   */
  outputChannelLog(channel = 'KeyWarden', extensionId = EXTENSION_ID): string {
    return this.exthostLogFiles()
      .filter((f) => path.basename(path.dirname(f)) === extensionId && path.basename(f, '.log') === channel)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  }

  /** Waits until `pattern` appears in an output channel's log file (default "KeyWarden"); returns the log. */
  async waitForOutputLog(pattern: string | RegExp, channel = 'KeyWarden', timeout = DEFAULT_TIMEOUT): Promise<string> {
    return waitUntil(
      `${String(pattern)} in output channel "${channel}"`,
      () => {
        const text = this.outputChannelLog(channel);
        return matches(text, pattern) ? text : undefined;
      },
      timeout,
    );
  }

  /** Waits until `pattern` appears in the extension host log; returns the log. */
  async waitForExthostLog(pattern: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<string> {
    return waitUntil(
      `${String(pattern)} in the extension host log`,
      () => {
        const text = this.exthostLog();
        return matches(text, pattern) ? text : undefined;
      },
      timeout,
    );
  }

  // ---------------------------------------------------------------- text in the window

  /** Waits until `text` is visible inside `selector` (default: the whole workbench); returns that element's text. */
  async waitForText(text: string | RegExp, { selector = '.monaco-workbench', timeout = DEFAULT_TIMEOUT } = {}): Promise<string> {
    return waitUntil(
      `${String(text)} in ${selector}`,
      async () => {
        for (const el of await this.page.locator(selector).all()) {
          // Monaco renders spaces as U+00A0; compare with plain spaces.
          const t = (await el.innerText({ timeout: 1000 }).catch(() => '')).replace(/\u00a0/g, ' ');
          if (matches(t, text)) return t;
        }
        return undefined;
      },
      timeout,
    );
  }

  /** Texts of the visible notification toasts (and of the notification center if open). */
  async notifications(): Promise<string[]> {
    return this.page.locator('.notification-list-item .notification-list-item-message').allInnerTexts();
  }

  /** Waits for a notification toast containing `text` and returns its locator (for its buttons). */
  async waitForNotification(text: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<Locator> {
    const item = this.page.locator('.notification-list-item').filter({ hasText: text }).first();
    await item.waitFor({ state: 'visible', timeout });
    return item;
  }

  // ---------------------------------------------------------------- command palette and quick input

  /** Opens the command palette and waits for its input; `query` is typed after the ">" prefix. */
  async openCommandPalette(query = ''): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.quickInputBox();
    await input.waitFor({ state: 'visible' });
    if (query) await this.page.keyboard.type(query);
  }

  /**
   * Runs a command-palette entry by its full title, e.g. "KeyWarden: Sign in / Create key".
   * The palette snapshots the command list when it opens, and extension commands appear only
   * once the extension host has registered them, so it reopens until the title shows up.
   */
  async runCommand(title: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    await waitUntil(
      `"${title}" in the command palette`,
      async () => {
        await this.openCommandPalette(title);
        try {
          await this.pickQuickItem(title, { exact: true, timeout: 3000 });
          return true;
        } catch {
          await this.closeQuickInput();
          return undefined;
        }
      },
      timeout,
    );
  }

  /** Whether the command palette lists `title` (exactly), reopening it until `timeout`; leaves it closed. */
  async hasCommand(title: string, timeout = DEFAULT_TIMEOUT): Promise<boolean> {
    try {
      await waitUntil(
        `"${title}" in the command palette`,
        async () => {
          await this.openCommandPalette(title);
          try {
            return await waitUntil('palette rows', async () => (await this.quickPickItems()).includes(title) || undefined, 2000);
          } catch {
            return undefined;
          } finally {
            await this.closeQuickInput();
          }
        },
        timeout,
      );
      return true;
    } catch {
      return false;
    }
  }

  private quickInputBox(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** Waits for a quick pick / input box to be open; returns its title and message text. */
  async waitForQuickInput(timeout = DEFAULT_TIMEOUT): Promise<string> {
    const widget = this.page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout });
    return widget.innerText();
  }

  /** Labels of the rows currently shown in the open quick pick (command palette included). */
  async quickPickItems(): Promise<string[]> {
    return (await this.quickPickRowLabels()).filter(Boolean);
  }

  /** One label per rendered row, empty for rows without one, so indices match the rows. */
  private async quickPickRowLabels(): Promise<string[]> {
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    return rows.evaluateAll((els) =>
      els.map((el) =>
        (
          el.querySelector('.quick-input-list-label .label-name, .monaco-icon-label .label-name')?.textContent ??
          el.getAttribute('aria-label') ??
          ''
        ).trim(),
      ),
    );
  }

  /** Selects the quick-pick row whose label equals (or, with exact: false, contains) `label`. */
  async pickQuickItem(label: string | RegExp, { exact = false, timeout = DEFAULT_TIMEOUT } = {}): Promise<void> {
    const want = (l: string) => (typeof label === 'string' ? (exact ? l === label : l.includes(label)) : label.test(l));
    const index = await waitUntil(
      `quick pick item ${String(label)}`,
      async () => {
        const i = (await this.quickPickRowLabels()).findIndex((l) => l !== '' && want(l));
        return i >= 0 ? i : undefined;
      },
      timeout,
    );
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index);
    await row.click();
  }

  /** Types into the open quick input / input box (replacing its value) and presses Enter unless submit is false. */
  async fillQuickInput(text: string, { submit = true } = {}): Promise<void> {
    const input = this.quickInputBox();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    if (submit) await input.press('Enter');
  }

  /** The current text of the open quick input / input box. */
  async quickInputValue(): Promise<string> {
    return this.quickInputBox().inputValue();
  }

  /** The validation/help message shown under the open input box. */
  async quickInputMessage(): Promise<string> {
    return this.page
      .locator('.quick-input-widget .quick-input-message')
      .innerText()
      .catch(() => '');
  }

  /** Closes the quick input if one is open (Escape), and waits for it to be gone. */
  async closeQuickInput(): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    if (await widget.isVisible()) {
      await this.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' });
    }
  }

  // ---------------------------------------------------------------- editors

  /** Opens a workspace file by relative path with Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(relPath: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    await this.quickInputBox().waitFor({ state: 'visible' });
    await this.page.keyboard.type(relPath);
    const base = path.basename(relPath);
    await this.pickQuickItem(base, { exact: true });
    await this.page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`).waitFor({ state: 'visible' });
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // Notebooks render cells (in an overlay outside the editor group), text files render
    // Monaco lines; wait for whichever this is.
    const content = relPath.endsWith('.ipynb')
      ? '.notebook-editor .cell-list-container .monaco-list-row'
      : '.editor-group-container.active .monaco-editor .view-lines .view-line';
    await this.page.locator(content).filter({ visible: true }).first().waitFor({ state: 'visible' });
  }

  /** The visible text of the active text editor (Monaco renders only the lines on screen). */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await lines.waitFor({ state: 'visible' });
    // Monaco uses non-breaking spaces in rendered lines.
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G). */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+G');
    await this.quickInputBox().waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens the quick-fix menu (Ctrl+.) at the cursor and returns the offered action titles. */
  async quickFixes(timeout = DEFAULT_TIMEOUT): Promise<string[]> {
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    const deadline = Date.now() + timeout;
    let attempt = 0;
    // Right after a server starts, Ctrl+. can ask before the code actions are ready and show
    // "No code actions available" briefly: ask again until the menu lists actions.
    for (;;) {
      await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
      // Ctrl+. first; on a cold start the keybinding can be swallowed, so later tries go
      // through the command itself.
      if (attempt++ === 0) await this.page.keyboard.press('Control+.');
      else await this.runCommand('Quick Fix...');
      try {
        await items.first().waitFor({ state: 'visible', timeout: Math.min(5000, Math.max(1, deadline - Date.now())) });
        return (await items.allInnerTexts()).map((t) => t.trim());
      } catch (err) {
        if (Date.now() >= deadline) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Opens the quick-fix menu at the cursor and applies the action whose title contains `title`. */
  async applyQuickFix(title: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<void> {
    await this.quickFixes(timeout);
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    await items.filter({ hasText: title }).first().click();
    await items.first().waitFor({ state: 'hidden', timeout });
  }

  // ---------------------------------------------------------------- panels

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its text once a row matching `waitFor` (if given) shows. */
  async problemsPanelText({ waitFor, timeout = DEFAULT_TIMEOUT }: { waitFor?: string | RegExp; timeout?: number } = {}): Promise<string> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout });
    if (!waitFor) return panel.innerText();
    return this.waitForText(waitFor, { selector: '.markers-panel', timeout });
  }

  /** The aria-labels of the Problems panel rows ("<message> at line N column M" for markers). */
  async problems(): Promise<string[]> {
    await this.problemsPanelText();
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  /** Names of the output channels, from "Output: Show Output Channels..."; leaves the picker closed. */
  async outputChannels(): Promise<string[]> {
    await this.runCommand('Output: Show Output Channels...');
    await waitUntil('output channel list', async () => (await this.quickPickItems()).length > 0 || undefined);
    const items = await this.quickPickItems();
    await this.closeQuickInput();
    return items;
  }

  /** Shows an output channel in the Output panel and returns the panel's visible text. */
  async showOutputChannel(channel: string, waitFor?: string | RegExp): Promise<string> {
    await this.runCommand('Output: Show Output Channels...');
    await this.pickQuickItem(channel, { exact: true });
    return this.waitForText(waitFor ?? /\S/, { selector: '.part.panel .monaco-editor .view-lines' });
  }

  // ---------------------------------------------------------------- terminals

  /**
   * Opens a new integrated terminal, runs `command` in it and returns what it printed
   * (stdout and stderr). The shell writes the output to a file outside the workspace,
   * renamed into place when done, so reading it never depends on how xterm renders.
   */
  async openTerminalAndRun(command: string, timeout = DEFAULT_TIMEOUT): Promise<string> {
    await this.runCommand('Terminal: Create New Terminal');
    return this.runInTerminal(command, timeout);
  }

  /** Runs `command` in the active terminal (see openTerminalAndRun) and returns its output. */
  async runInTerminal(command: string, timeout = DEFAULT_TIMEOUT): Promise<string> {
    const dir = path.join(this.tempRoot, 'terminal');
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `${++this.terminalRuns}.out`);
    // Leading space keeps it out of bash history (HISTCONTROL permitting).
    await this.typeInTerminal(` { ${command} ; } > '${out}.tmp' 2>&1; mv '${out}.tmp' '${out}'`);
    await waitUntil(`terminal output of \`${command}\``, () => existsSync(out) && statSync(out).isFile(), timeout);
    return stripTerminalEscapes(readFileSync(out, 'utf8'));
  }

  /** Types `text` into the active terminal and presses Enter, for interactive programs; returns at once. */
  async typeInTerminal(text: string): Promise<void> {
    const textarea = this.page.locator('.terminal-wrapper.active .xterm-helper-textarea').first();
    await textarea.waitFor({ state: 'attached' });
    await textarea.focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until the rendered rows of the active terminal match `pattern`; returns them. */
  async waitForTerminalText(pattern: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<string> {
    return waitUntil(
      `${String(pattern)} in the terminal`,
      async () => {
        const text = await this.terminalText();
        return matches(text, pattern) ? text : undefined;
      },
      timeout,
    );
  }

  /** The rendered rows of the active terminal (DOM renderer; gpuAcceleration is off). */
  async terminalText(): Promise<string> {
    const rows = this.page.locator('.terminal-wrapper.active .xterm-rows').first();
    await rows.waitFor({ state: 'visible' });
    return (await rows.innerText()).replace(/\u00a0/g, ' ');
  }
}

/**
 * Removes VS Code's shell-integration marks (OSC 633 sequences, written by bash's preexec
 * hook inside the redirected command) and other ANSI escapes from captured terminal output.
 */
export function stripTerminalEscapes(text: string): string {
  // eslint-disable-next-line no-control-regex -- terminal escapes are made of control characters
  return text.replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '').replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '');
}

function matches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

/**
 * Registers mocha hooks for one VS Code session per `describe`: launch in `before`, a
 * screenshot named after each test in `afterEach`, teardown in `after` (also on failure).
 */
export function useVSCode(options: LaunchOptions = {}): { readonly session: VSCodeSession } {
  let session: VSCodeSession | undefined;
  before(async function () {
    this.timeout(180_000);
    session = await VSCodeSession.launch({ name: this.test?.parent?.fullTitle(), ...options });
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (!session || !test) return;
    const state = test.state === 'failed' ? 'FAILED-' : '';
    await session.screenshot(`${state}${test.fullTitle()}`).catch(() => undefined);
  });
  after(async function () {
    this.timeout(60_000);
    await session?.close();
    session = undefined;
  });
  return {
    get session(): VSCodeSession {
      if (!session) throw new Error('VS Code is not running (did the before hook fail?)');
      return session;
    },
  };
}
