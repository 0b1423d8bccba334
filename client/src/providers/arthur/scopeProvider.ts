/**
 * Arthur Scope (v3): paste an API key made in the organisation's Settings → API Keys (checked
 * with Arthur before it is stored), or sign in with login and password to get a session token
 * (the password is used once and never stored). Terminals get what the `arthurai` SDK reads:
 * ARTHUR_ENDPOINT_URL, ARTHUR_API_KEY and, when known, ARTHUR_ORGANIZATION_ID. The Arthur Engine
 * also uses ARTHUR_API_KEY: see ./sharedKey.ts for who gets it when both are signed in.
 */
import * as vscode from 'vscode';
import { askSecret, askText, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { mask } from '../../../../common/api/http';
import { hasStrings, StoredAccountProvider, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { ScopeClient, scopeLogin, type ScopeIdentity } from '../../../../common/api/arthurScope';
import { arthurKeyOwner, shadowedNote, takeoverNote } from './sharedKey';

const LAST_URL = 'keywarden.arthur.scope.lastUrl';

interface ScopeAccount extends StoredAccount {
  readonly url: string;
  /** An API key, or a login's session token (kind 'session'). */
  readonly credential: string;
  readonly kind: 'key' | 'session';
  readonly organizationId?: string;
  readonly user: string;
  /** Sessions only: when the token expires (epoch ms). */
  readonly expiresAt?: number;
}

/** The Engine side of the shared ARTHUR_API_KEY: when its key was stored. */
export interface EngineStoredAt {
  storedAt(): Promise<string | undefined>;
}

export class ArthurScopeProvider extends StoredAccountProvider<ScopeAccount> {
  readonly id = 'arthur-scope';
  readonly label = 'Arthur Scope';
  protected readonly secretKey = 'keywarden.arthur.scope';

  constructor(
    host: ConstructorParameters<typeof StoredAccountProvider>[0],
    private readonly engine?: EngineStoredAt,
  ) {
    super(host);
  }

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(key) Arthur Scope: use an API key',
        detail: "Paste a key from your organisation's Settings → API Keys; KeyWarden checks it with Arthur before storing it.",
        run: () => this.paste(),
      },
      {
        label: '$(person) Arthur Scope: sign in with login and password',
        detail: 'Gets a session token, as the arthurai SDK does; the password is used once and never stored.',
        run: () => this.login(),
      },
    ];
  }

  protected isAccount(v: unknown): v is ScopeAccount {
    return hasStrings(v, 'credential', 'url') && ['key', 'session'].includes((v as ScopeAccount).kind);
  }

  /** When the account was stored (undefined: signed out), for the Engine's side of ./sharedKey.ts. */
  async storedAt(): Promise<string | undefined> {
    return (await this.account())?.storedAt;
  }

  /** Whether new terminals get this account's variables (see ./sharedKey.ts). */
  private async ownsSharedKey(a: ScopeAccount): Promise<boolean> {
    return arthurKeyOwner(await this.engine?.storedAt(), a.storedAt) === 'scope';
  }

  async state(): Promise<AccountState | undefined> {
    const a = await this.account();
    if (!a) return undefined;
    const s = this.describe(a);
    return (await this.ownsSharedKey(a)) ? s : { ...s, detail: s.detail + shadowedNote('scope') };
  }

  protected describe(a: ScopeAccount): AccountState {
    const who = a.kind === 'key' ? `key ${mask(a.credential)}` : `session of ${a.user || 'you'}`;
    const org = a.organizationId ? `, organisation ${a.organizationId}` : '';
    const expired = a.expiresAt !== undefined && a.expiresAt <= Date.now();
    const until =
      a.expiresAt === undefined ? '' : expired ? ' (session expired: sign in again)' : `, until ${new Date(a.expiresAt).toLocaleString()}`;
    return { label: this.label, detail: `${who} at ${a.url}${org}${until}`, expiresAt: a.expiresAt };
  }

  async environment(): Promise<Record<string, string>> {
    const a = await this.account();
    if (!a || !(await this.ownsSharedKey(a))) return {};
    return this.env(a);
  }

  protected env(a: ScopeAccount): Record<string, string> {
    if (a.expiresAt !== undefined && a.expiresAt <= Date.now()) return {};
    return {
      ARTHUR_ENDPOINT_URL: a.url,
      ARTHUR_API_KEY: a.credential,
      ...(a.organizationId ? { ARTHUR_ORGANIZATION_ID: a.organizationId } : {}),
    };
  }

  private defaultUrl(): string {
    return this.host.workspaceState.get<string>(LAST_URL) ?? this.host.settings()['arthur.scopeUrl'];
  }

  /**
   * The organisation for terminals: the one the server named, else (a credential that may act in
   * several) the one the user picks, as the SDK then requires; undefined = cancelled.
   */
  private async organisation(id: ScopeIdentity, title: string): Promise<string | null | undefined> {
    if (id.organizationId) return id.organizationId;
    if (id.organizationIds.length === 0) return null;
    const picked = await vscode.window.showQuickPick(
      id.organizationIds.map((o) => ({ label: o })),
      {
        title,
        placeHolder: 'This credential works in several organisations: which one should terminals use (ARTHUR_ORGANIZATION_ID)?',
        ignoreFocusOut: true,
      },
    );
    return picked?.label;
  }

  private async save(account: ScopeAccount, what: string): Promise<void> {
    const engineSignedIn = (await this.engine?.storedAt()) !== undefined;
    await this.store(account);
    await this.host.workspaceState.update(LAST_URL, account.url);
    const vars = Object.keys(this.env(account)).join(', ');
    await this.host.announce(`${what} New terminals get ${vars}.${takeoverNote('scope', engineSignedIn)}`);
  }

  async paste(): Promise<boolean> {
    const steps = new Steps('Arthur Scope: use an API key', ['url', 'key']);
    const url = await askUrl(steps.of('url'), "Your organisation's Arthur address (the SDK's url, ARTHUR_ENDPOINT_URL)", this.defaultUrl());
    if (!url) return false;
    const key = await askSecret(
      steps.of('key'),
      "Paste the API key from your organisation's Settings → API Keys. KeyWarden checks it with Arthur before storing it.",
      'API key',
    );
    if (!key) return false;
    const id = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Checking the key with ${url}…` },
      () => new ScopeClient(url, key).whoAmI(),
    );
    const org = await this.organisation(id, steps.aside('organisation'));
    if (org === undefined) return false;
    await this.save(
      { url, credential: key, kind: 'key', organizationId: org ?? undefined, user: id.user, storedAt: new Date().toISOString() },
      `The key works with ${url}${org ? ` (organisation ${org})` : ''} and is stored in secret storage.`,
    );
    this.host.log.info(
      `Stored Arthur Scope key ${mask(key)} for ${url} (checked with ${id.via === 'users/me' ? 'GET /api/v3/users/me' : 'GET /api/v3/users/me/auth_info'}${org ? `, organisation ${org}` : ''})`,
    );
    return true;
  }

  async login(): Promise<boolean> {
    const steps = new Steps('Arthur Scope: sign in with login and password', ['url', 'login', 'password']);
    const url = await askUrl(steps.of('url'), "Your organisation's Arthur address (the SDK's url, ARTHUR_ENDPOINT_URL)", this.defaultUrl());
    if (!url) return false;
    const login = await askText(steps.of('login'), 'Your Arthur username or email', '');
    if (!login?.trim()) return false;
    const password = await askSecret(
      steps.of('password'),
      `Password for ${login.trim()}: used once to get a session token, never stored.`,
      'password',
    );
    if (!password) return false;
    const { session, id } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Signing in to ${url}…` },
      async () => {
        const session = await scopeLogin(url, login.trim(), password);
        return { session, id: await new ScopeClient(url, session.token).whoAmI() };
      },
    );
    const org = await this.organisation(id, steps.aside('organisation'));
    if (org === undefined) return false;
    const until = session.expiresAt ? ` until ${new Date(session.expiresAt).toLocaleString()}` : '';
    await this.save(
      {
        url,
        credential: session.token,
        kind: 'session',
        organizationId: org ?? undefined,
        user: session.user,
        expiresAt: session.expiresAt,
        storedAt: new Date().toISOString(),
      },
      `Signed in to Arthur at ${url} as ${session.user}; the session token is stored in secret storage${until} (sign in again after that, or paste an API key for longer use).`,
    );
    this.host.log.info(`Signed in to Arthur Scope at ${url} as ${session.user}${org ? `, organisation ${org}` : ''}`);
    return true;
  }
}
