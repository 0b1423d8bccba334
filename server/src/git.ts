/**
 * The git facts the CLI needs, from the `git` binary: the repository root, staged files and
 * their staged content, added lines of a commit range, and whether a line is uncommitted,
 * committed or already pushed. Every call degrades to "unknown" when git is missing or the
 * folder is not a repository.
 */
import { execFile } from 'child_process';

export type GitState = 'uncommitted' | 'committed' | 'pushed' | 'unknown';

/** Runs git in `cwd`; resolves to its output, or undefined when git fails or is missing. `input` goes to stdin. */
export function git(cwd: string, args: string[], input?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = execFile('git', ['-C', cwd, ...args], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (err, stdout) => resolve(err ? undefined : stdout));
    // git may exit before reading all of stdin (an untracked file): that is an answer, not a crash.
    child.stdin?.on('error', () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Line number (1-based) -> commit, from `git blame --porcelain` output. */
export function parseBlame(out: string): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const m of out.matchAll(/^([0-9a-f]{40}) \d+ (\d+)/gm)) byLine.set(Number(m[2]), m[1]);
  return byLine;
}

/** The first remote-tracking branch that contains `commit`, if any (the commit was pushed). */
export async function remoteBranchContaining(cwd: string, commit: string): Promise<string | undefined> {
  const out = await git(cwd, ['branch', '-r', '--contains', commit]);
  return out
    ?.split('\n')
    .map((l) => l.replace(/^\*?\s+/, '').trim())
    .find((l) => l !== '' && !l.includes('->'));
}

