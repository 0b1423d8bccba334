/**
 * KeyWarden's extension entry: wiring only. Accounts (sign-in, SecretStorage, terminals) live in
 * ./accounts, the linter's client side in ./linter; command ids come from common/commands.ts.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { Commands, COMMAND_CATEGORY } from '../../common/commands';
import type { NamedVariableArgs, StoreSecretArgs } from '../../common/protocol';
import { activateAccounts } from './accounts';
import { LanguageServer } from './linter/languageServer';
import { replaceWithNamedVariable } from './linter/namedVariable';
import { scanWorkspace } from './linter/scanWorkspace';
import { storeSecrets } from './linter/storeSecret';
import { activateVerify } from './linter/verify';
import { getSettings } from './config';
import { setPlainHttpConsent } from './providers/http';
import { plainHttpConsent } from './ui/prompts';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel(COMMAND_CATEGORY, { log: true });
  context.subscriptions.push(log);
  getSettings(log); // reports invalid settings once, at start
  // Platform clients send credentials over plain http:// to another machine only after a yes.
  setPlainHttpConsent(plainHttpConsent(context.globalState, log));
  context.subscriptions.push({ dispose: () => setPlainHttpConsent(undefined) });

  const accounts = activateAccounts(context, log);
  const server = new LanguageServer(context, log);
  context.subscriptions.push(accounts, server);
  // The quick-fix must not reuse a variable name that already holds another value.
  const salt = randomBytes(16).toString('hex');
  const sendHeld = () => server.setHeldVariables({ salt, digests: accounts.heldDigests(salt) });
  sendHeld();
  context.subscriptions.push(accounts.onDidChangeExported(sendHeld));
  activateVerify(context, server, accounts);

  const report = (what: string) => (err: unknown) => {
    log.error(`${what} failed`, err);
    void vscode.window.showErrorMessage(`KeyWarden: ${what} failed: ${(err as Error).message ?? String(err)}`);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.storeSecret.id, (...args: StoreSecretArgs[]) =>
      storeSecrets(accounts, log, args.flat()).catch(report('Storing the secret')),
    ),
    vscode.commands.registerCommand(Commands.replaceWithNamedVariable.id, (args: NamedVariableArgs) =>
      replaceWithNamedVariable(server, accounts, log, args).catch(report('Replacing the secret')),
    ),
    vscode.commands.registerCommand(Commands.scanWorkspace.id, () => scanWorkspace(server, log).catch(report('Scanning the workspace'))),
    vscode.commands.registerCommand(Commands.showOutput.id, () => log.show()),
    vscode.commands.registerCommand(Commands.restartServer.id, () => server.restart().catch(report('Restarting the language server'))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('keywarden')) getSettings(log);
    }),
  );
  log.info(`KeyWarden activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Disposables registered on the context stop the language server and the status bar.
}
