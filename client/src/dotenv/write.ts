/**
 * The prompts around ./file.ts. Used by the linter's quick-fix (client/src/languageClient) and by
 * Manage stored variables (client/src/accounts), so neither of those imports the other.
 */
import * as vscode from 'vscode';
import { maskSecret } from '../../../common/mask';
import { conflicts, DotEnvRefused, readDotEnv, TRACKED_REASON, writeDotEnv, type DotEnvEntry } from './file';

/**
 * "Write to .env", for the quick-fix and for Manage stored variables: asks before replacing a
 * value the file already sets, and says why when it writes nothing (git tracks the file).
 */
export async function writeToDotEnv(folder: string, entries: DotEnvEntry[], log: vscode.LogOutputChannel): Promise<void> {
  const still =
    entries.length === 1
      ? `${entries[0].envVar} is still in KeyWarden's secret storage.`
      : "The values are still in KeyWarden's secret storage.";
  try {
    const state = await readDotEnv(folder);
    if (state.tracked) throw new DotEnvRefused(TRACKED_REASON);
    const replace = new Set<string>();
    for (const name of conflicts(state, entries)) {
      const mine = entries.find((e) => e.envVar === name)!.value;
      const choice = await vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(state.file)} already sets ${name} to another value. Replace it?`,
        {
          modal: true,
          detail: `In .env: ${maskSecret(state.values[name])}\nIn KeyWarden: ${maskSecret(mine)}\nReplacing loses the value in .env unless you keep it elsewhere.`,
        },
        'Replace',
        "Keep .env's value",
      );
      if (choice === 'Replace') replace.add(name);
    }
    const r = await writeDotEnv(folder, entries, replace);
    const where = vscode.workspace.asRelativePath(r.file);
    const said = [
      r.written.length
        ? `Wrote ${r.written.join(', ')} to ${where}${r.ignoreAdded ? ' and added .env to .gitignore' : ' (git-ignored)'}.`
        : '',
      r.unchanged.length ? `${where} already had ${r.unchanged.join(', ')} with the same value.` : '',
      r.kept.length ? `Kept ${where}'s own value of ${r.kept.join(', ')}.` : '',
    ].filter(Boolean);
    log.info(
      `.env: wrote ${r.written.join(', ') || 'nothing'}${r.kept.length ? `, kept ${r.kept.join(', ')}` : ''} in ${r.file}${r.ignoreAdded ? '; added .env to .gitignore' : ''}`,
    );
    void vscode.window.showInformationMessage(said.join(' '));
  } catch (err) {
    if (err instanceof DotEnvRefused) {
      log.warn(`Did not write to .env: ${err.message}`);
      void vscode.window.showWarningMessage(
        `KeyWarden did not write to .env: ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} ${still}`,
      );
      return;
    }
    log.error('Writing .env failed', err);
    void vscode.window.showErrorMessage(`KeyWarden could not write .env: ${(err as Error).message}. ${still}`);
  }
}
