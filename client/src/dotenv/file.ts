/**
 * Writing stored variables into a workspace's `.env`, safely: the file is read with the dotenv
 * package's parser (so `NAME = value`, `export NAME=`, quotes and comments count as the
 * assignments they are), a name already set to another value is replaced only when the caller
 * says the user agreed, and nothing is written into a `.env` that git tracks. Every edit is
 * checked by parsing the result: if the file would not read back as intended it is left alone.
 * No vscode imports: test/integration/dotenv.test.ts drives it directly.
 */
import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';

export interface DotEnvEntry {
  readonly envVar: string;
  readonly value: string;
}

/** Why KeyWarden did not write (a tracked file, a value no dotenv reader would read back). */
export class DotEnvRefused extends Error {}

export interface DotEnvState {
  readonly file: string;
  readonly exists: boolean;
  /** True when git tracks the file: a secret written there goes into the next commit. */
  readonly tracked: boolean;
  /** What the file sets now, as dotenv reads it (the last assignment of a name wins). */
  readonly values: Record<string, string>;
}

export interface DotEnvResult {
  readonly file: string;
  readonly written: string[];
  /** Names the file already set to the same value. */
  readonly unchanged: string[];
  /** Names the file sets to another value, kept because the user did not agree to replace them. */
  readonly kept: string[];
  readonly ignoreAdded: boolean;
}

const FILE = '.env';

/**
 * The client's one way of asking git (whether .env is tracked, whether it is ignored): the
 * language server and the CLI have their own runner; the client needs only these two questions.
 */
function git(folder: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', ['-C', folder, ...args], { encoding: 'utf8', timeout: 10_000 }, (err, stdout) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout: stdout ?? '' });
    });
  });
}

/** True when git tracks `<folder>/.env` (or has it staged); false outside a repository. */
async function isTracked(folder: string): Promise<boolean> {
  const r = await git(folder, ['ls-files', '--error-unmatch', '--', FILE]);
  return r.code === 0;
}

async function isIgnored(folder: string): Promise<boolean> {
  const r = await git(folder, ['check-ignore', '-q', '--', FILE]);
  if (r.code === 0) return true;
  if (r.code === 1) return false;
  // No git or not a repository: read .gitignore.
  const lines = (await fsp.readFile(path.join(folder, '.gitignore'), 'utf8').catch(() => '')).split(/\r?\n/).map((l) => l.trim());
  return lines.some((l) => l === FILE || l === `/${FILE}` || l === `${FILE}*` || l === '*.env');
}

export async function readDotEnv(folder: string): Promise<DotEnvState> {
  const file = path.join(folder, FILE);
  const text = await fsp.readFile(file, 'utf8').catch(() => undefined);
  return { file, exists: text !== undefined, tracked: await isTracked(folder), values: text === undefined ? {} : parse(text) };
}

/** Names that `state` sets to a value other than the entry's: only the user may replace these. */
export function conflicts(state: DotEnvState, entries: readonly DotEnvEntry[]): string[] {
  return entries.filter((e) => Object.hasOwn(state.values, e.envVar) && state.values[e.envVar] !== e.value).map((e) => e.envVar);
}

export const TRACKED_REASON =
  'git tracks .env, so a secret written there would go into your next commit. Adding .env to .gitignore does not untrack a file git already tracks: run "git rm --cached .env" and commit that, then write to .env again.';

/**
 * A value as the right-hand side of a dotenv line that dotenv, python-dotenv and docker compose
 * all read back unchanged: bare when plain, else single-quoted (literal everywhere, no `$`
 * expansion), else double-quoted with `\n` for new lines; undefined when no such form exists.
 */
export function dotenvValue(value: string): string | undefined {
  if (/^[\w./:@+=-]*$/.test(value)) return value;
  if (!/['\r\n]/.test(value)) return `'${value}'`;
  if (!/["\\$`\r]/.test(value)) return `"${value.replace(/\n/g, '\\n')}"`;
  return undefined;
}

/** Start and end offsets of the last assignment of `name` in `text` (its whole value, quotes and all). */
function lastAssignment(text: string, name: string): { start: number; end: number } | undefined {
  const re = new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name.replace(/[^\w]/g, '\\$&')}[ \\t]*(?:=|:[ \\t])[ \\t]*`, 'gm');
  let found: { start: number; end: number } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const valueAt = m.index + m[0].length;
    const q = text[valueAt];
    let end = text.indexOf('\n', valueAt);
    if (end === -1) end = text.length;
    if (q === '"' || q === "'" || q === '`') {
      // A quoted value may span lines: it ends at the closing quote.
      const close = text.indexOf(q, valueAt + 1);
      if (close !== -1) {
        const after = text.indexOf('\n', close);
        end = after === -1 ? text.length : after;
      }
    }
    if (text[end - 1] === '\r') end--;
    found = { start: m.index, end };
    re.lastIndex = Math.max(end, re.lastIndex);
  }
  return found;
}

/**
 * Adds entries to `<folder>/.env`: a name not there is appended; one set to the same value is
 * left; one set to another value is replaced only if it is in `replace`, else kept. Refuses a
 * file git tracks. Makes sure git ignores the file afterwards. Throws DotEnvRefused.
 */
export async function writeDotEnv(
  folder: string,
  entries: readonly DotEnvEntry[],
  replace: ReadonlySet<string> = new Set(),
): Promise<DotEnvResult> {
  // Read again here (not from an earlier readDotEnv): the file may have changed while the user was asked.
  const state = await readDotEnv(folder);
  if (state.tracked) throw new DotEnvRefused(TRACKED_REASON);
  let text = state.exists ? await fsp.readFile(state.file, 'utf8') : '';
  const written: string[] = [];
  const unchanged: string[] = [];
  const kept: string[] = [];
  const expected: Record<string, string> = { ...state.values };
  for (const { envVar, value } of entries) {
    const current = expected[envVar];
    if (current === value) {
      unchanged.push(envVar);
      continue;
    }
    if (current !== undefined && !replace.has(envVar)) {
      kept.push(envVar);
      continue;
    }
    const rhs = dotenvValue(value);
    if (rhs === undefined)
      throw new DotEnvRefused(`the value of ${envVar} holds quotes, backslashes or dollar signs that .env readers do not agree on.`);
    const line = `${envVar}=${rhs}`;
    const at = current !== undefined ? lastAssignment(text, envVar) : undefined;
    if (at) text = `${text.slice(0, at.start)}${line}${text.slice(at.end)}`;
    else text += `${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
    expected[envVar] = value;
    written.push(envVar);
  }
  if (written.length > 0) {
    // The edit must read back exactly as intended, other names included; else the file is not touched.
    const back = parse(text);
    const same = Object.keys(expected).length === Object.keys(back).length && Object.entries(expected).every(([k, v]) => back[k] === v);
    if (!same) throw new DotEnvRefused('the edited file would not read back as intended (an unusual line in .env?): edit it by hand.');
    await fsp.writeFile(state.file, text, { mode: 0o600 });
  }
  const ignoreAdded = written.length > 0 && !(await isIgnored(folder));
  if (ignoreAdded) {
    const gi = path.join(folder, '.gitignore');
    const existing = await fsp.readFile(gi, 'utf8').catch(() => '');
    await fsp.writeFile(gi, `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${FILE}\n`);
  }
  return { file: state.file, written, unchanged, kept, ignoreAdded };
}
