import * as vscode from 'vscode';
import { Commands, COMMAND_CATEGORY } from '../../common/commands';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel(COMMAND_CATEGORY, { log: true });
  context.subscriptions.push(log, vscode.commands.registerCommand(Commands.signIn.id, () => log.info('sign in')));
  log.info('KeyWarden activated');
}

export function deactivate(): void {}
