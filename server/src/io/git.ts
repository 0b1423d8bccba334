/**
 * The git facts the CLI and the language server need, from the `git` binary: the repository
 * root, staged files and their staged content, added lines of a commit range, and whether a line
 * is uncommitted, committed or already pushed. Every call degrades to "unknown" when git is
 * missing or the folder is not a repository.
 *
 * The one git runner: every git process of the CLI and the language server starts here (`git`,
 * `gitTokens`, `gitOutput`), at most MAX_GIT at a time however many files, documents or scans ask.
 */
import { execFile, spawn } from 'child_process';
import { createHash } from 'crypto';
import type { GitState } from '../core/types';

export type { GitState };

/** Diff options for hunks KeyWarden parses: no context, text even for binary-looking files, no colour, drivers or renames. */
const HUNK_DIFF = ['-U0', '-a', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'] as const;

/** At most this many git processes run at once in this process (the CLI or the language server). */
export const MAX_GIT = 3;

/** Git's output and whether it succeeded; stderr is kept for callers that read git's warnings. */
export interface GitOutput {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs git in `cwd` (through the shared limit); never rejects. `input` goes to stdin. */
export function gitOutput(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  return processes(
    () =>
      new Promise<GitOutput>((resolve) => {
        const child = execFile('git', ['-C', cwd, ...args], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) =>
          resolve({ ok: !err, stdout, stderr }),
        );
        // git may exit before reading all of stdin (an untracked file): that is an answer, not a crash.
        child.stdin?.on('error', () => undefined);
        if (input !== undefined) child.stdin?.end(input);
      }),
  );
}

/** Runs git in `cwd`; resolves to its output, or undefined when git fails or is missing. `input` goes to stdin. */
export async function git(cwd: string, args: string[], input?: string): Promise<string | undefined> {
  const out = await gitOutput(cwd, args, input);
  return out.ok ? out.stdout : undefined;
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
  const out = await git(root, [
    'log',
    '--no-merges',
    '--format=%x00commit %H %aI',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '-p',
    '--raw',
    '-z',
    '--end-of-options',
    range,
    '--',
  ]);
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
    const fields = chunk
      .slice(headerEnd + 1)
      .replace(/^\n/, '')
      .split('\0');
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

/** Blob id of `text` as git would store it (sha1, or sha256 in repositories that use it). */
export function blobId(text: string, algorithm: 'sha1' | 'sha256'): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Line number (1-based) -> commit, from `git blame --incremental` output (no line contents in it). */
export function parseIncrementalBlame(out: string): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const m of out.matchAll(/^([0-9a-f]{40}(?:[0-9a-f]{24})?) \d+ (\d+) (\d+)$/gm)) {
    const first = Number(m[2]);
    for (let i = 0; i < Number(m[3]); i++) byLine.set(first + i, m[1]);
  }
  return byLine;
}

/** Runs git with its output streamed as NUL-separated tokens to `onToken`; resolves to whether git succeeded. */
export function gitTokens(cwd: string, args: string[], onToken: (token: string) => void): Promise<boolean> {
  return processes(() => streamTokens(cwd, args, onToken));
}

function streamTokens(cwd: string, args: string[], onToken: (token: string) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('git', ['-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let carry = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (carry + chunk).split('\0');
      carry = parts.pop()!;
      for (const t of parts) onToken(t);
    });
    child.on('error', () => resolve(false));
    child.on('close', (code) => {
      if (carry) onToken(carry);
      resolve(code === 0);
    });
  });
}

/** A file's history when it is a plain chain: the commits that changed it, newest first, the oldest adding it. */
export interface FileHistory {
  /** Its blob in HEAD. */
  readonly head: string;
  readonly commits: readonly string[];
}

const ZERO = /^0+$/;
/** Longer histories are left to `git blame` (and the list is not kept). */
const MAX_CHAIN = 200;

/**
 * What a whole repository says about its files, from a handful of git calls made once: the
 * tracked files, the history of every file as a chain of commits, and the commits that no
 * remote-tracking branch contains.
 *
 * Why a chain is enough to know what `git blame` would say: blame walks back from HEAD; where a
 * parent holds the same blob it passes every line on, elsewhere it diffs parent and child and
 * keeps the added lines. When the commits that changed a file (merges left out, which is what
 * `git log -c` shows as changes) form one chain (each one's old blob is the next one's new
 * blob), none is a merge, and the oldest added the file in a commit that deleted nothing (so
 * blame finds no rename to follow), blame's diffs are exactly those of the chain. Anything else
 * (merges that changed the file, renames, a blame.ignoreRevsFile, diff settings blame and diff
 * might read differently) is left to `git blame` itself.
 */
