/**
 * Accounts: what KeyWarden keeps in SecretStorage and exports to terminals. Platform sign-in
 * flows plug in here; the linter's quick-fix stores plain variables through `storeVariable`.
 */
import * as vscode from 'vscode';
import { TerminalEnvironment } from '../terminal/environment';
import { StoredVariables } from './variables';

export interface Accounts extends vscode.Disposable {
  /** Stores `value` under the environment variable `name` and exports it to new terminals. */
  storeVariable(name: string, value: string): Promise<void>;
  /** Names currently exported to terminals. */
  exportedNames(): string[];
}

export function activateAccounts(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Accounts {
  const terminals = new TerminalEnvironment(context);
  const variables = new StoredVariables(context.secrets);

  const refresh = async () => {
    const vars = await variables.all();
    terminals.set(vars);
    log.info(`Terminal environment: ${vars.size ? [...vars.keys()].join(', ') : 'no variables'}`);
  };
  const refreshSafely = () => refresh().catch((err) => log.error('Reading secret storage failed', err));
  void refreshSafely();

  // Another window stored or removed a secret: keep this window's terminals in step.
  const watcher = context.secrets.onDidChange((e) => {
    if (StoredVariables.concerns(e.key)) void refreshSafely();
  });

  return {
    async storeVariable(name, value) {
      await variables.store(name, value);
      await refresh();
    },
    exportedNames: () => terminals.names(),
    dispose: () => watcher.dispose(),
  };
}
