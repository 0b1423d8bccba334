/**
 * Accounts: what KeyWarden keeps in SecretStorage and exports to terminals. Each platform is a
 * provider (../providers); the linter's quick-fix stores plain variables through
 * `storeVariable`. This module owns the account commands and the status bar item.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../common/commands';
import { heldDigest, type RotateKeyArgs } from '../../../common/protocol';
import { getSettings } from '../config';
import { createProviders } from '../providers';
import { PlatformError } from '../providers/http';
import type { AccountState, Provider, ProviderHost } from '../providers/types';
import { relaunchTerminals, TerminalEnvironment } from '../terminal/environment';
import { rotateKey } from '../linter/rotateKey';
import { manageVariables } from './manageVariables';
import { StoredVariables } from './variables';

export interface Accounts extends vscode.Disposable {
  /**
   * Stores `value` under the environment variable `name` and exports it to new terminals;
   * returns the name used. A name that holds a different value is never overwritten: the value
   * then goes under the first free numbered name (`NAME_2`).
   */
  storeVariable(name: string, value: string): Promise<string>;
  /** Names currently exported to terminals. */
  exportedNames(): string[];
  /** Each exported variable's name with `heldDigest(salt, value)`, for the language server. */
  heldDigests(salt: string): Record<string, string>;
  /** Fires when the exported variables change. */
  readonly onDidChangeExported: vscode.Event<void>;
  /** Exported variables whose values are URLs (platform addresses of signed-in accounts), for key verification. */
  exportedUrls(names: readonly string[]): string[];
}