export class RepoFacts {
  private constructor(
    readonly root: string,
    /** Paths in the index (`git ls-files`). */
    readonly tracked: ReadonlySet<string>,
    private readonly histories: ReadonlyMap<string, FileHistory>,
    /** Commits reachable from HEAD and from no remote-tracking branch; undefined when git could not tell. */
    private readonly unpushed: ReadonlySet<string> | undefined,
    /** Remote-tracking branches (short names, symbolic ones left out). */
    readonly remoteBranches: readonly string[],
  ) {}

  /** The facts of the repository at `root` (its top level); undefined when git fails there. */
  static async load(
    root: string,
    run: (args: string[]) => Promise<string | undefined> = (args) => git(root, args),
    stream = gitTokens,
  ): Promise<RepoFacts | undefined> {
    const [ls, refs, settings] = await Promise.all([
      run(['ls-files', '-z']),
      run(['for-each-ref', '--format=%(refname:short)%00%(symref)', 'refs/remotes/']),
      run(['config', '-z', '--get-regexp', '^(blame\\.ignorerevsfile|diff\\.algorithm|diff\\.indentheuristic|diff\\..*\\.textconv)$']),
    ]);
    if (ls === undefined) return undefined;
    const tracked = new Set(ls.split('\0').filter(Boolean));
    const remoteBranches = (refs ?? '')
      .split('\n')
      .map((l) => l.split('\0'))
      .filter(([name, symref]) => name && !symref)
      .map(([name]) => name);
    const [histories, unpushed] = await Promise.all([
      settings?.trim() ? Promise.resolve(new Map<string, FileHistory>()) : chains(root, stream),
      remoteBranches.length === 0 ? Promise.resolve(new Set<string>()) : commitsNotPushed(root, stream),
    ]);
    return new RepoFacts(root, tracked, histories, unpushed, remoteBranches);
  }

  /** The history of `file` (relative to the root) when it is a plain chain (see above). */
  history(file: string): FileHistory | undefined {
    return this.histories.get(file);
  }

  /** Whether a commit of HEAD's history is on a remote-tracking branch; undefined when unknown here. */
  isPushed(commit: string): boolean | undefined {
    // Without remote-tracking branches nothing is pushed (no rev-list was run: its set is empty).
    if (this.remoteBranches.length === 0) return false;
    return this.unpushed && !this.unpushed.has(commit);
  }
}

/**
 * One `git log` over HEAD's history, newest first: for each path, the chain of commits that
 * changed it, kept only when it is a plain chain (see RepoFacts).
 */
async function chains(root: string, stream: typeof gitTokens): Promise<Map<string, FileHistory>> {
  interface Open {
    head: string;
    /** The old blob of the oldest change seen so far: the next (older) change must produce it. */
    expect: string;
    commits: string[] | null; // null: not a plain chain
  }
  const open = new Map<string, Open>();
  const deleting = new Set<string>();
  let commit = '';
  let merge = false;
  let pending: { status: string; old: string; blob: string } | undefined;
  const ok = await stream(
    root,
    ['log', '-c', '--raw', '-z', '--no-abbrev', '--no-renames', '--topo-order', '--no-show-signature', '--format=%x01%H %P', 'HEAD', '--'],
    (token) => {
      if (pending) {
        const { status, old, blob } = pending;
        pending = undefined;
        if (status === 'D') deleting.add(commit);
        const o = open.get(token);
        if (!o) open.set(token, { head: blob, expect: old, commits: status === 'M' || status === 'A' ? [commit] : null });
        else if (o.commits) {
          if (o.expect !== blob || (status !== 'M' && status !== 'A') || o.commits.length >= MAX_CHAIN) o.commits = null;
          else {
            o.commits.push(commit);
            o.expect = old;
          }
        }
        return;
      }
      const t = token.startsWith('\n') ? token.slice(1) : token;
      if (t.startsWith('\x01')) {
        const ids = t.slice(1).split(' ');
        commit = ids[0];
        merge = ids.length > 2;
      } else if (t.startsWith(':')) {
        // ":100644 100644 <old> <new> M" or, for a merge that changed the path, "::100644 100644 100644 <old1> <old2> <new> MM"
        const fields = t.split(' ');
        pending = {
          status: merge || t.startsWith('::') ? 'merge' : fields[fields.length - 1],
          old: fields[fields.length - 3],
          blob: fields[fields.length - 2],
        };
      }
    },
  );
  const histories = new Map<string, FileHistory>();
  if (!ok) return histories;
  for (const [file, o] of open) {
    if (!o.commits || !ZERO.test(o.expect) || deleting.has(o.commits[o.commits.length - 1])) continue;
    histories.set(file, { head: o.head, commits: o.commits });
  }
  return histories;
}

