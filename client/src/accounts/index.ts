/**
 * Accounts: what KeyWarden keeps in SecretStorage and exports to terminals. Each platform is a
 * provider (../providers); the linter's quick-fix stores plain variables through
 * `storeVariable`. This module owns the account commands (registered by ../extension.ts) and the
 * status bar item. Terminals, the status bar and the language server's list of held variables
 * are refreshed from one trigger: SecretStorage.onDidChange (this window's changes and other
 * windows'), never by the flows that store.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../common/commands';
import { heldDigest, type RotateKeyArgs } from '../../../common/protocol';
import { rotateKey } from '../languageClient/rotateKey';
import { getSettings } from '../config';
import { createProviders } from '../providers';
import { PlatformError } from '../../../common/api/http';
import type { AccountState, Provider, ProviderHost } from '../providers/types';
import { relaunchTerminals, TerminalEnvironment } from '../terminal/environment';
import { Coalesced } from './coalesce';
import { manageVariables } from './manageVariables';
import { StoredVariables } from './variables';

type Action = vscode.QuickPickItem & { run?: () => Promise<unknown>; what?: string };

const withoutIcon = (label: string) => label.replace(/^\$\([\w-]+\) /, '');

export class Accounts implements vscode.Disposable {
  private readonly terminals: TerminalEnvironment;
  private readonly variables: StoredVariables;
  private readonly status: vscode.StatusBarItem;
  private readonly providers: Provider[];
  /** What terminals get now (kept to tell the language server which names are taken). */
  private exported = new Map<string, string>();
  private readonly exportedChanged = new vscode.EventEmitter<void>();
  /** Fires when the exported variables change. */
  readonly onDidChangeExported = this.exportedChanged.event;
  private expiryTimer: NodeJS.Timeout | undefined;
  private readonly refresher: Coalesced;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.terminals = new TerminalEnvironment(context);
    this.variables = new StoredVariables(context.secrets);
    this.status = vscode.window.createStatusBarItem('keywarden.account', vscode.StatusBarAlignment.Left, 50);
    this.status.name = 'KeyWarden account';
    this.status.command = Commands.signIn.id;
    this.providers = createProviders(this.providerHost(context));
    this.refresher = new Coalesced(
      () => this.refresh(),
      (err) => log.error('Reading secret storage failed', err),
    );
    this.disposables.push(
      this.status,
      this.exportedChanged,
      { dispose: () => clearTimeout(this.expiryTimer) },
      // The one refresh trigger: a sign-in, a stored variable, a sign-out, here or in another window.
      context.secrets.onDidChange((e) => {
        if (StoredVariables.concerns(e.key) || this.providers.some((p) => p.owns(e.key))) void this.refresher.request();
      }),
      ...this.providers.flatMap((p) =>
        p.authentication
          ? [vscode.authentication.registerAuthenticationProvider(p.authentication.id, p.authentication.label, p.authentication.provider)]
          : [],
      ),
      ...this.providers.flatMap((p) => (p.dispose ? [{ dispose: () => p.dispose!() }] : [])),
    );
    void this.refresher.request();
  }

  private providerHost(context: vscode.ExtensionContext): ProviderHost {
    return {
      secrets: context.secrets,
      workspaceState: context.workspaceState,
      log: this.log,
      storageDir: context.globalStorageUri.fsPath,
      settings: () => getSettings(this.log),
      announce: async (message) => {
        // The message says what new terminals get: they have it before it shows.
        await this.applied();
        const open = vscode.window.terminals.length > 0;
        // Not awaited: a flow that announces (e.g. before replacing a key in code) must go on.
        void vscode.window.showInformationMessage(message, ...(open ? ['Relaunch terminals'] : [])).then((choice) => {
          if (choice) void relaunchTerminals();
        });
      },
    };
  }

  // ---- What the linter's side uses ----------------------------------------------------------

  /**
   * Stores `value` under the environment variable `name` and exports it to new terminals;
   * returns the name used. A name that holds a different value is never overwritten: the value
   * then goes under the first free numbered name (`NAME_2`).
   */
  async storeVariable(name: string, value: string): Promise<string> {
    const used = await this.variables.freeName(name, value);
    await this.variables.store(used, value);
    // The caller tells the user the value is stored and new terminals get it: they must have it.
    await this.applied();
    return used;
  }

  /**
   * Resolves once a refresh that started after this call has finished, so new terminals and the
   * language server have every change made before it. The refresh itself is still triggered only
   * by SecretStorage.onDidChange; this only waits for it (and runs it, folded into the same run,
   * if the change event has not arrived yet).
   */
  private applied(): Promise<void> {
    return this.refresher.request();
  }

  /** Each exported variable's name with `heldDigest(salt, value)`, for the language server. */
  heldDigests(salt: string): Record<string, string> {
    return Object.fromEntries([...this.exported].map(([k, v]) => [k, heldDigest(salt, v)]));
  }

  /** Exported variables whose values are URLs (platform addresses of signed-in accounts), for key verification. */
  exportedUrls(names: readonly string[]): string[] {
    return names.map((n) => this.exported.get(n)).filter((v): v is string => !!v && /^https?:\/\//.test(v));
  }

  // ---- Commands -----------------------------------------------------------------------------

  /** "Sign in / Create key": every provider's ways in, and a row per signed-in account. */
  signIn(): Promise<void> {
    return this.guarded('Sign in', () => this.pickSignIn(), false);
  }

  manageKeys(): Promise<void> {
    return this.guarded('Managing keys', () => this.pickManageKeys(), false);
  }

  signOut(): Promise<void> {
    return this.guarded('Signing out', () => this.pickSignOut(), false);
  }

  manageVariables(): Promise<void> {
    const host = { variables: this.variables, platformNames: () => this.platformNames(), log: this.log };
    return this.guarded('Managing stored variables', () => manageVariables(host), false);
  }

  relaunchTerminals(): Promise<void> {
    return relaunchTerminals();
  }

  rotateKey(args: RotateKeyArgs): Promise<void> {
    return this.guarded('Replacing the key', () => rotateKey(this.providers, args, this.log));
  }

  // ---- Refresh ------------------------------------------------------------------------------

  /** Reads every provider and the stored variables; sets terminals, the status bar and `exported`. */
  private async refresh(): Promise<void> {
    const vars = new Map<string, string>();
    // Quick-fix variables first; a signed-in platform's own variables win over them.
    for (const [k, v] of await this.variables.all()) vars.set(k, v);
    const states: AccountState[] = [];
    for (const p of this.providers) {
      for (const [k, v] of Object.entries(await p.environment())) vars.set(k, v);
      const s = await p.state();
      if (s) states.push(s);
    }
    this.terminals.set(vars);
    this.exported = vars;
    this.exportedChanged.fire();
    await this.refreshFolders();
    this.drawStatus(states, vars);
    this.log.info(`Terminal environment: ${vars.size ? [...vars.keys()].join(', ') : 'no variables'}`);
  }

  /** Folders that talk to another host get their own values in their terminals. */
  private async refreshFolders(): Promise<void> {
    const byFolder = new Map<string, Map<string, string>>();
    for (const p of this.providers) {
      for (const [folder, env] of (await p.folderEnvironments?.()) ?? []) {
        const m = byFolder.get(folder) ?? new Map<string, string>();
        for (const [k, v] of Object.entries(env)) m.set(k, v);
        byFolder.set(folder, m);
      }
    }
    for (const folder of new Set([...this.terminals.scopedFolders, ...byFolder.keys()]))
      this.terminals.setForFolder(folder, byFolder.get(folder) ?? new Map());
  }

  private drawStatus(states: AccountState[], vars: Map<string, string>): void {
    const now = Date.now();
    const expired = (st: AccountState) => st.expiresAt !== undefined && st.expiresAt <= now;
    this.status.text = states.length
      ? `$(key) ${states.map((st) => (expired(st) ? `${st.label} (expired)` : st.label)).join(', ')}`
      : '$(key) KeyWarden: sign in';
    this.status.tooltip = states.length
      ? `KeyWarden\n${states.map((st) => `${st.label}: ${st.detail}`).join('\n')}\nTerminals get: ${[...vars.keys()].join(', ')}\nClick to sign in to another platform or create a key.`
      : 'KeyWarden: not signed in. Click to sign in or create a key.';
    // Drawn again when the next credential expires, so neither text nor tooltip outlives it.
    clearTimeout(this.expiryTimer);
    const next = Math.min(...states.map((st) => st.expiresAt ?? Infinity).filter((t) => t > now));
    if (Number.isFinite(next)) this.expiryTimer = setTimeout(() => void this.refresher.request(), Math.min(next - now + 250, 2 ** 31 - 1));
    this.status.show();
  }

  // ---- Flows --------------------------------------------------------------------------------

  /** Runs a flow; PlatformErrors become one clear message with "Try again", nothing is stored. */
  private async guarded(what: string, flow: () => Promise<unknown>, storing = true): Promise<void> {
    try {
      await flow();
    } catch (err) {
      const known = err instanceof PlatformError;
      // A known failure is its message; anything else is logged with its stack.
      if (known) this.log.error(`${what} failed: ${err.message}`);
      else this.log.error(`${what} failed:`, err);
      const reason = known ? err.message : (err as Error).message;
      const stored = storing ? ' Nothing was stored.' : '';
      const choice = await vscode.window.showErrorMessage(
        `KeyWarden: ${what} failed. ${reason.charAt(0).toUpperCase()}${reason.slice(1)}${stored}`,
        'Try again',
        'Show log',
      );
      if (choice === 'Try again') await this.guarded(what, flow, storing);
      else if (choice === 'Show log') this.log.show();
    }
  }

  private async pickSignIn(): Promise<void> {
    const items: Action[] = [];
    for (const p of this.providers) {
      const s = await p.state();
      items.push({ label: p.label, kind: vscode.QuickPickItemKind.Separator });
      if (s)
        items.push({
          label: `$(pass-filled) Signed in: ${s.detail}`,
          description: 'in use',
          alwaysShow: true,
          run: () => this.accountActions(p, s.detail),
        });
      for (const a of p.signInActions())
        items.push({ label: a.label, detail: a.detail, run: () => a.run(), what: `"${withoutIcon(a.label)}"` });
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: 'KeyWarden: Sign in / Create key (credentials go to secret storage and terminals)',
      placeHolder: 'Pick a platform and a way to sign in',
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    if (!picked?.run) return;
    // The flow itself is guarded, so "Try again" reopens this flow, not this list.
    if (picked.what) await this.guarded(picked.what, picked.run);
    else await picked.run();
  }

  /** What can be done with a signed-in account: offered by its "Signed in" row. */
  private async accountActions(p: Provider, detail: string): Promise<void> {
    const actions: (vscode.QuickPickItem & { run: () => Promise<unknown> })[] = [
      ...(p.manageKeys
        ? [{ label: '$(key) Manage keys', detail: "List, create or deactivate this account's keys", run: () => p.manageKeys!() }]
        : []),
      { label: '$(terminal) Relaunch terminals', detail: 'Open terminals get the current variables', run: () => relaunchTerminals() },
      {
        label: '$(sign-out) Sign out',
        detail: 'Remove the credential from secret storage and from new terminals',
        run: () => this.signOutOf(p),
      },
    ];
    const picked = await vscode.window.showQuickPick(actions, {
      title: `${p.label}: ${detail}`,
      placeHolder: 'What to do with this account',
    });
    if (picked) await this.guarded(withoutIcon(picked.label), picked.run, false);
  }

  private async pickProvider(placeHolder: string, candidates: Provider[]): Promise<Provider | undefined> {
    if (candidates.length <= 1) return candidates[0];
    const items = await Promise.all(candidates.map(async (p) => ({ label: p.label, description: (await p.state())?.detail, p })));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.p;
  }

  /** The variables signed-in platforms export, each with its platform's label. */
  private async platformNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const p of this.providers) for (const name of Object.keys(await p.environment())) names.set(name, p.label);
    return names;
  }

  /** The providers among `candidates` that someone is signed in to. */
  private async signedInOf(candidates: Provider[]): Promise<Provider[]> {
    const states = await Promise.all(candidates.map((p) => p.state()));
    return candidates.filter((_p, i) => states[i] !== undefined);
  }

  private async pickManageKeys(): Promise<void> {
    const manageable = this.providers.filter((p) => p.manageKeys);
    const signedIn = await this.signedInOf(manageable);
    const p = await this.pickProvider('Manage the keys of which platform?', signedIn.length ? signedIn : manageable);
    await p?.manageKeys?.();
  }

  private async pickSignOut(): Promise<void> {
    const signedIn = await this.signedInOf(this.providers);
    if (signedIn.length === 0) {
      void vscode.window.showInformationMessage('KeyWarden: you are not signed in to any platform.');
      return;
    }
    const p = await this.pickProvider('Sign out of which platform?', signedIn);
    if (p) await this.signOutOf(p);
  }

  private async signOutOf(p: Provider): Promise<void> {
    await p.signOut();
    if (vscode.window.terminals.length) {
      const choice = await vscode.window.showInformationMessage(
        `Signed out of ${p.label}. Open terminals still have the old variables until relaunched.`,
        'Relaunch terminals',
      );
      if (choice) await relaunchTerminals();
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
