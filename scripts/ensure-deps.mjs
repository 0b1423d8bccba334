#!/usr/bin/env node
// `prestart` and `pretest`: on a fresh clone (or after a pull that changed package-lock.json),
// installs the locked dependencies with `npm ci` before `npm start` / `npm test` run, saying so.
// The cached code-server is installed by those commands themselves (scripts/code-server.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`[setup] KeyWarden needs Node 20 or newer; this is Node ${process.versions.node}.`);
  process.exit(1);
}

/** Why the installed node_modules is not the locked one, or undefined when it is. */
function staleReason() {
  const hidden = path.join(repoRoot, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return 'no node_modules yet';
  if (statSync(path.join(repoRoot, 'package-lock.json')).mtimeMs > statSync(hidden).mtimeMs)
    return 'package-lock.json changed since the last install';
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const missing = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (name) => !existsSync(path.join(repoRoot, 'node_modules', name, 'package.json')),
  );
  return missing.length ? `missing ${missing.join(', ')}` : undefined;
}

const reason = staleReason();
if (reason) {
  console.log(`[setup] installing the locked npm dependencies (npm ci: ${reason}) ...`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[setup] npm ci failed (see above); KeyWarden needs the npm registry once to install its dependencies.');
    process.exit(r.status ?? 1);
  }
}