/** Commits of HEAD's history that no remote-tracking branch contains (usually few), from one `git rev-list`. */
async function commitsNotPushed(root: string, stream: typeof gitTokens): Promise<Set<string> | undefined> {
  const commits = new Set<string>();
  const ok = await stream(root, ['rev-list', 'HEAD', '--not', '--remotes'], (token) => {
    for (const line of token.split('\n')) if (line) commits.add(line);
  });
  return ok ? commits : undefined;
}

/** A hunk of a zero-context diff: `old` lines from `oldStart` became `count` lines from `start` (1-based). */
type Hunk = readonly [oldStart: number, oldCount: number, start: number, count: number];

/** Undoes git's C-style quoting of unusual paths in diff headers ("a/t\303\251st"). */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < p.length - 1; i++) {
    const ch = p[i];
    if (ch !== '\\') bytes.push(...Buffer.from(ch, 'utf8'));
    else if (/[0-7]/.test(p[i + 1])) {
      bytes.push(parseInt(p.slice(i + 1, i + 4), 8));
      i += 3;
    } else bytes.push(escapes[p[++i]] ?? p.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Hunks by commit (or '' for a diff without commit lines) and path, from `git diff -U0` or
 * `git diff-tree --stdin -p -U0` output. Only headers are read.
 */
export function parseHunks(out: string): Map<string, Map<string, Hunk[]>> {
  const byCommit = new Map<string, Map<string, Hunk[]>>();
  let commit = '';
  let hunks: Hunk[] | undefined;
  let file: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (m && hunks)
        hunks.push([Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]);
    } else if (line.startsWith('diff --git ')) {
      hunks = undefined;
      file = undefined;
    } else if (line.startsWith('+++ ') && file === undefined) {
      file = unquote(line.slice(4)).replace(/^b\//, '');
      let files = byCommit.get(commit);
      if (!files) byCommit.set(commit, (files = new Map()));
      files.set(file, (hunks = []));
    } else if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(line)) {
      commit = line;
      hunks = undefined;
    }
  }
  return byCommit;
}

/** Where `line` (1-based) of the child was in the parent, or undefined when the diff added it. */
function throughHunks(hunks: readonly Hunk[], line: number): number | undefined {
  let shift = 0;
  for (const [, oldCount, start, count] of hunks) {
    if (count > 0 && line >= start && line < start + count) return undefined;
    if (count === 0 ? start < line : start + count <= line) shift += oldCount - count;
    else break;
  }
  return line + shift;
}

/**
 * Requests answered many at a time by one call of `run`: when `max` are waiting, or (`auto`) at
 * the next turn of the event loop, or when `flush` is called.
 */
function batcher<Req, Res>(
  run: (reqs: Req[]) => Promise<Res[]>,
  auto: boolean,
  max = 64,
): { ask(req: Req): Promise<Res>; flush(): void; has(test: (req: Req) => boolean): boolean } {
  let queue: { req: Req; resolve: (r: Res) => void }[] = [];
  const send = () => {
    const batch = queue;
    queue = [];
    if (batch.length) void run(batch.map((b) => b.req)).then((res) => batch.forEach((b, i) => b.resolve(res[i])));
  };
  return {
    ask: (req) =>
      new Promise<Res>((resolve) => {
        queue.push({ req, resolve });
        if (queue.length >= max) send();
        else if (auto && queue.length === 1) setImmediate(send);
      }),
    flush: send,
    has: (test) => queue.some((q) => test(q.req)),
  };
}

