/**
 * "KeyWarden: Manage stored variables": the variables the linter's quick-fix stored, by name
 * with their values masked. Each can be copied, renamed, written to the workspace's .env or
 * deleted. Nothing here loses a value by accident: a rename never lands on a name that holds
 * another value, and deleting asks first (KeyWarden keeps no other copy).
 */
import * as vscode from 'vscode';
import { ENV_NAME, ENV_NAME_HINT } from '../../../common/protocol';
import { writeToDotEnv } from '../dotenv/write';
import { maskSecret } from '../../../common/mask';
import { relaunchTerminals } from '../terminal/environment';
import type { StoredVariables } from './variables';

export interface VariablesHost {
  readonly variables: StoredVariables;
  /** Names a signed-in platform exports, with the platform's label: in terminals they win over stored ones. */
  platformNames(): Promise<Map<string, string>>;
  readonly log: vscode.LogOutputChannel;
}

const TITLE = 'KeyWarden: Manage stored variables';

type Action = 'copy' | 'rename' | 'dotenv' | 'delete';

export async function manageVariables(host: VariablesHost): Promise<void> {
  const stored = await host.variables.all();
  if (stored.size === 0) {
    void vscode.window.showInformationMessage(
      'KeyWarden has no stored variables yet. The quick-fix "Replace with environment variable" stores the values it takes out of your code here.',
    );
    return;
  }
  const platforms = await host.platformNames();
  const picked = await vscode.window.showQuickPick(
    [...stored].map(([name, value]) => ({
      label: name,
      description: maskSecret(value),
      detail: platforms.has(name) ? `Terminals get ${platforms.get(name)}'s value under this name instead (you are signed in).` : undefined,
      name,
    })),
    { title: TITLE, placeHolder: 'Pick a variable; new terminals get all of them', matchOnDescription: false },
  );
  if (!picked) return;
  const actions: (vscode.QuickPickItem & { action: Action })[] = [
    { label: '$(copy) Copy the value', detail: 'To the clipboard, e.g. to paste into a CI secret.', action: 'copy' },
    { label: '$(edit) Rename…', detail: 'Keeps the value under a new name; code must then read the new name.', action: 'rename' },
    {
      label: '$(file) Write to .env',
      detail:
        'In the workspace folder, adding .env to .gitignore if it is not ignored yet; asks before replacing a value there, and never writes into a .env that git tracks.',
      action: 'dotenv',
    },
    { label: '$(trash) Delete', detail: 'Removes the value from KeyWarden; new terminals no longer get it.', action: 'delete' },
  ];
  const chosen = await vscode.window.showQuickPick(actions, {
    title: `${TITLE}: ${picked.name}`,
    placeHolder: `What to do with ${picked.name} (${picked.description})`,
  });
  if (!chosen) return;
  const value = stored.get(picked.name)!;
  switch (chosen.action) {
    case 'copy':
      await vscode.env.clipboard.writeText(value);
      void vscode.window.showInformationMessage(`Copied the value of ${picked.name} to the clipboard.`);
      return;
    case 'rename':
      return rename(host, picked.name, value, stored, platforms);
    case 'dotenv':
      return toDotEnv(host, picked.name, value);
    case 'delete':
      return remove(host, picked.name);
  }
}

async function rename(
  host: VariablesHost,
  from: string,
  value: string,
  stored: Map<string, string>,
  platforms: Map<string, string>,
): Promise<void> {
  const to = await vscode.window.showInputBox({
    title: `${TITLE}: rename ${from}`,
    prompt: `The new name for ${from}'s value. Code that reads ${from} must then read the new name.`,
    value: from,
    valueSelection: [0, from.length],
    ignoreFocusOut: true,
    validateInput: (v) => {
      const name = v.trim();
      if (!ENV_NAME.test(name)) return ENV_NAME_HINT;
      if (platforms.has(name)) return `${name} is set by your ${platforms.get(name)} sign-in; choose another name.`;
      const held = stored.get(name);
      if (held !== undefined && held !== value) return `${name} already holds another value; choose another name.`;
      return undefined;
    },
  });
  const name = to?.trim();
  if (!name || name === from) return;
  // The value under its new name first, then the old name goes: at no point is it stored nowhere.
  await host.variables.store(name, value);
  await host.variables.delete(from);
  host.log.info(`Renamed stored variable ${from} to ${name}`);
  void offerRelaunch(`Renamed ${from} to ${name}. Code that reads ${from} must now read ${name}.`);
}

async function toDotEnv(host: VariablesHost, name: string, value: string): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('KeyWarden: open a folder first; the .env file goes in the workspace folder.');
    return;
  }
  const folder =
    folders.length === 1
      ? folders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: `Write ${name} to the .env of which folder?` });
  if (!folder) return;
  await writeToDotEnv(folder.uri.fsPath, [{ envVar: name, value }], host.log);
}

async function remove(host: VariablesHost, name: string): Promise<void> {
  const ok = await vscode.window.showWarningMessage(
    `Delete ${name}?`,
    { modal: true, detail: `KeyWarden keeps no other copy of its value. Code that reads ${name} finds it unset in new terminals.` },
    'Delete',
  );
  if (ok !== 'Delete') return;
  await host.variables.delete(name);
  host.log.info(`Deleted stored variable ${name}`);
  void offerRelaunch(`Deleted ${name}.`);
}

async function offerRelaunch(message: string): Promise<void> {
  const open = vscode.window.terminals.length > 0;
  const choice = await vscode.window.showInformationMessage(
    `${message}${open ? ' Open terminals keep the old variables until relaunched.' : ''}`,
    ...(open ? ['Relaunch terminals'] : []),
  );
  if (choice) await relaunchTerminals();
}
