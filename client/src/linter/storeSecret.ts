/**
 * The end of the "Replace with environment variable" quick-fix: the literal has just left the
 * code, so its value goes into SecretStorage (and from there to terminals) at once. Optionally
 * it is also written to a git-ignored .env beside the code.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { StoreSecretArgs } from '../../../common/protocol';
import type { Accounts } from '../accounts';

export async function storeSecrets(accounts: Accounts, log: vscode.LogOutputChannel, args: StoreSecretArgs[]): Promise<void> {
  if (!Array.isArray(args) || args.length === 0) return;
  const stored: StoreSecretArgs[] = [];
  for (const a of args) {
    const envVar = await accounts.storeVariable(a.envVar, a.value);
    stored.push({ ...a, envVar });
    log.info(`Stored ${envVar} in secret storage (from ${vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri))})`);
    if (envVar !== a.envVar) {
      // The language server did not know the name was taken (e.g. stored from another window just now).
      void vscode.window.showWarningMessage(
        `KeyWarden: ${a.envVar} already holds a different value, so this one is stored as ${envVar}. The code reads ${a.envVar}: rename it there to use the new value.`,
      );
    }
  }
  const names = stored.map((a) => a.envVar).join(', ');
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(stored[0].uri));
  const actions = folder?.uri.scheme === 'file' ? ['Also write to .env'] : [];
  const choice = await vscode.window.showInformationMessage(
    `KeyWarden stored ${names} in its secret storage. New terminals get ${stored.length === 1 ? 'it' : 'them'} as environment variable${stored.length === 1 ? '' : 's'}.`,
    ...actions,
  );
  if (choice && folder) {
    try {
      const { file, ignoreAdded } = await writeDotEnv(folder.uri.fsPath, stored);
      log.info(`Wrote ${names} to ${file}${ignoreAdded ? ' and added .env to .gitignore' : ''}`);
      void vscode.window.showInformationMessage(`Wrote ${names} to .env${ignoreAdded ? ' and added .env to .gitignore' : ' (already git-ignored)'}.`);
    } catch (err) {
      log.error('Writing .env failed', err);
      void vscode.window.showErrorMessage(`KeyWarden could not write .env: ${(err as Error).message}. The values are still in secret storage.`);
    }
  }
}

/** A value as a dotenv line's right-hand side: quoted and escaped when it needs to be. */
export function dotenvValue(value: string): string {
  if (/^[\w./:@+=-]*$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Adds or replaces NAME=value lines in <folder>/.env and makes sure git ignores the file. */
export async function writeDotEnv(folder: string, secrets: { envVar: string; value: string }[]): Promise<{ file: string; ignoreAdded: boolean }> {
  const file = path.join(folder, '.env');
  let text = fs.existsSync(file) ? await fs.promises.readFile(file, 'utf8') : '';
  for (const { envVar, value } of secrets) {
    const line = `${envVar}=${dotenvValue(value)}`;
    const re = new RegExp(`^(?:export\\s+)?${envVar.replace(/[^\w]/g, "\\$&")}=.*$`, 'm');
    if (re.test(text)) text = text.replace(re, () => line);
    else text += `${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
  }
  await fs.promises.writeFile(file, text, { mode: 0o600 });
  const ignoreAdded = !(await isGitIgnored(folder, '.env'));
  if (ignoreAdded) {
    const gi = path.join(folder, '.gitignore');
    const existing = fs.existsSync(gi) ? await fs.promises.readFile(gi, 'utf8') : '';
    await fs.promises.writeFile(gi, `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}.env\n`);
  }
  return { file, ignoreAdded };
}

function isGitIgnored(folder: string, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['-C', folder, 'check-ignore', '-q', name], (err) => {
      if (!err) return resolve(true);
      if ((err as { code?: unknown }).code === 1) return resolve(false);
      // No git or not a repository: fall back to reading .gitignore.
      const gi = path.join(folder, '.gitignore');
      const lines = fs.existsSync(gi) ? fs.readFileSync(gi, 'utf8').split(/\r?\n/).map((l) => l.trim()) : [];
      resolve(lines.some((l) => l === name || l === `/${name}` || l === `${name}*` || l === '*.env'));
    });
  });
}
