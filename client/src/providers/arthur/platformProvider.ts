/**
 * Arthur Platform sessions: "Sign in with browser" (OAuth device authorization) and service
 * accounts (client credentials). Tokens live in SecretStorage and are refreshed 30 s before
 * they expire; a failed refresh is said once, with an offer to sign in again. Other extensions
 * get the session through the `arthur` AuthenticationProvider.
 */
import * as vscode from 'vscode';
import { askSecret, askText, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { PlatformError } from '../../../../common/api/http';
import { hasStrings, parseRecord } from '../storedAccount';
import type { AccountState, Provider, ProviderHost, SignInAction } from '../types';
import { ArthurPlatformAuth } from './platformAuth';
import { PlatformSession, type PlatformAccount } from './platformSession';

const SECRET_KEY = 'keywarden.arthur.platform';
const REFRESH_LEEWAY_MS = 30_000;

export class ArthurPlatformProvider implements Provider, vscode.AuthenticationProvider, vscode.Disposable {
  readonly id = 'arthur-platform';
  readonly label = 'Arthur Platform';
  private readonly sessionsChanged = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.sessionsChanged.event;
  readonly authentication = { id: 'arthur', label: 'Arthur Platform', provider: this as vscode.AuthenticationProvider };
  private timer: NodeJS.Timeout | undefined;
  private refreshFailedFor: string | undefined;
  private readonly session: PlatformSession;

  constructor(private readonly host: ProviderHost) {
    this.session = new PlatformSession(
      { read: () => this.account(), write: (a) => this.store(a) },
      { lockDir: host.storageDir, leewayMs: REFRESH_LEEWAY_MS, log: (m) => host.log.warn(m) },
    );
    void this.schedule();
  }

  owns(secretKey: string): boolean {
    if (secretKey === SECRET_KEY) {
      void this.schedule();
      return true;
    }
    return false;
  }

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(globe) Arthur Platform: sign in with browser',
        detail: 'OAuth device login: approve a code in your browser. Refreshed automatically.',
        run: () => this.deviceLogin(),
      },
      {
        label: '$(server) Arthur Platform: service account',
        detail: 'Client id and secret of a service account (client credentials), for CI-like use.',
        run: () => this.serviceAccount(),
      },
    ];
  }

  async account(): Promise<PlatformAccount | undefined> {
    return parseRecord(await this.host.secrets.get(SECRET_KEY), (v): v is PlatformAccount => hasStrings(v, 'accessToken', 'host'));
  }

  async state(): Promise<AccountState | undefined> {
    const a = await this.account();
    if (!a) return undefined;
    const who = a.kind === 'service' ? `service account ${a.clientId}` : a.account || 'signed in';
    const expired = a.expiresAt <= Date.now();
    return {
      label: this.label,
      detail: `${who} at ${a.host}${expired ? ' (session expired: sign in again)' : `, token until ${new Date(a.expiresAt).toLocaleTimeString()}`}`,
      expiresAt: a.expiresAt,
    };
  }

  async environment(): Promise<Record<string, string>> {
    const a = await this.account();
    if (!a) return {};
    const env: Record<string, string> = { ARTHUR_API_HOST: a.host };
    if (a.kind === 'service' && a.clientSecret) {
      env.ARTHUR_CLIENT_ID = a.clientId;
      env.ARTHUR_CLIENT_SECRET = a.clientSecret;
    }
    return env;
  }

  /** A valid access token (refreshed when close to expiry), e.g. for creating Engine keys. */
  async accessToken(): Promise<string | undefined> {
    const a = await this.account();
    if (!a) return undefined;
    if (this.session.fresh(a)) return a.accessToken;
    return (await this.refreshNow())?.accessToken;
  }

  private async store(account: PlatformAccount): Promise<void> {
    const before = await this.account();
    await this.host.secrets.store(SECRET_KEY, JSON.stringify(account));
    this.refreshFailedFor = undefined;
    const session = this.sessionOf(account);
    this.sessionsChanged.fire(before ? { added: [], removed: [], changed: [session] } : { added: [session], removed: [], changed: [] });
    await this.schedule();
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    const a = await this.account();
    if (!a || (a.kind === 'device' && !a.refreshToken)) return;
    const due = Math.max(1000, a.expiresAt - REFRESH_LEEWAY_MS - Date.now());
    this.timer = setTimeout(() => void this.refreshNow(), Math.min(due, 2 ** 31 - 1));
  }

  /** Refreshes once across this window's callers and the other windows (see PlatformSession). */
  private async refreshNow(): Promise<PlatformAccount | undefined> {
    const a = await this.account();
    if (!a) return undefined;
    try {
      const next = await this.session.refresh();
      if (next && next.accessToken !== a.accessToken)
        this.host.log.info(`Arthur Platform session at ${next.host} valid until ${new Date(next.expiresAt).toISOString()}`);
      return next;
    } catch (err) {
      const message = err instanceof PlatformError ? err.message : String(err);
      this.host.log.warn(`Refreshing the Arthur Platform session failed: ${message}`);
      // Said once per session, not at every retry.
      if (this.refreshFailedFor !== a.accessToken) {
        this.refreshFailedFor = a.accessToken;
        void vscode.window
          .showWarningMessage(`KeyWarden could not refresh your Arthur Platform session: ${message}`, 'Sign in again')
          .then((c) => {
            if (c) void this.deviceLogin();
          });
      }
      return undefined;
    }
  }

  async deviceLogin(): Promise<boolean> {
    const steps = new Steps('Arthur Platform: sign in with browser', ['host']);
    const hostUrl = await askUrl(
      steps.of('host'),
      "Address of the Arthur Platform (your organisation's host, or the SaaS)",
      this.host.settings()['arthur.platformUrl'],
    );
    if (!hostUrl) return false;
    const clientId = this.host.settings()['arthur.clientId'];
    const auth = new ArthurPlatformAuth(hostUrl);
    for (;;) {
      const { start, poll } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Contacting ${hostUrl}…` },
        () => auth.startDevice(clientId),
      );
      const go = await vscode.window.showInformationMessage(
        `Your Arthur sign-in code is ${start.userCode}`,
        {
          modal: true,
          detail: `Copy the code, then approve the sign-in in the browser page that opens (${start.verificationUri}). The code expires in ${Math.round((start.expiresAt - Date.now()) / 60000)} minutes.`,
        },
        'Copy & Continue',
      );
      if (go !== 'Copy & Continue') return false;
      await vscode.env.clipboard.writeText(start.userCode);
      const target = vscode.Uri.parse(start.verificationUriComplete ?? start.verificationUri);
      void vscode.env.openExternal(await vscode.env.asExternalUri(target));
      try {
        const tokens = await vscode.window.withProgress(
          {
            location: vscode.ProgressLocation.Notification,
            title: `Waiting for you to approve code ${start.userCode} in the browser…`,
            cancellable: true,
          },
          (_progress, token) => {
            const abort = new AbortController();
            token.onCancellationRequested(() => abort.abort());
            return poll(abort.signal);
          },
        );
        await this.store({ ...tokens, host: hostUrl, kind: 'device', clientId });
        this.host.log.info(`Signed in to the Arthur Platform at ${hostUrl} as ${tokens.account}`);
        await this.host.announce(
          `Signed in to the Arthur Platform at ${hostUrl} as ${tokens.account || 'you'}. New terminals get ARTHUR_API_HOST.`,
        );
        return true;
      } catch (err) {
        if (err instanceof PlatformError && err.kind === 'cancelled') return false;
        if (err instanceof PlatformError && err.kind === 'expired') {
          const again = await vscode.window.showWarningMessage(`${err.message} Start again?`, 'Start again');
          if (again) continue;
          return false;
        }
        throw err;
      }
    }
  }

  async serviceAccount(): Promise<boolean> {
    const steps = new Steps('Arthur Platform: service account', ['host', 'client id', 'client secret']);
    const hostUrl = await askUrl(steps.of('host'), 'Address of the Arthur Platform', this.host.settings()['arthur.platformUrl']);
    if (!hostUrl) return false;
    const clientId = await askText(
      steps.of('client id'),
      'Client id of the service account (credentials.client_id when it was created)',
      '',
    );
    if (!clientId?.trim()) return false;
    const clientSecret = await askSecret(
      steps.of('client secret'),
      'Client secret of the service account. Kept in VS Code secret storage only.',
      'client secret',
    );
    if (!clientSecret) return false;
    const tokens = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Getting a token from ${hostUrl}…` },
      () => new ArthurPlatformAuth(hostUrl).clientCredentials(clientId.trim(), clientSecret),
    );
    await this.store({ ...tokens, host: hostUrl, kind: 'service', clientId: clientId.trim(), clientSecret });
    this.host.log.info(`Signed in to the Arthur Platform at ${hostUrl} as service account ${clientId.trim()}`);
    await this.host.announce(
      `Signed in to the Arthur Platform at ${hostUrl} as service account ${clientId.trim()}. New terminals get ARTHUR_API_HOST, ARTHUR_CLIENT_ID and ARTHUR_CLIENT_SECRET.`,
    );
    return true;
  }

  async signOut(): Promise<void> {
    const a = await this.account();
    clearTimeout(this.timer);
    await this.host.secrets.delete(SECRET_KEY);
    if (a) {
      this.sessionsChanged.fire({ added: [], removed: [this.sessionOf(a)], changed: [] });
      this.host.log.info(`Signed out of the Arthur Platform at ${a.host}`);
    }
  }

  private sessionOf(a: PlatformAccount): vscode.AuthenticationSession {
    return {
      id: `${a.host}#${a.kind}`,
      accessToken: a.accessToken,
      account: { id: a.account || a.clientId, label: a.kind === 'service' ? `${a.clientId} (service account)` : a.account || a.host },
      scopes: [],
    };
  }

  // vscode.AuthenticationProvider: other extensions call vscode.authentication.getSession('arthur', []).
  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    const a = await this.account();
    if (!a) return [];
    const token = await this.accessToken();
    return [this.sessionOf({ ...a, accessToken: token ?? a.accessToken })];
  }

  async createSession(): Promise<vscode.AuthenticationSession> {
    if (!(await this.deviceLogin())) throw new Error('Sign-in to the Arthur Platform was cancelled');
    return this.sessionOf((await this.account())!);
  }

  async removeSession(): Promise<void> {
    await this.signOut();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sessionsChanged.dispose();
  }
}