/**
 * The commits lines come from, as `git blame` would say, for files whose history is a plain
 * chain (RepoFacts): hashing the text tells whether the file is as in HEAD; one `git diff HEAD`
 * for many edited files and one `git diff-tree --stdin` for the older commits of many files
 * follow lines back. The all-zero id means "not committed yet", as in blame.
 */
export class LineOrigins {
  constructor(
    private readonly facts: RepoFacts,
    private readonly run: (args: string[], input?: string) => Promise<string | undefined>,
    /** Ask git at the next turn of the event loop (the editor); else when `flush` is called or enough wait (the CLI). */
    auto = true,
  ) {
    this.working = batcher((files: string[]) => this.workingDiffs(files), auto);
    this.changes = batcher((reqs: { file: string; commits: readonly string[] }[]) => this.commitDiffs(reqs), auto);
  }

  private readonly working: ReturnType<typeof batcher<string, Hunk[] | undefined>>;
  private readonly changes: ReturnType<typeof batcher<{ file: string; commits: readonly string[] }, Hunk[][] | undefined>>;

  /** Sends the waiting requests to git now if one of them is about `file` (every file, without one). */
  flush(file?: string): void {
    if (file === undefined || this.working.has((f) => f === file)) this.working.flush();
    if (file === undefined || this.changes.has((r) => r.file === file)) this.changes.flush();
  }

  /** One `git diff HEAD` for many edited files: how the working copy differs from HEAD. */
  private async workingDiffs(files: string[]): Promise<(Hunk[] | undefined)[]> {
    const out = await this.run(['-c', 'core.quotePath=false', 'diff', 'HEAD', ...HUNK_DIFF, '--', ...files]);
    const byFile = out === undefined ? undefined : (parseHunks(out).get('') ?? new Map<string, Hunk[]>());
    return files.map((f) => (byFile ? (byFile.get(f) ?? []) : undefined));
  }

  /** One `git diff-tree --stdin` for the older commits of many files: what each commit changed in each. */
  private async commitDiffs(reqs: { file: string; commits: readonly string[] }[]): Promise<(Hunk[][] | undefined)[]> {
    const commits = [...new Set(reqs.flatMap((r) => r.commits))];
    const files = [...new Set(reqs.map((r) => r.file))];
    const out = await this.run(
      ['-c', 'core.quotePath=false', 'diff-tree', '--stdin', '-r', '-p', ...HUNK_DIFF, '--', ...files],
      commits.join('\n') + '\n',
    );
    const byCommit = out === undefined ? undefined : parseHunks(out);
    return reqs.map((r) => (byCommit ? r.commits.map((c) => byCommit.get(c)?.get(r.file) ?? []) : undefined));
  }

  /**
   * Origins of `lines` (1-based) of `file` (relative to the root) whose content is `content`
   * (text, or its sha1 blob id). `onDisk`: the content is the working-tree file, so `git diff
   * HEAD` describes it (else a content unlike HEAD's is not answered). Undefined: ask blame.
   */
  async origins(
    file: string,
    content: { text: string } | { blob: string },
    lines: readonly number[],
    onDisk: boolean,
  ): Promise<string[] | undefined> {
    const history = this.facts.history(file);
    if (!history) return undefined;
    const blob = 'blob' in content ? content.blob : blobId(content.text, history.head.length === 64 ? 'sha256' : 'sha1');
    const origins: (string | undefined)[] = lines.map(() => undefined);
    let at: (number | undefined)[] = [...lines]; // each line's number in the version looked at
    if (blob !== history.head) {
      if (!onDisk) return undefined;
      const hunks = await this.working.ask(file);
      if (!hunks) return undefined;
      at = at.map((l, i) => {
        const before = throughHunks(hunks, l!);
        if (before === undefined) origins[i] = '0'.repeat(history.head.length);
        return before;
      });
    }
    const { commits } = history;
    if (commits.length > 1 && at.some((l) => l !== undefined)) {
      const diffs = await this.changes.ask({ file, commits: commits.slice(0, -1) });
      if (!diffs) return undefined;
      diffs.forEach((hunks, c) => {
        at = at.map((l, i) => {
          if (l === undefined) return undefined;
          const before = throughHunks(hunks, l);
          if (before === undefined) origins[i] = commits[c];
          return before;
        });
      });
    }
    const first = commits[commits.length - 1];
    return origins.map((o) => o ?? first);
  }
}

