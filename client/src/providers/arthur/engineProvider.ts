/**
 * Arthur Engine API keys: create one with a one-time admin key (the server shows it once, so it
 * is stored at once), or paste an existing one (checked before it is stored); list and
 * deactivate keys; export ARTHUR_API_KEY and ARTHUR_BASE_URL to terminals.
 */
import * as os from 'os';
import * as vscode from 'vscode';
import { askSecret, askText, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { mask, PlatformError } from '../../../../common/api/http';
import { hasStrings, parseRecord } from '../storedAccount';
import type { AccountState, Provider, ProviderHost, SignInAction } from '../types';
import { ENGINE_ROLES, EngineClient, engineKeyId, explainSessionRefusal } from '../../../../common/api/arthurEngine';
import { arthurKeyOwner, shadowedNote, takeoverNote } from './sharedKey';

const SECRET_KEY = 'keywarden.arthur.engine';
/** Workspace folders (URIs) that have a key of their own, under `${SECRET_KEY}@<folder>`. */
const FOLDER_INDEX = `${SECRET_KEY}@folders`;

const envOf = (a: { key: string; baseUrl: string }) => ({ ARTHUR_API_KEY: a.key, ARTHUR_BASE_URL: a.baseUrl });
const folderName = (uri: string) => vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === uri)?.name ?? uri;
const LAST_URL = 'keywarden.arthur.engine.lastUrl';
const TITLE_CREATE = 'Arthur Engine: create a key';
const TITLE_PASTE = 'Arthur Engine: use an existing key';
/** AE dependencies.py:237-245: each Engine instance caches a key for up to 10 s. */
const LINGER = 'The Engine may still accept it for up to 10 seconds.';

interface EngineAccount {
  readonly baseUrl: string;
  readonly key: string;
  readonly keyId?: string;
  readonly description?: string;
  readonly storedAt: string;
}

const isEngineAccount = (v: unknown): v is EngineAccount => hasStrings(v, 'key', 'baseUrl');

export class ArthurEngineProvider implements Provider {
  readonly id = 'arthur-engine';
  readonly label = 'Arthur Engine';
  readonly platform = 'arthur' as const;
  newKey = (): Promise<boolean> => this.createKey();

  constructor(
    private readonly host: ProviderHost,
    /** The Arthur Platform session, which the Engine accepts for key management. */
    private readonly session?: { accessToken(): Promise<string | undefined>; state(): Promise<AccountState | undefined> },
  ) {}

  /**
   * The platform session's token when signed in and the user picks it, else a one-time admin
   * key. `session` says which, so a refusal of the session can be explained (see common/api/arthurEngine.ts).
   * `title` is the step's; the admin key asked after the choice is titled `adminTitle`, so one
   * step never shows its number on two prompts.
   */
  private async managementCredential(
    title: string,
    allowPick: boolean,
    adminTitle = title,
  ): Promise<{ credential: string; session: boolean } | undefined> {
    const session = await this.session?.state();
    const picking = session !== undefined && allowPick;
    if (picking) {
      const pick = await vscode.window.showQuickPick(
        [
          {
            label: '$(account) Use my Arthur Platform session',
            detail: `${session.detail}. Works only on an Engine set up to trust the platform's logins.`,
            id: 'platform',
          },
          {
            label: '$(key) Use a one-time admin key',
            detail: "The Engine's GENAI_ENGINE_ADMIN_KEY; used for this request only, never stored.",
            id: 'admin',
          },
        ],
        { title, placeHolder: 'How should KeyWarden authenticate to the Engine for this?', ignoreFocusOut: true },
      );
      if (!pick) return undefined;
      if (pick.id === 'platform') {
        const token = await this.session!.accessToken();
        if (!token)
          throw new PlatformError('The Arthur Platform session has expired: sign in again, or use the admin key.', 'unauthorized');
        return { credential: token, session: true };
      }
    }
    const admin = await askSecret(
      picking ? adminTitle : title,
      "The Engine's admin key (GENAI_ENGINE_ADMIN_KEY). Used for this request only, never stored.",
      'admin key',
    );
    return admin ? { credential: admin, session: false } : undefined;
  }

  owns(secretKey: string): boolean {
    return secretKey === SECRET_KEY || secretKey.startsWith(`${SECRET_KEY}@`);
  }

  /** Arthur Scope, which also exports ARTHUR_API_KEY (see ./sharedKey.ts); set by ../index.ts. */
  private scope?: { storedAt(): Promise<string | undefined> };
  sharesKeyWith(scope: { storedAt(): Promise<string | undefined> }): void {
    this.scope = scope;
  }

