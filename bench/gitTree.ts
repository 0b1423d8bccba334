/**
 * Throwaway repositories shaped like users' checkouts, for the bench and the git-state
 * comparison: a tree committed and pushed to a bare remote, then a commit that is not pushed,
 * then uncommitted edits (modified files and an untracked one).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });

/** Every regular file under `dir`, relative, sorted. */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/**
 * `<dest>/work`: `copies` copies of `src` (one copy: the tree itself) committed and pushed to
 * `<dest>/remote.git`; then `unpushed` files get a line appended and are committed without a
 * push; then `edited` other files get a line inserted at the top (uncommitted), and one new file
 * is left untracked. Returns the work tree.
 */
export function committedTree(src: string, dest: string, options: { copies?: number; unpushed?: number; edited?: number } = {}): string {
  const { copies = 1, unpushed = 20, edited = 20 } = options;
  const work = path.join(dest, 'work');
  const remote = path.join(dest, 'remote.git');
  fs.mkdirSync(dest, { recursive: true });
  if (copies === 1) fs.cpSync(src, work, { recursive: true });
  else for (let i = 0; i < copies; i++) fs.cpSync(src, path.join(work, `copy${i + 1}`), { recursive: true });
  git(dest, 'init', '-q', '--bare', '-b', 'main', remote);
  git(work, 'init', '-q', '-b', 'main');
  // The corpus has files a default .gitignore would not drop, but keep everything anyway.
  git(work, 'add', '-A', '-f');
  git(work, 'commit', '-q', '--no-verify', '-m', 'corpus');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '-q', 'origin', 'main');
  const files = filesOf(work).filter((f) => !f.startsWith('.git/'));
  // Spread the edits over the tree: every n-th file.
  const pick = (count: number, offset: number) => {
    const step = Math.max(1, Math.floor(files.length / Math.max(1, count)));
    return Array.from({ length: Math.min(count, files.length) }, (_, i) => files[(i * step + offset) % files.length]);
  };
  for (const f of pick(unpushed, 0)) fs.appendFileSync(path.join(work, f), `\npassword = "Unpushed-${f.length}-Zq8Wm3Rt7Yx"\n`);
  git(work, 'commit', '-q', '--no-verify', '-a', '-m', 'not pushed');
  for (const f of pick(edited, 3)) {
    const p = path.join(work, f);
    fs.writeFileSync(p, `api_token = "Local-${f.length}-Hv5Kp2Nc9Lw4"\n${fs.readFileSync(p, 'utf8')}`);
  }
  fs.writeFileSync(path.join(work, 'untracked-settings.py'), 'secret_key = "Untracked-Qp4Xs8Vb2Nm6Tj"\n');
  return work;
}
