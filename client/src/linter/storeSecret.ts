/**
 * The end of the "Replace with environment variable" quick-fix: the literal has just left the
 * code, so its value goes into SecretStorage (and from there to terminals) at once. Optionally
 * it is also written to a git-ignored .env beside the code (never over another value without
 * asking, never into a .env that git tracks).
 */
import * as vscode from 'vscode';
import type { StoreSecretArgs } from '../../../common/protocol';
import { maskSecret } from '../../../common/mask';
import type { Accounts } from '../accounts';
import { conflicts, DotEnvRefused, readDotEnv, TRACKED_REASON, writeDotEnv, type DotEnvEntry } from '../accounts/dotenv';

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
  if (choice && folder) await writeToDotEnv(folder.uri.fsPath, stored, log);
}

/**
 * "Write to .env", for the quick-fix and for Manage stored variables: asks before replacing a
 * value the file already sets, and says why when it writes nothing (git tracks the file).
 */
export async function writeToDotEnv(folder: string, entries: DotEnvEntry[], log: vscode.LogOutputChannel): Promise<void> {
  const still = entries.length === 1 ? `${entries[0].envVar} is still in KeyWarden's secret storage.` : "The values are still in KeyWarden's secret storage.";
  try {
    const state = await readDotEnv(folder);
    if (state.tracked) throw new DotEnvRefused(TRACKED_REASON);
    const replace = new Set<string>();
    for (const name of conflicts(state, entries)) {
      const mine = entries.find((e) => e.envVar === name)!.value;
      const choice = await vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(state.file)} already sets ${name} to another value. Replace it?`,
        { modal: true, detail: `In .env: ${maskSecret(state.values[name])}\nIn KeyWarden: ${maskSecret(mine)}\nReplacing loses the value in .env unless you keep it elsewhere.` },
        'Replace',
        "Keep .env's value",
      );
      if (choice === 'Replace') replace.add(name);
    }
    const r = await writeDotEnv(folder, entries, replace);
    const where = vscode.workspace.asRelativePath(r.file);
    const said = [
      r.written.length ? `Wrote ${r.written.join(', ')} to ${where}${r.ignoreAdded ? ' and added .env to .gitignore' : ' (git-ignored)'}.` : '',
      r.unchanged.length ? `${where} already had ${r.unchanged.join(', ')} with the same value.` : '',
      r.kept.length ? `Kept ${where}'s own value of ${r.kept.join(', ')}.` : '',
    ].filter(Boolean);
    log.info(`.env: wrote ${r.written.join(', ') || 'nothing'}${r.kept.length ? `, kept ${r.kept.join(', ')}` : ''} in ${r.file}${r.ignoreAdded ? '; added .env to .gitignore' : ''}`);
    void vscode.window.showInformationMessage(said.join(' '));
  } catch (err) {
    if (err instanceof DotEnvRefused) {
      log.warn(`Did not write to .env: ${err.message}`);
      void vscode.window.showWarningMessage(`KeyWarden did not write to .env: ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} ${still}`);
      return;
    }
    log.error('Writing .env failed', err);
    void vscode.window.showErrorMessage(`KeyWarden could not write .env: ${(err as Error).message}. ${still}`);
  }
}
