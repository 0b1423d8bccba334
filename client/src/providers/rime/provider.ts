/**
 * Robust Intelligence (RI Platform) API tokens: paste one (checked before it is stored) or
 * create one with an existing token; list and delete tokens. Tokens expire 270 days after
 * creation: the expiry is in the status bar tooltip and KeyWarden warns 14 days before.
 */
import * as os from 'os';
import * as vscode from 'vscode';
import { askSecret, askText, askUrl, step } from '../../ui/prompts';
import { mask } from '../http';
import { StoredAccountProvider, untilText, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { RIME_MAX_EXPIRY_DAYS, RimeClient, type RimeTokenInfo } from './api';

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
      { label: '$(key) Robust Intelligence: use an existing API token', detail: 'Paste a token; KeyWarden checks it (rime-api-key) before storing it.', run: () => this.paste() },
      { label: '$(add) Robust Intelligence: create a token from an existing one', detail: `A new ${RIME_MAX_EXPIRY_DAYS}-day token, stored at once (shown only once).`, run: () => this.create() },
    ];
  }

  protected isAccount(v: unknown): v is RimeAccount {
    const a = v as Partial<RimeAccount>;
    return typeof a?.token === 'string' && typeof a.url === 'string';
  }

  protected describe(a: RimeAccount): AccountState {
    this.warnIfExpiring(a);
    return { label: this.label, detail: `${a.name ?? `token ${mask(a.token)}`} at ${a.url}, ${untilText(a.expiresAt)}`, expiresAt: a.expiresAt ?? undefined };
  }

  protected env(a: RimeAccount): Record<string, string> {
    return { RIME_API_KEY: a.token, RIME_CLUSTER_URL: a.url };
  }

  private warnIfExpiring(a: RimeAccount): void {
    if (this.warned || !a.expiresAt || a.expiresAt - Date.now() > WARN_DAYS * 86_400_000) return;
    this.warned = true;
    const when = a.expiresAt < Date.now() ? 'has expired' : `expires on ${new Date(a.expiresAt).toLocaleDateString()}`;
    void vscode.window.showWarningMessage(`Your Robust Intelligence API token ${when}. Create a new one?`, 'Create a new token').then((c) => {
      if (c) void this.create().catch((err) => void vscode.window.showErrorMessage(`KeyWarden: creating a token failed: ${(err as Error).message}`));
    });
  }

  private askClusterUrl(title: string): Thenable<string | undefined> {
    return askUrl(title, 'Cluster URL of your RI Platform instance (e.g. https://rime.example.rbst.io)', this.host.settings()['rime.url'] || 'https://');
  }

  private async ownInfo(client: RimeClient, token: string): Promise<RimeTokenInfo | undefined> {
    return (await client.listTokens()).find((t) => t.suffix !== '' && token.endsWith(t.suffix));
  }

  async paste(): Promise<boolean> {
    const title = 'Robust Intelligence: use an existing API token';
    const url = await this.askClusterUrl(step(title, 1, 2));
    if (!url) return false;
    const token = await askSecret(step(title, 2, 2), 'Paste the RI Platform API token. KeyWarden checks it before storing it.', 'API token');
    if (!token) return false;
    const client = new RimeClient(url, token);
    const info = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking the token with ${url}…` }, () => this.ownInfo(client, token));
    await this.store({ url, token, tokenId: info?.id, name: info?.name, workspaceId: info?.workspaceId, expiresAt: info?.expiresAt ?? null, storedAt: new Date().toISOString() });
    this.host.log.info(`Stored RI Platform token ${mask(token)} for ${url}`);
    await this.host.announce(`The RI Platform token works and is stored in secret storage (${untilText(info?.expiresAt)}). New terminals get RIME_API_KEY and RIME_CLUSTER_URL.`);
    return true;
  }

  async create(): Promise<boolean> {
    const title = 'Robust Intelligence: create a token';
    const current = await this.account();
    const url = current?.url ?? (await this.askClusterUrl(step(title, 1, 4)));
    if (!url) return false;
    const existing = current?.token ?? (await askSecret(step(title, 2, 4), 'An existing API token to create the new one with', 'existing token'));
    if (!existing) return false;
    const client = new RimeClient(url, existing);
    const mine = current?.workspaceId ?? (await this.ownInfo(client, existing))?.workspaceId;
    const workspaceId = await askText(step(title, 3, 4), 'Workspace id the token is for', mine ?? '');
    if (!workspaceId?.trim()) return false;
    const name = await askText(step(title, 4, 4), 'A name for the token', `KeyWarden on ${os.hostname()}`);
    if (!name?.trim()) return false;
    const created = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Creating an RI Platform token…` }, () => client.createToken(name.trim(), workspaceId.trim()));
    const expiresAt = Date.now() + RIME_MAX_EXPIRY_DAYS * 86_400_000;
    await this.store({ url, token: created.token, tokenId: created.id, name: name.trim(), workspaceId: workspaceId.trim(), expiresAt, storedAt: new Date().toISOString() });
    this.warned = false;
    this.host.log.info(`Created RI Platform token ${created.id} (${mask(created.token)})`);
    await this.host.announce(`Created the RI Platform token "${name.trim()}" (${untilText(expiresAt)}) and stored it in secret storage. New terminals get RIME_API_KEY and RIME_CLUSTER_URL.`);
    return true;
  }

  async manageKeys(): Promise<void> {
    const a = await this.account();
    if (!a) {
      void vscode.window.showInformationMessage('Sign in to Robust Intelligence first ("KeyWarden: Sign in / Create key").');
      return;
    }
    const client = new RimeClient(a.url, a.token);
    const tokens = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Listing your RI Platform tokens…' }, () => client.listTokens());
    const inUse = (t: RimeTokenInfo) => t.id === a.tokenId || (t.suffix !== '' && a.token.endsWith(t.suffix));
    const picked = await vscode.window.showQuickPick(
      tokens.map((t) => ({ label: `${inUse(t) ? '$(check) ' : ''}${t.name || t.id}`, description: `…${t.suffix}${inUse(t) ? ' · in use here' : ''}`, detail: untilText(t.expiresAt), t })),
      { title: `RI Platform tokens at ${a.url} (at most 200 per instance)`, placeHolder: 'Pick a token to delete it, or press Escape', ignoreFocusOut: true },
    );
    if (!picked) return;
    const ok = await vscode.window.showWarningMessage(`Delete the RI Platform token "${picked.t.name || picked.t.id}"? Programs using it stop working.`, { modal: true }, 'Delete');
    if (ok !== 'Delete') return;
    await client.deleteToken(picked.t.id);
    if (inUse(picked.t)) {
      await this.signOut();
      await this.host.announce('Deleted the token KeyWarden was using and removed it; new terminals no longer get RIME_API_KEY.');
    } else void vscode.window.showInformationMessage(`Deleted the token "${picked.t.name || picked.t.id}".`);
  }
}
