/**
 * Which files a scan reads and how: git's own list of tracked and untracked-but-not-ignored
 * files when the folder is in a repository, else a walk that honours .gitignore files.
 * Shared by the CLI and the language server's workspace scan; the core never touches disk.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isUtf8 } from 'buffer';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { gitOutput } from './git';

export interface ListOptions {
  /** Honour .gitignore (default true). */
  readonly gitignore?: boolean;
  /** Glob patterns (matched against the path relative to the root) to leave out. */
  readonly exclude?: readonly string[];
}

/** A path the listing leaves out, and why (submodules, unreadable folders, links that lead nowhere safe). */
export interface NotListed {
  readonly path: string;
  readonly reason: string;
}

export interface Listing {
  /** Absolute paths of regular files (or links to regular files inside the repository), sorted. */
  readonly files: string[];
  /** Absolute paths left out, with the reason a user is told. */
  readonly notScanned: NotListed[];
}

/**
 * The files under `root` (a directory or a single file). Only regular files are listed: a
 * device, FIFO or socket is never opened (a tracked link to /dev/zero would be read forever),
 * and a symbolic link only when it leads to a regular file inside the repository (or the
 * scanned folder outside one). Submodules and nested repositories are left out and reported.
 */
export async function listFiles(root: string, options: ListOptions = {}): Promise<Listing> {
  const abs = path.resolve(root);
  const stat = await fs.promises.stat(abs);
  if (!stat.isDirectory()) {
    const reason = stat.isFile() ? undefined : notRegular(stat);
    return reason ? { files: [], notScanned: [{ path: abs, reason }] } : { files: [abs], notScanned: [] };
  }
  const useGit = options.gitignore !== false;
  const repo = repoDirOf(abs);
  const notScanned: NotListed[] = [];
  const rel = (useGit && repo !== undefined && (await gitFiles(abs, notScanned))) || walk(abs, useGit, notScanned);
  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  const inside = realpathOr(repo ?? abs);
  const files: string[] = [];
  for (const r of rel) {
    if (excluded?.(r)) continue;
    const file = path.join(abs, r);
    const reason = whyNotScanned(file, inside);
    if (reason === null) continue; // gone since git listed it
    if (reason) notScanned.push({ path: file, reason });
    else files.push(file);
  }
  return { files: files.sort(), notScanned: notScanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

function notRegular(stat: fs.Stats): string {
  const what =
    stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'a device'
      : stat.isFIFO()
        ? 'a named pipe'
        : stat.isSocket()
          ? 'a socket'
          : stat.isDirectory()
            ? 'a folder'
            : 'not a regular file';
  return `not scanned: ${what}, not a regular file`;
}

const realpathOr = (p: string): string => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

/**
 * Why a listed path is not read: undefined when it is a regular file (or a link to one inside
 * `inside`), null when it no longer exists, else the reason.
 */
function whyNotScanned(file: string, inside: string): string | undefined | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : `not scanned: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
  if (st.isFile()) return undefined;
  if (st.isDirectory()) {
    return fs.existsSync(path.join(file, '.git'))
      ? 'not scanned: a git submodule or nested repository (scan it on its own: keywarden scan <its folder>)'
      : notRegular(st);
  }
  if (!st.isSymbolicLink()) return notRegular(st);
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch {
    return 'not scanned: a symbolic link to nothing';
  }
  const rel = path.relative(inside, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return 'not scanned: a symbolic link to outside the repository';
  const targetStat = fs.statSync(target, { throwIfNoEntry: false });
  if (!targetStat?.isFile())
    return targetStat
      ? `not scanned: a symbolic link to ${notRegular(targetStat)
          .replace(/^not scanned: /, '')
          .replace(/, not a regular file$/, '')}`
      : 'not scanned: a symbolic link to nothing';
  return undefined;
}

/** Git's list of tracked and untracked-but-not-ignored files; folders git could not read go to `notScanned`. */
async function gitFiles(dir: string, notScanned: NotListed[]): Promise<string[] | undefined> {
  const out = await gitOutput(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (!out.ok) return undefined; // no git, or not a repository: walk instead
  // git skips a folder it cannot open with a warning, and lists nothing of it.
  for (const m of out.stderr.matchAll(/could not open directory '(.*)': (.*)$/gm)) {
    notScanned.push({ path: path.join(dir, m[1].replace(/\/$/, '')), reason: `not scanned: folder unreadable (${m[2].trim()})` });
  }
  // Nested repositories come as "folder/"; submodules as their folder (checked by the caller).
  return out.stdout
    .split('\0')
    .filter(Boolean)
    .map((f) => f.replace(/\/$/, ''));
}

/** Synchronous on purpose: thousands of awaited readdir calls cost more than the listing itself. */
function walk(root: string, gitignore: boolean, notScanned: NotListed[]): string[] {
  const out: string[] = [];
  const visit = (dir: string, rel: string, rules: { base: string; ig: Ignore }[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notScanned.push({ path: dir, reason: `not scanned: folder unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      return;
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
      // Links to files are checked by the caller (followed to regular files inside the folder); devices,
      // FIFOs and sockets are reported; links to folders are not followed (no cycles).
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const ignored =
        here.length > 0 &&
        here.some(({ base, ig }) => {
          const r = base ? childRel.slice(base.length + 1) : childRel;
          return ig.ignores(isDir ? `${r}/` : r);
        });
      if (ignored) continue;
      if (!isDir && !e.isFile() && !e.isSymbolicLink())
        notScanned.push({ path: path.join(dir, e.name), reason: 'not scanned: not a regular file' });
      else if (isDir) visit(path.join(dir, e.name), childRel, here);
      else out.push(childRel);
    }
  };
  visit(root, '', []);
  return out;
}

