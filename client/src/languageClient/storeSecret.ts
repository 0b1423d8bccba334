/**
 * The end of the "Replace with environment variable" quick-fix: the literal has just left the
 * code, so its value goes into SecretStorage (and from there to terminals) at once. Optionally
 * it is also written to a git-ignored .env beside the code (never over another value without
 * asking, never into a .env that git tracks).
 */
import * as vscode from 'vscode';
import type { StoreSecretArgs } from '../../../common/protocol';
import { writeToDotEnv } from '../dotenv/write';

/** Where the quick-fix keeps a value: SecretStorage under a free name (see Accounts.storeVariable). */
export interface VariableStore {
  storeVariable(name: string, value: string): Promise<string>;
}

export async function storeSecrets(accounts: VariableStore, log: vscode.LogOutputChannel, args: StoreSecretArgs[]): Promise<void> {
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
