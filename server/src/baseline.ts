/**
 * The baseline: `.keywarden/baseline.json` lists the fingerprints (rule + hashed value + path)
 * of findings a team has accepted. Sorted, no line numbers, no dates, no values: it does not
 * churn when code moves and merges cleanly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoDirOf } from './files';

export const BASELINE_FILE = path.join('.keywarden', 'baseline.json');

/**
 * The folder whose baseline applies to files under `folder`, and that fingerprint paths are
 * relative to: the repository root when `folder` is inside a repository (as the CLI does), else
 * `folder` itself.
 */
export function baselineRootOf(folder: string): string {
  return repoDirOf(folder) ?? folder;
}

export function readBaseline(root: string): Set<string> {
  const file = path.join(root, BASELINE_FILE);
  if (!fs.existsSync(file)) return new Set();
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const list = (parsed as { fingerprints?: unknown })?.fingerprints;
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw new Error(`${file} is not a KeyWarden baseline (expected {"fingerprints": [...]})`);
  return new Set(list as string[]);
}

export function writeBaseline(root: string, fingerprints: Iterable<string>): string {
  const file = path.join(root, BASELINE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sorted = [...new Set(fingerprints)].sort();
  fs.writeFileSync(file, `${JSON.stringify({ version: 1, fingerprints: sorted }, null, 2)}\n`);
  return file;
}

/** Adds fingerprints to the baseline (creating it); returns how many were new. */
export function addToBaseline(root: string, fingerprints: Iterable<string>): number {
  const current = readBaseline(root);
  const before = current.size;
  for (const f of fingerprints) current.add(f);
  writeBaseline(root, current);
  return current.size - before;
}