export function activateAccounts(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Accounts {
  const terminals = new TerminalEnvironment(context);
  const variables = new StoredVariables(context.secrets);
  const status = vscode.window.createStatusBarItem('keywarden.account', vscode.StatusBarAlignment.Left, 50);
  status.name = 'KeyWarden account';
  status.command = Commands.signIn.id;

  const host: ProviderHost = {
    secrets: context.secrets,
    workspaceState: context.workspaceState,
    log,
    storageDir: context.globalStorageUri.fsPath,
    settings: () => getSettings(log),
    announce: async (message) => {
      await refresh();
      const open = vscode.window.terminals.length > 0;
      // Not awaited: a flow that announces (e.g. before replacing a key in code) must go on.
      void vscode.window.showInformationMessage(message, ...(open ? ['Relaunch terminals'] : [])).then((choice) => {
        if (choice) void relaunchTerminals();
      });
    },
  };
  const providers = createProviders(host);
  /** What terminals get now (kept to tell the language server which names are taken). */
  let exported = new Map<string, string>();
  const exportedChanged = new vscode.EventEmitter<void>();

  let expiryTimer: NodeJS.Timeout | undefined;
  async function refresh(): Promise<void> {
    const vars = new Map<string, string>();
    // Quick-fix variables first; a signed-in platform's own variables win over them.
    for (const [k, v] of await variables.all()) vars.set(k, v);
    const states: AccountState[] = [];
    for (const p of providers) {
      for (const [k, v] of Object.entries(await p.environment())) vars.set(k, v);
      const s = await p.state();
      if (s) states.push(s);
    }
    terminals.set(vars);
    exported = vars;
    exportedChanged.fire();
    // Folders that talk to another host get their own values in their terminals.
    const byFolder = new Map<string, Map<string, string>>();
    for (const p of providers) {
      for (const [folder, env] of (await p.folderEnvironments?.()) ?? []) {
        const m = byFolder.get(folder) ?? new Map<string, string>();
        for (const [k, v] of Object.entries(env)) m.set(k, v);
        byFolder.set(folder, m);
      }
    }
    for (const folder of new Set([...terminals.scopedFolders, ...byFolder.keys()])) terminals.setForFolder(folder, byFolder.get(folder) ?? new Map());
    const now = Date.now();
    const expired = (st: AccountState) => st.expiresAt !== undefined && st.expiresAt <= now;
    status.text = states.length ? `$(key) ${states.map((st) => (expired(st) ? `${st.label} (expired)` : st.label)).join(', ')}` : '$(key) KeyWarden: sign in';
    status.tooltip = states.length
      ? `KeyWarden\n${states.map((st) => `${st.label}: ${st.detail}`).join('\n')}\nTerminals get: ${[...vars.keys()].join(', ')}\nClick to sign in to another platform or create a key.`
      : 'KeyWarden: not signed in. Click to sign in or create a key.';
    // Drawn again when the next credential expires, so neither text nor tooltip outlives it.
    clearTimeout(expiryTimer);
    const next = Math.min(...states.map((st) => st.expiresAt ?? Infinity).filter((t) => t > now));
    if (Number.isFinite(next)) expiryTimer = setTimeout(() => void refreshSafely(), Math.min(next - now + 250, 2 ** 31 - 1));
    status.show();
    log.info(`Terminal environment: ${vars.size ? [...vars.keys()].join(', ') : 'no variables'}`);
  }
  const refreshSafely = () => refresh().catch((err) => log.error('Reading secret storage failed', err));
  void refreshSafely();

  /** Runs a flow; PlatformErrors become one clear message with "Try again", nothing is stored. */
  const guarded = (what: string, flow: () => Promise<unknown>, storing = true) => async () => {
    try {
      await flow();
    } catch (err) {
      const known = err instanceof PlatformError;
      // A known failure is its message; anything else is logged with its stack.
      if (known) log.error(`${what} failed: ${err.message}`);
      else log.error(`${what} failed:`, err);
      const reason = known ? err.message : (err as Error).message;
      const stored = storing ? ' Nothing was stored.' : '';
      const choice = await vscode.window.showErrorMessage(`KeyWarden: ${what} failed. ${reason.charAt(0).toUpperCase()}${reason.slice(1)}${stored}`, 'Try again', 'Show log');
      if (choice === 'Try again') await guarded(what, flow, storing)();
      else if (choice === 'Show log') log.show();
    } finally {
      await refreshSafely();
    }
  };

  async function pickProvider(placeHolder: string, candidates: Provider[]): Promise<Provider | undefined> {
    if (candidates.length <= 1) return candidates[0];
    const items = await Promise.all(candidates.map(async (p) => ({ label: p.label, description: (await p.state())?.detail, p })));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.p;
  }

  /** What can be done with a signed-in account: offered by its "Signed in" row. */
  async function accountActions(p: Provider, detail: string): Promise<void> {
    const actions: (vscode.QuickPickItem & { run: () => Promise<unknown> })[] = [
      ...(p.manageKeys ? [{ label: '$(key) Manage keys', detail: 'List, create or deactivate this account\'s keys', run: () => p.manageKeys!() }] : []),
      { label: '$(terminal) Relaunch terminals', detail: 'Open terminals get the current variables', run: () => relaunchTerminals() },
      { label: '$(sign-out) Sign out', detail: 'Remove the credential from secret storage and from new terminals', run: () => signOutOf(p) },
    ];
    const picked = await vscode.window.showQuickPick(actions, { title: `${p.label}: ${detail}`, placeHolder: 'What to do with this account' });
    if (picked) await guarded(picked.label.replace(/^\$\([\w-]+\) /, ''), picked.run, false)();
  }

  async function signIn(): Promise<void> {
    const items: (vscode.QuickPickItem & { run?: () => Promise<unknown>; what?: string })[] = [];
    for (const p of providers) {
      const s = await p.state();
      items.push({ label: p.label, kind: vscode.QuickPickItemKind.Separator });
      if (s) items.push({ label: `$(pass-filled) Signed in: ${s.detail}`, description: 'in use', alwaysShow: true, run: () => accountActions(p, s.detail) });
      for (const a of p.signInActions()) items.push({ label: a.label, detail: a.detail, run: () => a.run(), what: `"${a.label.replace(/^\$\([\w-]+\) /, '')}"` });
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: 'KeyWarden: Sign in / Create key (credentials go to secret storage and terminals)',
      placeHolder: 'Pick a platform and a way to sign in',
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    if (!picked?.run) return;
    // The flow itself is guarded, so "Try again" reopens this flow, not this list.
    if (picked.what) await guarded(picked.what, picked.run)();
    else await picked.run();
  }

  /** The variables signed-in platforms export, each with its platform's label. */
  async function platformNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const p of providers) for (const name of Object.keys(await p.environment())) names.set(name, p.label);
    return names;
  }

  /** The providers among `candidates` that someone is signed in to. */
  async function signedInOf(candidates: Provider[]): Promise<Provider[]> {
    const states = await Promise.all(candidates.map((p) => p.state()));
    return candidates.filter((_p, i) => states[i] !== undefined);
  }

  async function manageKeys(): Promise<void> {
    const manageable = providers.filter((p) => p.manageKeys);
    const signedIn = await signedInOf(manageable);
    const p = await pickProvider('Manage the keys of which platform?', signedIn.length ? signedIn : manageable);
    await p?.manageKeys?.();
  }

  async function signOut(): Promise<void> {
    const signedIn = await signedInOf(providers);
    if (signedIn.length === 0) {
      void vscode.window.showInformationMessage('KeyWarden: you are not signed in to any platform.');
      return;
    }
    const p = await pickProvider('Sign out of which platform?', signedIn);
    if (p) await signOutOf(p);
  }

  async function signOutOf(p: Provider): Promise<void> {
    await p.signOut();
    await refresh();
    if (vscode.window.terminals.length) {
      const choice = await vscode.window.showInformationMessage(`Signed out of ${p.label}. Open terminals still have the old variables until relaunched.`, 'Relaunch terminals');
      if (choice) await relaunchTerminals();
    }
  }

  // Another window signed in or stored a secret: keep this window's terminals in step.
  const watcher = context.secrets.onDidChange((e) => {
    if (StoredVariables.concerns(e.key) || providers.some((p) => p.owns(e.key))) void refreshSafely();
  });

  const disposables: vscode.Disposable[] = [
    status,
    watcher,
    { dispose: () => clearTimeout(expiryTimer) },
    ...providers.flatMap((p) => (p.authentication ? [vscode.authentication.registerAuthenticationProvider(p.authentication.id, p.authentication.label, p.authentication.provider)] : [])),
    ...providers.flatMap((p) => (p.dispose ? [{ dispose: () => p.dispose!() }] : [])),
    vscode.commands.registerCommand(Commands.signIn.id, guarded('Sign in', signIn, false)),
    vscode.commands.registerCommand(Commands.manageKeys.id, guarded('Managing keys', manageKeys, false)),
    vscode.commands.registerCommand(Commands.signOut.id, guarded('Signing out', signOut, false)),
    vscode.commands.registerCommand(
      Commands.manageVariables.id,
      guarded('Managing stored variables', () => manageVariables({ variables, platformNames, changed: refresh, log }), false),
    ),
    vscode.commands.registerCommand(Commands.relaunchTerminals.id, () => relaunchTerminals()),
    vscode.commands.registerCommand(Commands.rotateKey.id, (args: RotateKeyArgs) => guarded('Replacing the key', () => rotateKey(providers, args, log))()),
  ];

  return {
    async storeVariable(name, value) {
      const used = await variables.freeName(name, value);
      await variables.store(used, value);
      await refresh();
      return used;
    },
    exportedNames: () => terminals.names(),
    heldDigests: (salt) => Object.fromEntries([...exported].map(([k, v]) => [k, heldDigest(salt, v)])),
    onDidChangeExported: exportedChanged.event,
    exportedUrls: (names) => names.map((n) => exported.get(n)).filter((v): v is string => !!v && /^https?:\/\//.test(v)),
    dispose: () => {
      disposables.forEach((d) => d.dispose());
      exportedChanged.dispose();
    },
  };
}
