/**
 * What git knows about the findings of open documents, for the editor: whether each secret is
 * only in the buffer, already committed, or in a commit a remote branch contains (pushed). Runs
 * `git blame --contents -` on the buffer (the text goes through stdin, never through arguments)
 * a moment after edits stop, off the diagnostics path, and remembers results by fingerprint so
 * they survive edits. Also the workspace baseline (.keywarden/baseline.json).
 */
import * as path from 'path';
import { addToBaseline, readBaseline } from '../baseline';
import { git, parseBlame, remoteBranchContaining, type GitState } from '../git';

export interface FindingGit {
  readonly state: GitState;
  readonly commit?: string;
  /** Remote-tracking branch that contains the commit, for pushed findings. */
  readonly branch?: string;
}

const DEBOUNCE_MS = 400;

/** At most this many git processes at once, however many documents are open. */
const MAX_GIT = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** Runs `task` when fewer than MAX_GIT others run, so many open documents never mean many git processes. */
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_GIT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const run = (cwd: string, args: string[], input?: string) => limited(() => git(cwd, args, input));

export class EditorGit {
  private readonly states = new Map<string, FindingGit>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly branches = new Map<string, Promise<string | undefined>>();
  private readonly baselines = new Map<string, Set<string>>();
  private gitMissing = false;

  constructor(
    private readonly changed: (uri: string) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Git facts for a finding (by fingerprint), if known yet. */
  stateOf(fingerprint: string): FindingGit | undefined {
    return this.states.get(fingerprint);
  }

  /** Asks for the git state of a document's findings; answers arrive through `changed`. */
  schedule(uri: string, folder: string | undefined, relPath: string | undefined, text: string, findings: { fingerprint: string; line: number }[]): void {
    clearTimeout(this.timers.get(uri));
    if (!folder || !relPath || findings.length === 0 || this.gitMissing) return;
    if (findings.every((f) => this.states.has(f.fingerprint))) return;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.annotate(uri, folder, relPath, text, findings).catch((err) => this.log(`git state unknown for ${relPath}: ${(err as Error).message}`));
      }, DEBOUNCE_MS),
    );
  }

  private async annotate(uri: string, folder: string, relPath: string, text: string, findings: { fingerprint: string; line: number }[]): Promise<void> {
    const inRepo = await run(folder, ['rev-parse', '--is-inside-work-tree']);
    if (inRepo === undefined) {
      if ((await run(folder, ['--version'])) === undefined) {
        this.gitMissing = true;
        this.log('git is not installed: git state unknown for every finding');
      } else this.log(`git state unknown: ${folder} is not a git repository`);
      for (const f of findings) this.states.set(f.fingerprint, { state: 'unknown' });
      return;
    }
    const blame = await run(folder, ['blame', '--porcelain', '--contents', '-', '--', relPath], text);
    const byLine = blame === undefined ? new Map<number, string>() : parseBlame(blame);
    for (const f of findings) {
      const commit = blame === undefined ? undefined : byLine.get(f.line + 1);
      // No blame at all: the file is not in HEAD yet, so the secret is only in the working tree.
      if (blame === undefined || !commit || /^0+$/.test(commit)) {
        this.states.set(f.fingerprint, { state: blame === undefined || commit ? 'uncommitted' : 'unknown' });
        continue;
      }
      const branch = await this.remoteBranchOf(folder, commit);
      this.states.set(f.fingerprint, branch ? { state: 'pushed', commit, branch } : { state: 'committed', commit });
    }
    this.changed(uri);
  }

  private remoteBranchOf(folder: string, commit: string): Promise<string | undefined> {
    let p = this.branches.get(commit);
    if (!p) {
      p = limited(() => remoteBranchContaining(folder, commit));
      this.branches.set(commit, p);
    }
    return p;
  }

  /** Fingerprints accepted in the folder's .keywarden/baseline.json (read once, until invalidated). */
  baseline(folder: string | undefined): Set<string> {
    if (!folder) return new Set();
    let b = this.baselines.get(folder);
    if (!b) {
      try {
        b = readBaseline(folder);
      } catch (err) {
        this.log(`ignoring the baseline: ${(err as Error).message}`);
        b = new Set();
      }
      this.baselines.set(folder, b);
    }
    return b;
  }

  addToBaseline(folder: string, fingerprints: string[]): number {
    const added = addToBaseline(folder, fingerprints);
    this.baselines.delete(folder);
    this.log(`added ${added} finding${added === 1 ? '' : 's'} to ${path.join(folder, '.keywarden', 'baseline.json')}`);
    return added;
  }

  invalidateBaselines(): void {
    this.baselines.clear();
  }
}
