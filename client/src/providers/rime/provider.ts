/**
 * Robust Intelligence (RI Platform) API tokens: paste one (checked with `GET /v1/users/roles`
 * before it is stored) or create one with an existing token; list (per workspace, every page) and
 * delete tokens. The workspace is derived from the token's roles when there is one, chosen when
 * there are several, asked when the roles name none. Tokens expire 270 days after creation: the
 * expiry is in the status bar tooltip and KeyWarden warns 14 days before.
 */
import * as os from 'os';
import * as vscode from 'vscode';
import { askSecret, askText, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { mask } from '../../../../common/api/http';
import { pickAndRemoveKey, signedInAccount } from '../keyList';
import { hasStrings, StoredAccountProvider, untilText, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { fitsLeaked, RIME_MAX_EXPIRY_DAYS, RimeClient, type RimeTokenInfo } from '../../../../common/api/rime';

const WARN_DAYS = 14;

interface RimeAccount extends StoredAccount {
  readonly url: string;
  readonly token: string;
  readonly tokenId?: string;
  readonly name?: string;
  readonly workspaceId?: string;
  readonly expiresAt: number | null;
}

export class RimeProvider extends StoredAccountProvider<RimeAccount> {
  readonly id = 'rime';
  readonly label = 'Robust Intelligence';
  readonly platform = 'rime' as const;
  newKey = (): Promise<boolean> => this.create();
  protected readonly secretKey = 'keywarden.rime';
  private warned = false;

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(key) Robust Intelligence: use an existing API token',
        detail: 'Paste a token; KeyWarden checks it (rime-api-key) before storing it.',
        run: () => this.paste(),
      },
      {
        label: '$(add) Robust Intelligence: create a token from an existing one',
        detail: `A new ${RIME_MAX_EXPIRY_DAYS}-day token, stored at once (shown only once).`,
        run: () => this.create(),
      },
    ];
  }

  protected isAccount(v: unknown): v is RimeAccount {
    return hasStrings(v, 'token', 'url');
  }

  protected describe(a: RimeAccount): AccountState {
    this.warnIfExpiring(a);
    return {
      label: this.label,
      detail: `${a.name ?? `token ${mask(a.token)}`} at ${a.url}, ${untilText(a.expiresAt)}`,
      expiresAt: a.expiresAt ?? undefined,
    };
  }

  protected env(a: RimeAccount): Record<string, string> {
    return { RIME_API_KEY: a.token, RIME_CLUSTER_URL: a.url };
  }

  private warnIfExpiring(a: RimeAccount): void {
    if (this.warned || !a.expiresAt || a.expiresAt - Date.now() > WARN_DAYS * 86_400_000) return;
    this.warned = true;
    const when = a.expiresAt < Date.now() ? 'has expired' : `expires on ${new Date(a.expiresAt).toLocaleDateString()}`;
    void vscode.window
      .showWarningMessage(`Your Robust Intelligence API token ${when}. Create a new one?`, 'Create a new token')
      .then((c) => {
        if (c)
          void this.create().catch(
            (err) => void vscode.window.showErrorMessage(`KeyWarden: creating a token failed: ${(err as Error).message}`),
          );
      });
  }

  private askClusterUrl(title: string): Thenable<string | undefined> {
    return askUrl(
      title,
      'Cluster URL of your RI Platform instance (e.g. https://rime.example.rbst.io)',
      this.host.settings()['rime.url'] || 'https://',
    );
  }

  /**
   * The workspace to act in: the one the token's roles name, a pick when they name several
   * (the stored one first), asked when they name none (roles at organisation level only).
   */
  private async chooseWorkspace(title: string, ids: readonly string[], preferred?: string): Promise<string | undefined> {
    if (ids.length === 1) return ids[0];
    if (ids.length === 0)
      return (
        (
          await askText(title, 'Workspace id (your roles name no workspace; find it in the RI Platform web app)', preferred ?? '')
        )?.trim() || undefined
      );
    const ordered = preferred && ids.includes(preferred) ? [preferred, ...ids.filter((w) => w !== preferred)] : ids;
    const picked = await vscode.window.showQuickPick(
      ordered.map((w) => ({ label: w, description: w === preferred ? 'the workspace of the token in use' : '' })),
      { title, placeHolder: 'Your token has roles in several workspaces: which one?', ignoreFocusOut: true },
    );
    return picked?.label;
  }

  async paste(): Promise<boolean> {
    const steps = new Steps('Robust Intelligence: use an existing API token', ['url', 'token']);
    const url = await this.askClusterUrl(steps.of('url'));
    if (!url) return false;
    const token = (
      await askSecret(steps.of('token'), 'Paste the RI Platform API token. KeyWarden checks it before storing it.', 'API token')
    )?.trim();
    if (!token) return false;
    const client = new RimeClient(url, token);
    const { check, info } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Checking the token with ${url}…` },
      async () => {
        const check = await client.check();
        return { check, info: await client.ownToken(check.workspaceIds) };
      },
    );
    const workspaceId = info?.workspaceId || (check.workspaceIds.length === 1 ? check.workspaceIds[0] : undefined);
    const where = workspaceId ? ` for workspace ${workspaceId}` : '';
    return this.keep(
      {
        url,
        token,
        tokenId: info?.id,
        name: info?.name,
        workspaceId,
        expiresAt: info?.expiresAt ?? null,
        storedAt: new Date().toISOString(),
      },
      `Stored RI Platform token ${mask(token)} for ${url}`,
      `The RI Platform token works${where} and is stored in secret storage (${untilText(info?.expiresAt)}). New terminals get RIME_API_KEY and RIME_CLUSTER_URL.`,
    );
  }

  async create(): Promise<boolean> {
    const current = await this.account();
    // Signed in already: the cluster and the token to create with are the stored ones, not asked.
    const steps = new Steps('Robust Intelligence: create a token', [!current && 'url', !current && 'token', 'name']);
    const url = current?.url ?? (await this.askClusterUrl(steps.of('url')));
    if (!url) return false;
    const existing = (
      current?.token ?? (await askSecret(steps.of('token'), 'An existing API token to create the new one with', 'existing token'))
    )?.trim();
    if (!existing) return false;
    const client = new RimeClient(url, existing);
    const check = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Checking the token with ${url}…` },
      () => client.check(),
    );
    // Asked only when the token's roles do not name exactly one workspace: an aside, not a numbered step.
    const workspaceId = await this.chooseWorkspace(steps.aside('workspace'), check.workspaceIds, current?.workspaceId);
    if (!workspaceId) return false;
    const name = await askText(steps.of('name'), 'A name for the token', `KeyWarden on ${os.hostname()}`);
    if (!name?.trim()) return false;
    const created = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Creating an RI Platform token…` },
      () => client.createToken(name.trim(), workspaceId),
    );
    const expiresAt = Date.now() + RIME_MAX_EXPIRY_DAYS * 86_400_000;
    this.warned = false;
    return this.keep(
      { url, token: created.token, tokenId: created.id, name: name.trim(), workspaceId, expiresAt, storedAt: new Date().toISOString() },
      `Created RI Platform token ${created.id} (${mask(created.token)})`,
      `Created the RI Platform token "${name.trim()}" in workspace ${workspaceId} (${untilText(expiresAt)}) and stored it in secret storage. New terminals get RIME_API_KEY and RIME_CLUSTER_URL.`,
    );
  }

  /**
   * After "Rotate now": RI lists a token only by its last characters (`suffix`), so the leaked
   * token cannot be identified for sure; the workspace's list opens with the tokens that end like
   * it first, and the user picks and confirms.
   */
  async deactivateLeaked(value: string): Promise<boolean> {
    await this.manageKeys(value);
    return true;
  }

  /** Lists a workspace's tokens to delete one; with `leaked`, the tokens ending like it come first, marked. */
  async manageKeys(leaked?: string): Promise<void> {
    const a = await signedInAccount(this.account(), 'Robust Intelligence');
    if (!a) return;
    const client = new RimeClient(a.url, a.token);
    const check = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking the RI Platform token…' },
      () => client.check(),
    );
    const workspaceId = await this.chooseWorkspace('RI Platform tokens: which workspace?', check.workspaceIds, a.workspaceId);
    if (!workspaceId) return;
    const tokens = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Listing the RI Platform tokens of workspace ${workspaceId}…` },
      () => client.listTokens(workspaceId),
    );
    const inUse = (t: RimeTokenInfo) => t.id === a.tokenId || fitsLeaked(t, a.token);
    const fits = (t: RimeTokenInfo) => leaked !== undefined && !inUse(t) && fitsLeaked(t, leaked);
    const ordered = [...tokens.filter(fits), ...tokens.filter((t) => !fits(t))];
    const n = tokens.filter(fits).length;
    await pickAndRemoveKey(this.host, () => this.signOut(), {
      items: ordered.map((t) => ({
        label: `${inUse(t) ? '$(check) ' : fits(t) ? '$(warning) ' : ''}${t.name || t.id}`,
        description: `…${t.suffix}${inUse(t) ? ' · in use here' : ''}${fits(t) ? ' · ends like the leaked token' : ''}`,
        detail: untilText(t.expiresAt),
        key: t,
      })),
      title: `RI Platform tokens of workspace ${workspaceId} at ${a.url} (at most 200 per instance)`,
      placeHolder: !leaked
        ? 'Pick a token to delete it, or press Escape'
        : n > 0
          ? `RI shows only the last characters of a token: the leaked token (${mask(leaked)}) is one of those marked "ends like the leaked token" (${n}). Pick it to delete it, or press Escape`
          : `No token of this workspace ends like the leaked token (${mask(leaked)}): it is in another workspace or another user's. Press Escape and delete it in the RI Platform web app`,
      question: (t) => `Delete the RI Platform token "${t.name || t.id}" (…${t.suffix})? Programs using it stop working.`,
      button: 'Delete',
      remove: (t) => client.deleteToken(t.id),
      inUse,
      removedInUse: 'Deleted the token KeyWarden was using and removed it; new terminals no longer get RIME_API_KEY.',
      removed: (t) => `Deleted the token "${t.name || t.id}".`,
    });
  }
}
