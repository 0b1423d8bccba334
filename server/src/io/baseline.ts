/**
 * The baseline: `.keywarden/baseline.json` lists the fingerprints (rule + hashed value + path)
 * of findings a team has accepted. Sorted, no line numbers, no dates, no values: it does not
 * churn when code moves and merges cleanly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BASELINE_FILE as BASELINE_PATH } from '../../../common/baseline';
import { repoDirOf } from './files';

export const BASELINE_FILE = path.join(...BASELINE_PATH.split('/'));

/**
 * The folder whose baseline applies to files under `folder`, and that fingerprint paths are
 * relative to: the repository root when `folder` is inside a repository (as the CLI does), else
 * `folder` itself.
 */
export function baselineRootOf(folder: string): string {
  return repoDirOf(folder) ?? folder;
}

/**
 * The file's contents: every accepted fingerprint, and for those written by `keywarden baseline`
 * the file each came from (paths relative to the root), so that updating the baseline for one
 * path replaces only that path's entries. Fingerprints added one by one from the editor, and
 * those of baselines written before paths were kept, belong to no path.
 */
interface BaselineData {
  readonly fingerprints: Set<string>;
  readonly files: Map<string, Set<string>>;
}

function readData(root: string): BaselineData {
  const file = path.join(root, BASELINE_FILE);
  if (!fs.existsSync(file)) return { fingerprints: new Set(), files: new Map() };
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const list = (parsed as { fingerprints?: unknown })?.fingerprints;
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string'))
    throw new Error(`${file} is not a KeyWarden baseline (expected {"fingerprints": [...]})`);
  const files = new Map<string, Set<string>>();
  const byFile = (parsed as { files?: unknown }).files;
  if (byFile && typeof byFile === 'object' && !Array.isArray(byFile)) {
    for (const [p, fps] of Object.entries(byFile))
      if (Array.isArray(fps)) files.set(p, new Set(fps.filter((f): f is string => typeof f === 'string')));
  }
  return { fingerprints: new Set(list as string[]), files };
}

function writeData(root: string, data: BaselineData): string {
  const file = path.join(root, BASELINE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const all = new Set(data.fingerprints);
  for (const fps of data.files.values()) for (const f of fps) all.add(f);
  const files = Object.fromEntries(
    [...data.files]
      .filter(([, fps]) => fps.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([p, fps]) => [p, [...fps].sort()]),
  );
  fs.writeFileSync(file, `${JSON.stringify({ version: 1, fingerprints: [...all].sort(), files }, null, 2)}\n`);
  return file;
}

export function readBaseline(root: string): Set<string> {
  const data = readData(root);
  for (const fps of data.files.values()) for (const f of fps) data.fingerprints.add(f);
  return data.fingerprints;
}

/**
 * Replaces the entries of the paths in `scopes` (relative to the root; "" is everything) with
 * `byFile` (path -> fingerprints), keeping every other path's entries. Returns the file written.
 */
export function updateBaseline(root: string, scopes: readonly string[], byFile: ReadonlyMap<string, readonly string[]>): string {
  const data = readData(root);
  const inScope = (p: string) => scopes.some((s) => s === '' || p === s || p.startsWith(`${s}/`));
  const unattributed = new Set(data.fingerprints);
  for (const fps of data.files.values()) for (const f of fps) unattributed.delete(f);
  const files = new Map([...data.files].filter(([p]) => !inScope(p)));
  for (const [p, fps] of byFile) files.set(p, new Set(fps));
  // Entries of no known path are kept, unless the whole root is being baselined again.
  const everything = scopes.includes('');
  return writeData(root, { fingerprints: everything ? new Set() : unattributed, files });
}

/** Adds fingerprints to the baseline (creating it); returns how many were new. */
export function addToBaseline(root: string, fingerprints: Iterable<string>): number {
  const data = readData(root);
  const current = readBaseline(root);
  const before = current.size;
  for (const f of fingerprints) {
    current.add(f);
    data.fingerprints.add(f);
  }
  writeData(root, data);
  return current.size - before;
}

/**
 * The language server's baselines: each root's fingerprints, read once and read again after a
 * change (the server's own "Add to baseline", or the file changed on disk).
 */
export class Baselines {
  private readonly byRoot = new Map<string, Set<string>>();

  constructor(private readonly log: (message: string) => void) {}

  /** Fingerprints accepted in the root's .keywarden/baseline.json (none for no root, or an unreadable file). */
  of(root: string | undefined): Set<string> {
    if (!root) return new Set();
    let b = this.byRoot.get(root);
    if (!b) {
      try {
        b = readBaseline(root);
      } catch (err) {
        this.log(`ignoring the baseline: ${(err as Error).message}`);
        b = new Set();
      }
      this.byRoot.set(root, b);
    }
    return b;
  }

  add(root: string, fingerprints: string[]): number {
    const added = addToBaseline(root, fingerprints);
    this.byRoot.delete(root);
    this.log(`added ${added} finding${added === 1 ? '' : 's'} to ${path.join(root, BASELINE_FILE)}`);
    return added;
  }

  invalidate(): void {
    this.byRoot.clear();
  }
}
