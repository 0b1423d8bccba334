/**
 * KeyWarden's extension entry: wiring only. Accounts (sign-in, SecretStorage, terminals) live in
 * ./accounts, the linter's client side in ./linter; every command the client handles is in the
 * one table below, keyed by the names in common/commands.ts.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { Commands, COMMAND_CATEGORY, type ClientCommandName } from '../../common/commands';
import type { NamedVariableArgs, RotateKeyArgs, StoreSecretArgs } from '../../common/protocol';
import { Accounts } from './accounts';
import { LanguageServer } from './languageClient/languageServer';
import { replaceWithNamedVariable } from './languageClient/namedVariable';
import { scanWorkspace } from './languageClient/scanWorkspace';
import { storeSecrets } from './languageClient/storeSecret';
import { activateVerify, openRevokePage } from './languageClient/verify';
import { getSettings } from './config';
import { setPlainHttpConsent } from '../../common/api/http';
import { plainHttpConsent } from './ui/prompts';

// Command arguments come from code actions and the palette: each handler checks its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (...args: any[]) => unknown;

/**
 * Every command the client handles (all but those the language server executes itself): a
 * command of common/commands.ts without a handler here, or a handler without a command, does
 * not compile.
 */
function commandTable(accounts: Accounts, server: LanguageServer, log: vscode.LogOutputChannel) {
  const report = (what: string) => (err: unknown) => {
    log.error(`${what} failed`, err);
    void vscode.window.showErrorMessage(`KeyWarden: ${what} failed: ${(err as Error).message ?? String(err)}`);
  };
  return {
    signIn: () => accounts.signIn(),
    manageKeys: () => accounts.manageKeys(),
    signOut: () => accounts.signOut(),
    manageVariables: () => accounts.manageVariables(),
    relaunchTerminals: () => accounts.relaunchTerminals(),
    rotateKey: (args: RotateKeyArgs) => accounts.rotateKey(args),
    scanWorkspace: () => scanWorkspace(server, log).catch(report('Scanning the workspace')),
    showOutput: () => log.show(),
    restartServer: () => server.restart().catch(report('Restarting the language server')),
    storeSecret: (...args: StoreSecretArgs[]) => storeSecrets(accounts, log, args.flat()).catch(report('Storing the secret')),
    replaceWithNamedVariable: (args: NamedVariableArgs) =>
      replaceWithNamedVariable(server, accounts, log, args).catch(report('Replacing the secret')),
    openRevokePage: (url: unknown) => openRevokePage(url),
  } satisfies Record<ClientCommandName, Handler>;
}

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel(COMMAND_CATEGORY, { log: true });
  context.subscriptions.push(log);
  getSettings(log); // reports invalid settings once, at start
  // Platform clients send credentials over plain http:// to another machine only after a yes.
  setPlainHttpConsent(plainHttpConsent(context.globalState, log));
  context.subscriptions.push({ dispose: () => setPlainHttpConsent(undefined) });

  const accounts = new Accounts(context, log);
  const server = new LanguageServer(context, log);
  context.subscriptions.push(accounts, server);
  // The quick-fix must not reuse a variable name that already holds another value.
  const salt = randomBytes(16).toString('hex');
  const sendHeld = () => server.setHeldVariables({ salt, digests: accounts.heldDigests(salt) });
  sendHeld();
  context.subscriptions.push(accounts.onDidChangeExported(sendHeld));
  activateVerify(context, server, accounts);

  for (const [name, handler] of Object.entries(commandTable(accounts, server, log)) as [ClientCommandName, Handler][]) {
    context.subscriptions.push(vscode.commands.registerCommand(Commands[name].id, handler));
  }
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('keywarden')) getSettings(log);
    }),
  );
  log.info(`KeyWarden activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Disposables registered on the context stop the language server and the status bar.
}
