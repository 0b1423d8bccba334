#!/usr/bin/env node
// Extension-host tests in desktop VS Code via @vscode/test-electron, for machines that can
// download VS Code (CI with internet, a developer laptop). Machines that reach only the npm
// registry cannot: use `npm run test:e2e` (code-server) there.
//
//   npm run test:electron                          latest stable VS Code
//   VSCODE_VERSION=1.91.0 npm run test:electron    the minimum in engines.vscode
//   VSCODE_EXECUTABLE=/path/to/code npm run test:electron   an installed VS Code, no download
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    const version = process.env.VSCODE_VERSION ?? 'stable';
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode(version);
    } catch (err) {
      console.error(
        [
          `test:electron: could not download VS Code ${version} (${err?.message ?? err}).`,
          'This runner needs update.code.visualstudio.com; on machines without it, either set',
          'VSCODE_EXECUTABLE to an installed VS Code, or run the code-server tier: npm run test:e2e',
        ].join('\n'),
      );
      return 1;
    }
  }

  // Throwaway profile and workspace, like a first run on a clean machine.
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'keywarden-electron-'));
  const workspace = path.join(tempRoot, 'workspace');
  cpSync(path.join(repoRoot, 'demo'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'test', 'electron', 'suite', 'index.cjs'),
      launchArgs: [
        workspace,
        '--user-data-dir',
        path.join(tempRoot, 'user-data'),
        '--extensions-dir',
        path.join(tempRoot, 'extensions'),
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    return 0;
  } catch (err) {
    console.error(`test:electron: the extension-host suite failed (${err?.message ?? err})`);
    return 1;
  } finally {
    rmSync(tempRoot, { recursive: true, force: true });
  }
}

process.exitCode = await main();
