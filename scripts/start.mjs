#!/usr/bin/env node
// `npm start`: build and package the extension, install the .vsix into a cached code-server
// (a real VS Code from the npm registry, see scripts/code-server.mjs) and serve it on
// 127.0.0.1 with a copy of demo/ open, until Ctrl+C.
//
//   npm start                       port from $PORT, else a free one
//   npm start -- --skip-package     reuse the existing keywarden-<version>.vsix
//   npm start -- --workspace <dir>  open <dir> itself instead of a copy of demo/
//
// The workspace is a fresh copy of demo/ in a temp dir, not demo/ itself: the demo exists to
// have its hard-coded (fake) keys fixed by the quick fixes, and a copy means every run starts
// from the unfixed files and git never sees the edits. The copy is deleted on exit.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSetup, installExtension, QUIET_SETTINGS, startCodeServer, writeSettings } from './code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Servers started before code-server and stopped after it (e.g. local stand-ins for the
 * Arthur Platform / Engine). Each `start()` resolves to `{ env?, settings?, urls?, stop() }`:
 * `env` is added to code-server's environment (so the extension host and terminals see it),
 * `settings` to the user settings, and `urls` are printed next to the workbench URL. Started in
 * order, stopped in reverse.
 *
 * @type {Array<{ name: string, start: () => Promise<{ env?: Record<string, string>, settings?: Record<string, unknown>, urls?: Record<string, string>, stop: () => Promise<void> }> }>}
 */
export const services = [
  {
    // Local stand-ins for every platform (Arthur Platform = an OpenID provider, Arthur Engine,
    // WhyLabs, h2oGPTe, RI Platform), so every sign-in flow works offline. Device codes are
    // approved automatically (as "demo") after 3 seconds.
    name: 'local',
    async start() {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/servers/serve.ts')], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const info = await new Promise((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d) => {
          buf += d;
          const nl = buf.indexOf('\n');
          if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)));
        });
        child.on('exit', (code) => reject(new Error(`the local platform servers exited (code ${code})`)));
      });
      return {
        settings: {
          'keywarden.arthur.platformUrl': info.platformUrl,
          'keywarden.arthur.engineUrl': info.engineUrl,
          'keywarden.arthur.scopeUrl': info.scopeUrl,
          'keywarden.whylabs.apiEndpoint': info.whylabsUrl,
          'keywarden.h2ogpte.url': info.h2ogpteUrl,
          'keywarden.rime.url': info.rimeUrl,
        },
        urls: {
          'Arthur Platform (device codes auto-approved)': info.platformUrl,
          'Arthur Engine': info.engineUrl,
          'Arthur Engine admin key (test server only)': info.adminKey,
          'service account (test server only)': `${info.serviceAccount.clientId} / ${info.serviceAccount.clientSecret}`,
          'Arthur Scope key to paste, or login demo / demo (test server only)': info.demoKeys.scope,
          'WhyLabs key to paste (test server only)': info.demoKeys.whylabs,
          'h2oGPTe key to paste (test server only)': info.demoKeys.h2ogpte,
          'RI Platform token to paste (test server only)': `${info.demoKeys.rime} (workspace ${info.demoKeys.rimeWorkspace})`,
        },
        info,
        stop: async () => {
          child.removeAllListeners('exit');
          child.kill('SIGTERM');
        },
      };
    },
  },
];

function parseArgs(argv) {
  const opts = { skipPackage: false, workspace: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--skip-package') opts.skipPackage = true;
    else if (a === '--workspace') opts.workspace = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm start [-- --skip-package] [-- --workspace <dir>]   (port: $PORT)');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`\`${cmd} ${args.join(' ')}\` failed with exit code ${code}`))));
  });
}

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '='.repeat(width);
  console.log(`\n${bar}\n${lines.map((l) => `  ${l}`).join('\n')}\n${bar}\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `keywarden-${version}.vsix`);

  if (!opts.skipPackage) await run('npm', ['run', 'package']);
  if (!existsSync(vsix)) throw new Error(`${vsix} not found (run \`npm run package\`)`);
  await ensureSetup();

  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'keywarden-start-'));
  const cleanups = [() => rmSync(tempRoot, { recursive: true, force: true })];
  let shuttingDown = false;
  const shutdown = async (code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log('\n[start] shutting down ...');
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error(`[start] cleanup: ${err.message}`);
      }
    }
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    const workspace = opts.workspace ? path.resolve(opts.workspace) : path.join(tempRoot, 'demo');
    if (!opts.workspace) cpSync(path.join(repoRoot, 'demo'), workspace, { recursive: true });
    const userDataDir = path.join(tempRoot, 'user-data');
    const extensionsDir = path.join(tempRoot, 'extensions');
    console.log(`[start] installing ${path.basename(vsix)}`);
    await installExtension(vsix, extensionsDir);

    const env = {};
    const urls = {};
    const settings = { ...QUIET_SETTINGS };
    for (const service of services) {
      console.log(`[start] starting ${service.name}`);
      const s = await service.start();
      cleanups.push(() => s.stop());
      Object.assign(env, s.env);
      Object.assign(settings, s.settings);
      for (const [k, v] of Object.entries(s.urls ?? {})) urls[`${service.name} ${k}`] = v;
    }
    // Where the remote window reads each one: the platform addresses are machine-overridable.
    writeSettings(userDataDir, settings);

    const port = process.env.PORT ? Number(process.env.PORT) : undefined;
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
      throw new Error(`PORT=${process.env.PORT} is not a port number`);
    const server = await startCodeServer({ workspace, userDataDir, extensionsDir, port, env, stdio: 'inherit' });
    cleanups.push(() => server.stop());
    server.process.on('exit', (code, signal) => {
      if (shuttingDown) return;
      console.error(`[start] code-server exited unexpectedly (${signal ?? `code ${code}`})`);
      void shutdown(1);
    });

    banner([
      `KeyWarden ${version} is running in VS Code (code-server):`,
      '',
      `  ${server.url}?folder=${encodeURIComponent(workspace)}`,
      '',
      ...Object.entries(urls).map(([k, v]) => `${k}: ${v}`),
      `workspace: ${workspace}${opts.workspace ? '' : ' (a copy of demo/, deleted on exit)'}`,
      `logs:      ${path.join(userDataDir, 'logs')}`,
      'Press Ctrl+C to stop.',
    ]);
  } catch (err) {
    console.error(`[start] ${err.message}`);
    await shutdown(1);
  }
}

// Imported by the e2e tier for `services` (the demo's stand-ins and settings); run by `npm start`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`[start] ${err.message}`);
    process.exit(1);
  });
}