/** The work tree holding `dir` (the nearest folder with a `.git`), without spawning git. */
export function repoDirOf(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

export type ReadResult = { text: string } | { skipped: 'too-large' | 'binary' | 'unreadable' | 'not-regular'; message: string };

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

const tooLarge = (size: number, maxSize: number): ReadResult => ({
  skipped: 'too-large',
  message: `not scanned: ${mb(size)} is over the ${mb(maxSize)} limit (maxFileSize)`,
});
const unreadable = (err: unknown): ReadResult => ({
  skipped: 'unreadable',
  message: `not scanned: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
});
const notRegularFile = (stat: fs.Stats): ReadResult => ({ skipped: 'not-regular', message: notRegular(stat) });

/** Control bytes that text does not hold (tab, line feed, form feed, carriage return and ESC aside). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

/**
 * Binary or text, decided on the bytes the way git does: a NUL in the first 8 KB, or many control
 * bytes in the first 2 KB. Validity as UTF-8 decides nothing: a Python file with a cp1251 comment
 * or a Shift-JIS script is text. It is decoded as UTF-8 when it is valid UTF-8, else byte by byte
 * (latin-1), so every ASCII secret in it keeps its characters and the columns count bytes.
 */
export function decodeText(bytes: Buffer): ReadResult {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skipped: 'binary', message: 'not scanned: binary file' };
  const start = bytes.subarray(0, 2048);
  let control = 0;
  for (const b of start) if (isControl(b)) control++;
  if (start.length > 0 && control / start.length > 0.1) return { skipped: 'binary', message: 'not scanned: binary file' };
  return { text: isUtf8(bytes) ? bytes.toString('utf8') : bytes.toString('latin1') };
}

/**
 * The file's bytes, if it is a regular file of at most `maxSize` bytes. Opened without blocking
 * and checked again on the open descriptor, so a file swapped for a FIFO or a device after the
 * listing neither blocks nor streams forever; never more than `maxSize` + 1 bytes are read.
 */
export async function readTextFile(file: string, maxSize: number): Promise<ReadResult> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    const before = await fs.promises.stat(file);
    if (!before.isFile()) return notRegularFile(before);
    if (before.size > maxSize) return tooLarge(before.size, maxSize);
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) return notRegularFile(stat);
    if (stat.size > maxSize) return tooLarge(stat.size, maxSize);
    const buffer = Buffer.alloc(Math.min(stat.size, maxSize) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) return tooLarge(length, maxSize); // it grew while being read
    }
    return decodeText(buffer.subarray(0, length));
  } catch (err) {
    return unreadable(err);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The same as readTextFile, synchronously, for files a listing has just found regular (the CLI,
 * Scan workspace): sync reads cost a fraction of async ones. Four system calls a file, not six:
 * the listing's lstat stands for the check before opening (the check on the open descriptor
 * still catches a file swapped since), and reading stops at the size fstat gave (a file that
 * grows meanwhile is read as it was then).
 */
export function readTextFileSync(file: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return notRegularFile(stat);
    if (stat.size > maxSize) return tooLarge(stat.size, maxSize);
    const buffer = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break; // it shrank while being read
      length += bytesRead;
    }
    return decodeText(buffer.subarray(0, length));
  } catch (err) {
    return unreadable(err);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** O_NONBLOCK where the platform has it (opening a FIFO would otherwise wait for a writer). */
const NONBLOCK = (fs.constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;
