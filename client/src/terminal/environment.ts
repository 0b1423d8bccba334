/**
 * Terminal environment: every stored credential becomes an environment variable of new
 * integrated terminals. The collection is NOT persistent: a persistent collection is written
 * to workspace storage on disk as plain JSON, which would leak every key.
 */
import * as vscode from 'vscode';

export class TerminalEnvironment {
  private readonly collection: vscode.GlobalEnvironmentVariableCollection;

  constructor(context: vscode.ExtensionContext) {
    this.collection = context.environmentVariableCollection;
    // Must be set before the first replace(), or VS Code persists the values.
    this.collection.persistent = false;
    this.collection.description = new vscode.MarkdownString('KeyWarden: credentials from secret storage');
  }

  /** Replaces the whole exported set with `vars` (names to values). */
  set(vars: ReadonlyMap<string, string>): void {
    const current = new Set<string>();
    this.collection.forEach((name) => current.add(name));
    for (const name of current) if (!vars.has(name)) this.collection.delete(name);
    for (const [name, value] of vars) {
      if (this.collection.get(name)?.value !== value) this.collection.replace(name, value);
    }
  }

  /** Variables only for terminals of `folderUri` (URI string); an empty map clears them. */
  setForFolder(folderUri: string, vars: ReadonlyMap<string, string>): void {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === folderUri);
    if (!folder) return;
    const scoped = this.collection.getScoped({ workspaceFolder: folder });
    scoped.clear();
    for (const [name, value] of vars) scoped.replace(name, value);
    if (vars.size) this.scopedFolders.add(folderUri);
    else this.scopedFolders.delete(folderUri);
  }

  /** Folders that currently have variables of their own. */
  readonly scopedFolders = new Set<string>();
}

/** Restarts every open terminal so it picks up the current variables (VS Code's own relaunch). */
export async function relaunchTerminals(): Promise<void> {
  for (const terminal of [...vscode.window.terminals]) {
    terminal.show(true);
    await vscode.commands.executeCommand('workbench.action.terminal.relaunch');
  }
}
