/**
 * What git knows about the findings of open documents, for the editor: whether each secret is
 * only in the buffer, already committed, or in a commit a remote branch contains (pushed). A
 * moment after edits stop, off the diagnostics path, it asks the repository's facts
 * (server/src/io/git.ts: a few git calls per repository, shared by every open file and the workspace
 * scan, with batched diffs for files with history); only where those do not answer does it run
 * `git blame --contents -` on the buffer (the text goes through stdin, never through arguments).
 * At most MAX_GIT git processes run at once (git.ts's one runner). Results are remembered by fingerprint so they
 * survive edits. (The baseline is apart: server/src/io/baseline.ts.)
 */
import { git, LineOrigins, parseBlame, parseIncrementalBlame, remoteBranchContaining, RepoFacts, type GitState } from '../io/git';

export interface FindingGit {
  readonly state: GitState;
  readonly commit?: string;
  /** Remote-tracking branch that contains the commit, for pushed findings. */
  readonly branch?: string;
}

const DEBOUNCE_MS = 400;

/** Every git process goes through git.ts's runner: at most MAX_GIT at once, however many documents are open. */
const run = git;

/** Repository facts are reloaded when older than this and asked for (commits, pushes, `git add` change them). */
const FACTS_TTL_MS = 30_000;

interface Repo {
  readonly root: string;
  /** The workspace folder's path inside the repository ("" or "sub/dir/"). */
  readonly prefix: string;
  readonly facts: RepoFacts;
  readonly origins: LineOrigins;
  readonly at: number;
}

type Located = { fingerprint: string; line: number };

export class EditorGit {
  private readonly states = new Map<string, FindingGit>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly branches = new Map<string, Promise<string | undefined>>();
  private readonly repos = new Map<string, Promise<Repo | undefined>>();
  private readonly loadedAt = new Map<string, number>();
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
  schedule(uri: string, folder: string | undefined, relPath: string | undefined, text: string, findings: Located[]): void {
    clearTimeout(this.timers.get(uri));
    if (!folder || !relPath || findings.length === 0 || this.gitMissing) return;
    if (findings.every((f) => this.states.has(f.fingerprint))) return;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.annotate(folder, relPath, { text }, findings)
          .then(() => this.changed(uri))
          .catch((err) => this.log(`git state unknown for ${relPath}: ${(err as Error).message}`));
      }, DEBOUNCE_MS),
    );
  }

  /**
   * Git states of the findings of a file on disk (the workspace scan), by its sha1 blob id;
   * resolves once they are stored (read them with stateOf). Never throws.
   */
  async annotateFile(folder: string, relPath: string, blob: string, findings: Located[]): Promise<void> {
    if (this.gitMissing || findings.every((f) => this.states.has(f.fingerprint))) return;
    await this.annotate(folder, relPath, { blob }, findings).catch((err) =>
      this.log(`git state unknown for ${relPath}: ${(err as Error).message}`),
    );
  }

  /** The repository holding `folder`, with its facts (a few git calls, shared by every file in it). */
  private repoOf(folder: string): Promise<Repo | undefined> {
    const cached = this.repos.get(folder);
    if (cached && Date.now() - (this.loadedAt.get(folder) ?? 0) < FACTS_TTL_MS) return cached;
    this.loadedAt.set(folder, Date.now());
    const p = (async (): Promise<Repo | undefined> => {
      const out = await run(folder, ['rev-parse', '--show-toplevel', '--show-prefix']);
      if (out === undefined) return undefined;
      const [root, prefix = ''] = out.split('\n');
      const facts = await RepoFacts.load(root);
      return facts && { root, prefix, facts, origins: new LineOrigins(facts, (args, input) => run(root, args, input)), at: Date.now() };
    })();
    this.repos.set(folder, p);
    return p;
  }

  /**
   * States of `findings` of `relPath` (relative to `folder`) whose content is the buffer's text
   * or, for a file on disk, its blob id. Lines whose history RepoFacts and LineOrigins do not
   * answer go to `git blame` as before: the buffer through stdin, a file on disk by its path.
   */
  private async annotate(
    folder: string,
    relPath: string,
    content: { text: string } | { blob: string },
    findings: Located[],
  ): Promise<void> {
    const repo = await this.repoOf(folder);
    if (!repo) {
      if ((await run(folder, ['--version'])) === undefined) {
        this.gitMissing = true;
        this.log('git is not installed: git state unknown for every finding');
      } else this.log(`git state unknown: ${folder} is not a git repository`);
      for (const f of findings) this.states.set(f.fingerprint, { state: 'unknown' });
      return;
    }
    const file = repo.prefix + relPath;
    const lines = findings.map((f) => f.line + 1);
    const onDisk = 'blob' in content;
    let commits: (string | undefined)[] | undefined;
    let blameFailed = false;
    if (!repo.facts.tracked.has(file))
      blameFailed = true; // blame knows no such path: only in the working tree
    else commits = await repo.origins.origins(file, content, lines, onDisk);
    if (!commits && !blameFailed) {
      const blame = onDisk
        ? await run(folder, ['blame', '--incremental', '--', relPath]).then((out) => out && parseIncrementalBlame(out))
        : await run(folder, ['blame', '--porcelain', '--contents', '-', '--', relPath], content.text).then((out) => out && parseBlame(out));
      if (blame) commits = lines.map((l) => blame.get(l));
      else blameFailed = true;
    }
    for (const [i, f] of findings.entries()) {
      const commit = commits?.[i];
      // No blame at all: the file is not in HEAD yet, so the secret is only in the working tree.
      if (blameFailed || !commit || /^0+$/.test(commit)) {
        this.states.set(f.fingerprint, { state: blameFailed || commit ? 'uncommitted' : 'unknown' });
        continue;
      }
      const branch = await this.remoteBranchOf(repo, folder, commit);
      this.states.set(f.fingerprint, branch ? { state: 'pushed', commit, branch } : { state: 'committed', commit });
    }
  }

  /** The remote-tracking branch holding `commit`: known from the repository's facts when there is one branch, else asked once per commit. */
  private remoteBranchOf(repo: Repo, folder: string, commit: string): Promise<string | undefined> | string | undefined {
    const pushed = repo.facts.isPushed(commit);
    if (pushed === false) return undefined;
    if (pushed === true && repo.facts.remoteBranches.length === 1) return repo.facts.remoteBranches[0];
    let p = this.branches.get(commit);
    if (!p) {
      p = remoteBranchContaining(folder, commit);
      this.branches.set(commit, p);
    }
    return p;
  }
}