export async function repoRoot(cwd: string): Promise<string | undefined> {
  return (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim() || undefined;
}

/** Paths (relative to the root) of files added, copied, modified or renamed in the index. */
export async function stagedFiles(root: string): Promise<string[]> {
  const out = await git(root, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']);
  if (out === undefined) throw new Error('git could not list the staged files (is this a git repository?)');
  return out.split('\0').filter(Boolean);
}

export async function stagedContent(root: string, file: string): Promise<string | undefined> {
  return git(root, ['show', `:${file}`]);
}

export interface AddedHunk {
  readonly commit: string;
  readonly date: string;
  readonly file: string;
  /** 1-based line numbers in the file at that commit, and the added text of each. */
  readonly lines: { line: number; text: string }[];
}

/**
 * Lines added by each commit of `range` (e.g. `origin/main..HEAD`), newest first. Paths come
 * from git's NUL-separated raw listing (`--raw -z`), never from the patch headers, where git
 * quotes unusual names (`"b/\303\274ber.py"`, `"b/tab\tname.py"`) and follows names holding a
 * space with a tab. Hunks are read by their line counts, so an added line that reads `++ i`
 * (shown as `+++ i`) is content, not a file header.
 */
export async function addedLines(root: string, range: string): Promise<AddedHunk[]> {
  // A range is user input: one starting with "-" would be an option to git (--output=FILE writes a file).
  if (range.startsWith('-')) throw new Error(`"${range}" is not a revision range (it starts with "-")`);
  const out = await git(root, ['log', '--no-merges', '--format=%x00commit %H %aI', '--unified=0', '--no-color', '--no-ext-diff', '-p', '--raw', '-z', '--end-of-options', range, '--']);
  if (out === undefined) throw new Error(`git log ${range} failed (is the range valid?)`);
  return parseLog(out);
}

/** A file of one commit's raw listing: its status letter, path after the commit, and mode. */
interface RawEntry {
  readonly status: string;
  readonly path: string;
  readonly mode: string;
}

/** Parses `git log --format=%x00commit %H %aI -p --raw -z --unified=0` output (exported for tests). */
export function parseLog(out: string): AddedHunk[] {
  const hunks: AddedHunk[] = [];
  for (const chunk of out.split('\0commit ').slice(1)) {
    const headerEnd = chunk.indexOf('\0');
    const [commit, date] = chunk.slice(0, headerEnd).split(' ');
    const fields = chunk.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    const entries: RawEntry[] = [];
    let i = 0;
    while (i < fields.length && fields[i].startsWith(':')) {
      // ":100644 100644 abc1234 def5678 M", then the path (two paths for renames and copies).
      const meta = fields[i].split(' ');
      const status = meta[4] ?? '';
      const two = status.startsWith('R') || status.startsWith('C');
      entries.push({ status: status.charAt(0), path: fields[i + (two ? 2 : 1)] ?? '', mode: meta[1] ?? '' });
      i += two ? 3 : 2;
    }
    const patch = fields.slice(i).join('\0').replace(/^\0+/, '');
    let file = -1;
    let current: AddedHunk | undefined;
    let oldLeft = 0;
    let newLeft = 0;
    let next = 0;
    // A typechange (link to file) comes as two patches, a deletion then an addition, for one entry.
    let typechangeHalf = false;
    for (const line of patch.split('\n')) {
      if (oldLeft > 0 || newLeft > 0) {
        const c = line.charAt(0);
        if (c === '+') {
          current?.lines.push({ line: next++, text: line.slice(1) });
          newLeft--;
        } else if (c === '-') oldLeft--;
        else if (c === ' ') {
          oldLeft--;
          newLeft--;
          next++;
        }
        // "\ No newline at end of file" counts as neither.
        continue;
      }
      if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
        if (!(entries[file]?.status === 'T' && typechangeHalf)) file++;
        typechangeHalf = entries[file]?.status === 'T' && !typechangeHalf;
        const entry = entries[file];
        // Deleted files add nothing; submodules (mode 160000) are commits, not text.
        current = entry && entry.status !== 'D' && entry.mode !== '160000' ? { commit, date, file: entry.path, lines: [] } : undefined;
        if (current) hunks.push(current);
      } else if (line.startsWith('@@ ')) {
        const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (!m) continue;
        oldLeft = m[1] === undefined ? 1 : Number(m[1]);
        next = Number(m[2]);
        newLeft = m[3] === undefined ? 1 : Number(m[3]);
      }
    }
  }
  return hunks.filter((h) => h.lines.length > 0);
}

/**
 * Where a line of a file stands: changed and not committed, committed only here, or in a commit
 * that a remote-tracking branch contains. Results are cached per file and per commit.
 */
export class GitStates {
  private readonly blame = new Map<string, Promise<Map<number, string> | undefined>>();
  private readonly pushed = new Map<string, Promise<boolean>>();
  private tracked: Promise<Set<string> | undefined> | undefined;

  constructor(private readonly root: string) {}

  /** Every tracked path, from one `git ls-files` (so untracked files cost no process each). */
  private trackedFiles(): Promise<Set<string> | undefined> {
    this.tracked ??= git(this.root, ['ls-files', '-z']).then((out) => (out === undefined ? undefined : new Set(out.split('\0').filter(Boolean))));
    return this.tracked;
  }

  private blameOf(file: string): Promise<Map<number, string> | undefined> {
    let p = this.blame.get(file);
    if (!p) {
      p = git(this.root, ['blame', '--porcelain', '--', file]).then((out) => (out === undefined ? undefined : parseBlame(out)));
      this.blame.set(file, p);
    }
    return p;
  }

  private isPushed(commit: string): Promise<boolean> {
    let p = this.pushed.get(commit);
    if (!p) {
      p = remoteBranchContaining(this.root, commit).then((branch) => branch !== undefined);
      this.pushed.set(commit, p);
    }
    return p;
  }

  /** `pushed` when a remote-tracking branch contains the commit, else `committed`. */
  async commitState(commit: string): Promise<GitState> {
    return (await this.isPushed(commit)) ? 'pushed' : 'committed';
  }

  /** `file` is relative to the root; files outside the repository are `unknown`. */
  async stateOf(file: string, line: number): Promise<{ state: GitState; commit?: string }> {
    if (file.startsWith('../') || file === '..') return { state: 'unknown' };
    const tracked = await this.trackedFiles();
    if (!tracked) return { state: 'unknown' };
    if (!tracked.has(file)) return { state: 'uncommitted' };
    const blame = await this.blameOf(file);
    if (!blame) return { state: 'unknown' };
    const commit = blame.get(line);
    if (!commit) return { state: 'unknown' };
    if (/^0+$/.test(commit)) return { state: 'uncommitted' };
    return { state: (await this.isPushed(commit)) ? 'pushed' : 'committed', commit };
  }
}