/**
 * Where a line of a file stands: changed and not committed, committed only here, or in a commit
 * that a remote-tracking branch contains. Repository-wide facts come from RepoFacts (a few git
 * calls for the whole scan, started before the scan so they run beside it); only files the
 * shortcut does not cover are blamed, each once (git processes: at most MAX_GIT at once).
 */
export class GitStates {
  private readonly blame = new Map<string, Promise<Map<number, string> | undefined>>();
  private readonly pushed = new Map<string, Promise<boolean>>();
  private facts: Promise<{ facts: RepoFacts; origins: LineOrigins } | undefined> | undefined;
  private known: { facts: RepoFacts; origins: LineOrigins } | undefined;
  /** Files handed to `git blame` (the rest were answered by RepoFacts and LineOrigins). */
  readonly blamed = new Set<string>();

  /**
   * `holdLookups`: line lookups wait until `flush(file)` is called for one of them (or enough
   * wait), so that one git process answers many files (the CLI, which knows when it waits);
   * otherwise they go to git at the next turn of the event loop.
   */
  constructor(
    private readonly root: string,
    private readonly holdLookups = false,
  ) {}

  /** Starts the repository-wide git calls now, so they run while files are scanned. */
  prepare(): this {
    const run = (args: string[], input?: string) => git(this.root, args, input);
    this.facts ??= RepoFacts.load(this.root).then(
      (facts) => (this.known = facts && { facts, origins: new LineOrigins(facts, run, !this.holdLookups) }),
    );
    return this;
  }

  private blameOf(file: string): Promise<Map<number, string> | undefined> {
    let p = this.blame.get(file);
    if (!p) {
      this.blamed.add(file);
      p = git(this.root, ['blame', '--incremental', '--', file]).then((out) =>
        out === undefined ? undefined : parseIncrementalBlame(out),
      );
      this.blame.set(file, p);
    }
    return p;
  }

  private isPushed(facts: RepoFacts | undefined, commit: string): Promise<boolean> | boolean {
    const known = facts?.isPushed(commit);
    if (known !== undefined) return known;
    let p = this.pushed.get(commit);
    if (!p) {
      p = remoteBranchContaining(this.root, commit).then((branch) => branch !== undefined);
      this.pushed.set(commit, p);
    }
    return p;
  }

  /**
   * Sends the waiting line lookups to git if one is about `file`: call it when waiting for that
   * file. (Lookups wait to be sent so that one git process answers many files.)
   */
  flush(file: string): void {
    this.known?.origins.flush(file);
  }

  /** `pushed` when a remote-tracking branch contains the commit, else `committed`. */
  async commitState(commit: string): Promise<GitState> {
    return (await this.isPushed(undefined, commit)) ? 'pushed' : 'committed';
  }

  /**
   * States of `lines` (1-based) of `file` (relative to the root), whose working copy is
   * `content` (its text or sha1 blob id); files outside the repository are `unknown`.
   */
  async statesOf(
    file: string,
    content: { text: string } | { blob: string } | undefined,
    lines: readonly number[],
  ): Promise<{ state: GitState; commit?: string }[]> {
    const all = (g: { state: GitState; commit?: string }) => lines.map(() => g);
    if (file.startsWith('../') || file === '..') return all({ state: 'unknown' });
    const known = await this.prepare().facts;
    if (!known) return all({ state: 'unknown' });
    const { facts, origins } = known;
    if (!facts.tracked.has(file)) return all({ state: 'uncommitted' });
    let commits: (string | undefined)[] | undefined = content && (await origins.origins(file, content, lines, true));
    if (!commits) {
      const blame = await this.blameOf(file);
      this.blame.delete(file); // each file is asked about once: keep no blame alive
      if (!blame) return all({ state: 'unknown' });
      commits = lines.map((l) => blame.get(l));
    }
    return Promise.all(
      commits.map(async (commit) => {
        if (!commit) return { state: 'unknown' as const };
        if (ZERO.test(commit)) return { state: 'uncommitted' as const };
        return { state: (await this.isPushed(facts, commit)) ? ('pushed' as const) : ('committed' as const), commit };
      }),
    );
  }
}

/** A function that runs tasks with at most `max` of them at once. */
export function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** The limit every git process of this process goes through. */
const processes = limiter(MAX_GIT);
