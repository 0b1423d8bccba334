/**
 * Which files a scan reads and how: git's own list of tracked and untracked-but-not-ignored
 * files when the folder is in a repository, else a walk that honours .gitignore files.
 * Shared by the CLI and the language server's workspace scan; the core never touches disk.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface ListOptions {
  /** Honour .gitignore (default true). */
  readonly gitignore?: boolean;
  /** Glob patterns (matched against the path relative to the root) to leave out. */
  readonly exclude?: readonly string[];
}

/** Absolute paths of the files under `root` (a directory or a single file), sorted. */
export async function listFiles(root: string, options: ListOptions = {}): Promise<string[]> {
  const abs = path.resolve(root);
  const stat = await fs.promises.stat(abs);
  if (stat.isFile()) return [abs];
  const useGit = options.gitignore !== false;
  const rel = (useGit && inGitRepo(abs) && (await gitFiles(abs))) || (await walk(abs, useGit));
  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  return rel
    .filter((r) => !excluded || !excluded(r))
    .map((r) => path.join(abs, r))
    .sort();
}

function gitFiles(dir: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', dir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { maxBuffer: 512 * 1024 * 1024 },
      (err, stdout) => {
        if (err) return resolve(undefined); // no git, or not a repository: walk instead
        const files = stdout.split('\0').filter(Boolean);
        // ls-files lists deleted-but-tracked files too; keep what exists.
        resolve(files.filter((f) => fs.existsSync(path.join(dir, f))));
      },
    );
  });
}

/** Synchronous on purpose: thousands of awaited readdir calls cost more than the listing itself. */
async function walk(root: string, gitignore: boolean): Promise<string[]> {
  const out: string[] = [];
  const visit = (dir: string, rel: string, rules: { base: string; ig: Ignore }[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: skip, the CLI reports files it cannot read, not folders
    }
    let here = rules;
    if (gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      let text = '';
      try {
        text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
      } catch {
        /* unreadable .gitignore: nothing ignored by it */
      }
      here = [...rules, { base: rel, ig: ignore().add(text) }];
    }
    for (const e of entries) {
      if (e.name === '.git') continue;
      const isDir = e.isDirectory();
      if (!isDir && !e.isFile()) continue; // links, sockets: not followed
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const ignored = here.length > 0 && here.some(({ base, ig }) => {
        const r = base ? childRel.slice(base.length + 1) : childRel;
        return ig.ignores(isDir ? `${r}/` : r);
      });
      if (ignored) continue;
      if (isDir) visit(path.join(dir, e.name), childRel, here);
      else out.push(childRel);
    }
  };
  visit(root, '', []);
  return out;
}

/** Whether `dir` is inside a git work tree (a `.git` in it or a parent), without spawning git. */
function inGitRepo(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

export type ReadResult = { text: string } | { skipped: 'too-large' | 'binary' | 'unreadable'; message: string };

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

const tooLarge = (size: number, maxSize: number): ReadResult => ({ skipped: 'too-large', message: `not scanned: ${mb(size)} is over the ${mb(maxSize)} limit (maxFileSize)` });
const unreadable = (err: unknown): ReadResult => ({ skipped: 'unreadable', message: `not scanned: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });

/**
 * Binary (a NUL in its first 8 K characters) or text. Node decodes UTF-8 while reading (no Buffer
 * in between), and a NUL byte decodes to U+0000, so the check reads the decoded text.
 */
function textOrBinary(text: string): ReadResult {
  return text.slice(0, 8192).includes('\u0000') ? { skipped: 'binary', message: 'not scanned: binary file' } : { text };
}

/** Reads a file as UTF-8 unless it is over `maxSize` bytes or binary. */
export async function readTextFile(file: string, maxSize: number): Promise<ReadResult> {
  try {
    const { size } = await fs.promises.stat(file);
    return size > maxSize ? tooLarge(size, maxSize) : textOrBinary(await fs.promises.readFile(file, 'utf8'));
  } catch (err) {
    return unreadable(err);
  }
}

/** The same as readTextFile, synchronously: the CLI reads one file at a time and sync reads cost a fraction of async ones. */
export function readTextFileSync(file: string, maxSize: number): ReadResult {
  try {
    const { size } = fs.statSync(file);
    return size > maxSize ? tooLarge(size, maxSize) : textOrBinary(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return unreadable(err);
  }
}