  /** When the key for all folders was stored (undefined: none). */
  async storedAt(): Promise<string | undefined> {
    return (await this.account())?.storedAt;
  }

  private async ownsSharedKey(a: EngineAccount): Promise<boolean> {
    return arthurKeyOwner(a.storedAt, await this.scope?.storedAt()) === 'engine';
  }

  /** What an announcement adds when Arthur Scope was signed in too (for a key for all folders). */
  private async takeover(folder: string | undefined): Promise<string> {
    return folder ? '' : takeoverNote('engine', (await this.scope?.storedAt()) !== undefined);
  }

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(add) Arthur Engine: create a key',
        detail: 'With a one-time admin key; the new key is stored at once (the Engine shows it only once).',
        run: () => this.createKey(),
      },
      {
        label: '$(key) Arthur Engine: use an existing key',
        detail: 'Paste a key; KeyWarden checks it with the Engine before storing it.',
        run: () => this.useExistingKey(),
      },
    ];
  }

  async account(): Promise<EngineAccount | undefined> {
    const raw = await this.host.secrets.get(SECRET_KEY);
    const a = parseRecord(raw, isEngineAccount);
    if (raw && !a) this.host.log.warn('The stored Arthur Engine account could not be read; sign in again.');
    return a;
  }

  /** Keys used only in one workspace folder (folders that talk to a different Engine). */
  async folderAccounts(): Promise<Map<string, EngineAccount>> {
    const out = new Map<string, EngineAccount>();
    for (const folder of await this.folderIndex()) {
      const raw = await this.host.secrets.get(`${SECRET_KEY}@${folder}`);
      const a = parseRecord(raw, isEngineAccount);
      if (a) out.set(folder, a);
      else if (raw) this.host.log.warn(`The stored Arthur Engine key for ${folder} could not be read; sign in again.`);
    }
    return out;
  }

  private async folderIndex(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse((await this.host.secrets.get(FOLDER_INDEX)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : [];
    } catch {
      return [];
    }
  }

  async state(): Promise<AccountState | undefined> {
    const a = await this.account();
    const folders = await this.folderAccounts();
    if (!a && folders.size === 0) return undefined;
    const describe = (x: EngineAccount) => `key ${x.keyId ? `${x.keyId.slice(0, 8)}` : mask(x.key)} at ${x.baseUrl}`;
    const shadowed = a && !(await this.ownsSharedKey(a)) ? shadowedNote('engine') : '';
    const parts = [...(a ? [describe(a) + shadowed] : []), ...[...folders].map(([f, x]) => `${folderName(f)}: ${describe(x)}`)];
    return { label: this.label, detail: parts.join('; ') };
  }

  async environment(): Promise<Record<string, string>> {
    const a = await this.account();
    return a && (await this.ownsSharedKey(a)) ? envOf(a) : {};
  }

  async folderEnvironments(): Promise<Map<string, Record<string, string>>> {
    return new Map([...(await this.folderAccounts())].map(([f, a]) => [f, envOf(a)]));
  }

  /** With several workspace folders, which of them the new key is for (undefined: all). */
  private async pickFolder(): Promise<string | undefined | null> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length < 2) return undefined;
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: 'All folders',
          detail: 'Every terminal gets this key (unless a folder has its own).',
          folder: undefined as string | undefined,
        },
        ...folders.map((f) => ({
          label: `Only ${f.name}`,
          detail: `Terminals opened in ${f.name} get this key; use it when that folder talks to another Engine.`,
          folder: f.uri.toString(),
        })),
      ],
      {
        title: 'Arthur Engine: use the key in…',
        placeHolder: 'Which workspace folders should get this key in their terminals?',
        ignoreFocusOut: true,
      },
    );
    return picked ? picked.folder : null;
  }

  private defaultUrl(): string {
    return this.host.workspaceState.get<string>(LAST_URL) ?? this.host.settings()['arthur.engineUrl'];
  }

  private async store(account: EngineAccount, folder?: string): Promise<void> {
    if (folder) {
      const index = await this.folderIndex();
      await this.host.secrets.store(`${SECRET_KEY}@${folder}`, JSON.stringify(account));
      if (!index.includes(folder)) await this.host.secrets.store(FOLDER_INDEX, JSON.stringify([...index, folder]));
    } else {
      await this.host.secrets.store(SECRET_KEY, JSON.stringify(account));
    }
    await this.host.workspaceState.update(LAST_URL, account.baseUrl);
  }

  async createKey(): Promise<boolean> {
    const steps = new Steps(TITLE_CREATE, ['url', 'credential', 'description', 'roles']);
    const baseUrl = await askUrl(steps.of('url'), 'Base URL of the Arthur Engine that should issue the key', this.defaultUrl());
    if (!baseUrl) return false;
    const folder = await this.pickFolder();
    if (folder === null) return false;
    const manager = await this.managementCredential(steps.of('credential'), true, steps.aside('admin key'));
    if (!manager) return false;
    const description = await askText(
      steps.of('description'),
      'A description, so you can tell this key apart in "Manage keys"',
      `KeyWarden on ${os.hostname()}`,
    );
    if (description === undefined) return false;
    const roles = await pickRoles(steps.of('roles'));
    if (!roles) return false;

    const client = new EngineClient(baseUrl, manager.credential);
    const created = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Creating an Arthur Engine key at ${baseUrl}…` },
      () => explainSessionRefusal(manager.session, () => client.createKey(description, roles)),
    );
    // Shown once by the server: store before anything else can fail.
    await this.store({ baseUrl, key: created.secret, keyId: created.key.id, description, storedAt: new Date().toISOString() }, folder);
    this.host.log.info(
      `Created Arthur Engine key ${created.key.id} (${mask(created.secret)}) at ${baseUrl} with roles ${created.key.roles.join(', ')}`,
    );
    const note = await this.takeover(folder);
    await this.host.announce(
      `Created Arthur Engine key ${created.key.id.slice(0, 8)} and stored it in secret storage. New terminals get ARTHUR_API_KEY and ARTHUR_BASE_URL.${note}`,
    );
    return true;
  }

  async useExistingKey(): Promise<boolean> {
    const steps = new Steps(TITLE_PASTE, ['url', 'key']);
    const baseUrl = await askUrl(steps.of('url'), 'Base URL of the Arthur Engine this key belongs to', this.defaultUrl());
    if (!baseUrl) return false;
    const folder = await this.pickFolder();
    if (folder === null) return false;
    const key = await askSecret(
      steps.of('key'),
      'Paste the Arthur Engine API key. KeyWarden checks it with the Engine before storing it.',
      'API key',
    );
    if (!key) return false;
    const me = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Checking the key with ${baseUrl}…` },
      () => new EngineClient(baseUrl, key).whoAmI(),
    );
    const keyId = engineKeyId(key);
    const note = await this.takeover(folder);
    await this.store({ baseUrl, key, keyId, storedAt: new Date().toISOString() }, folder);
    this.host.log.info(
      `Stored Arthur Engine key ${keyId ?? mask(key)} for ${baseUrl}${me.legacy ? ' (an older Engine without /users/me: checked with GET /api/v2/tasks, where 200 or 403 mean the key authenticated)' : ` (user ${me.userId}, roles ${me.roles.join(', ') || 'none'})`}`,
    );
    await this.host.announce(
      `The key works with ${baseUrl}; it is stored in secret storage. New terminals get ARTHUR_API_KEY and ARTHUR_BASE_URL.${note}`,
    );
    return true;
  }

  async deactivateLeaked(value: string): Promise<boolean> {
    const id = engineKeyId(value);
    const baseUrl = (await this.account())?.baseUrl ?? this.defaultUrl();
    if (!id) {
      void vscode.window.showWarningMessage(
        `KeyWarden cannot tell which Arthur Engine key ${mask(value)} is: deactivate it in "KeyWarden: Manage keys".`,
      );
      return false;
    }
    const yes = 'Deactivate';
    const confirm = await vscode.window.showWarningMessage(
      `Deactivate the leaked Arthur Engine key ${id.slice(0, 8)}… at ${baseUrl}?`,
      {
        modal: true,
        detail: `The code now reads the new key from ARTHUR_API_KEY. Programs still using the old key (${mask(value)}) stop working.`,
      },
      yes,
    );
    if (confirm !== yes) return false;
    const manager = await this.managementCredential('Arthur Engine: deactivate the leaked key', true);
    if (!manager) return false;
    try {
      await explainSessionRefusal(manager.session, () => new EngineClient(baseUrl, manager.credential).deactivateKey(id));
    } catch (err) {
      if (!(err instanceof PlatformError && err.kind === 'not-found')) throw err;
      void vscode.window.showInformationMessage(`The key ${id.slice(0, 8)}… was already inactive on ${baseUrl}.`);
      return true;
    }
    this.host.log.info(`Deactivated the leaked Arthur Engine key ${id} at ${baseUrl}`);
    void vscode.window.showInformationMessage(`Deactivated the leaked key ${id.slice(0, 8)}… on ${baseUrl}. ${LINGER}`);
    return true;
  }

  async manageKeys(): Promise<void> {
    const account = await this.account();
    const baseUrl = account?.baseUrl ?? (await askUrl('Arthur Engine: manage keys', 'Base URL of the Arthur Engine', this.defaultUrl()));
    if (!baseUrl) return;
    const manager = await this.managementCredential(
      'Arthur Engine: manage keys (takes the admin key or a login the Engine trusts; an API key, yours included, cannot manage keys)',
      true,
    );
    if (!manager) return;
    const client = new EngineClient(baseUrl, manager.credential);
    const keys = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Listing the keys of ${baseUrl}…` },
      () => explainSessionRefusal(manager.session, () => client.listKeys()),
    );
    if (keys.length === 0) {
      void vscode.window.showInformationMessage(`${baseUrl} has no active API keys.`);
      return;
    }
    const inUse = account?.keyId;
    const picked = await vscode.window.showQuickPick(
      keys.map((k) => ({
        label: `${k.id === inUse ? '$(check) ' : ''}${k.description || '(no description)'}`,
        description: `${k.id.slice(0, 8)} · ${k.roles.join(', ')}${k.id === inUse ? ' · in use here' : ''}`,
        detail: k.createdAt ? `created ${new Date(k.createdAt).toLocaleString()}` : undefined,
        key: k,
      })),
      { title: `Arthur Engine keys at ${baseUrl}`, placeHolder: 'Pick a key to deactivate it, or press Escape', ignoreFocusOut: true },
    );
    if (!picked) return;
    const confirm = await vscode.window.showWarningMessage(
      `Deactivate the key "${picked.key.description || picked.key.id}"? Programs using it stop working.`,
      { modal: true },
      'Deactivate',
    );
    if (confirm !== 'Deactivate') return;
    await explainSessionRefusal(manager.session, () => client.deactivateKey(picked.key.id));
    this.host.log.info(`Deactivated Arthur Engine key ${picked.key.id} at ${baseUrl}`);
    if (picked.key.id === inUse) {
      await this.host.secrets.delete(SECRET_KEY);
      await this.host.announce(
        `Deactivated the key KeyWarden was using and removed it; new terminals no longer get ARTHUR_API_KEY. ${LINGER}`,
      );
    } else {
      void vscode.window.showInformationMessage(`Deactivated the key ${picked.key.id.slice(0, 8)}. ${LINGER}`);
    }
  }

  async signOut(): Promise<void> {
    for (const folder of await this.folderIndex()) await this.host.secrets.delete(`${SECRET_KEY}@${folder}`);
    await this.host.secrets.delete(FOLDER_INDEX);
    const account = await this.account();
    if (!account) return;
    await this.host.secrets.delete(SECRET_KEY);
    this.host.log.info(`Signed out of the Arthur Engine at ${account.baseUrl}`);
    const id = account.keyId ?? engineKeyId(account.key);
    const choice = id
      ? await vscode.window.showInformationMessage(
          `Removed the Arthur Engine key from KeyWarden. Also deactivate it on ${account.baseUrl}?`,
          'Deactivate on the server',
          'Keep it active',
        )
      : undefined;
    if (choice !== 'Deactivate on the server' || !id) return;
    const manager = await this.managementCredential('Arthur Engine: deactivate the key', true);
    if (!manager) return;
    try {
      await explainSessionRefusal(manager.session, () => new EngineClient(account.baseUrl, manager.credential).deactivateKey(id));
      void vscode.window.showInformationMessage(`Deactivated the key ${id.slice(0, 8)} on ${account.baseUrl}. ${LINGER}`);
    } catch (err) {
      if (err instanceof PlatformError && err.kind === 'not-found') {
        void vscode.window.showInformationMessage(`The key ${id.slice(0, 8)} was already inactive on ${account.baseUrl}.`);
        return;
      }
      throw err;
    }
  }
}

async function pickRoles(title: string): Promise<string[] | undefined> {
  const picked = await vscode.window.showQuickPick(
    ENGINE_ROLES.map((r) => ({ label: r, picked: r === 'VALIDATION-USER' })),
    {
      title,
      placeHolder: 'Roles of the new key (VALIDATION-USER is enough to send traces and run validations)',
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (!picked) return undefined;
  return picked.length ? picked.map((p) => p.label) : ['VALIDATION-USER'];
}
