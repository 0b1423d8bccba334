/**
 * WhyLabs API keys: paste one (checked with the API before it is stored), or create one with an
 * existing key (stored at once: the key is shown only in that reply); list and revoke keys.
 */
import * as os from 'os';
import * as vscode from 'vscode';
import { askSecret, askText, askUrl, step } from '../../ui/prompts';
import { mask } from '../http';
import { StoredAccountProvider, untilText, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { parseWhyLabsKey, WhyLabsClient } from './api';

const DEFAULT_ENDPOINT = 'https://api.whylabsapp.com';

interface WhyLabsAccount extends StoredAccount {
  readonly endpoint: string;
  readonly key: string;
  readonly orgId: string;
  readonly userId: string;
  readonly keyId: string;
  readonly alias: string | null;
  readonly expiresAt: number | null;
}

export class WhyLabsProvider extends StoredAccountProvider<WhyLabsAccount> {
  readonly id = 'whylabs';
  readonly label = 'WhyLabs';
  readonly platform = 'whylabs' as const;
  newKey = (): Promise<boolean> => this.create();
  protected readonly secretKey = 'keywarden.whylabs';

  signInActions(): SignInAction[] {
    return [
      { label: '$(key) WhyLabs: use an existing API key', detail: 'Paste a key; KeyWarden checks it with WhyLabs (X-API-Key) before storing it.', run: () => this.paste() },
      { label: '$(add) WhyLabs: create a key from an existing key', detail: 'POST …/api-key with your current key; the new key is stored at once (shown only once).', run: () => this.create() },
    ];
  }

  protected isAccount(v: unknown): v is WhyLabsAccount {
    const a = v as Partial<WhyLabsAccount>;
    return typeof a?.key === 'string' && typeof a.endpoint === 'string' && typeof a.orgId === 'string';
  }

  protected describe(a: WhyLabsAccount): AccountState {
    return { label: this.label, detail: `${a.alias ?? a.keyId} (${a.userId}, ${a.orgId}), ${untilText(a.expiresAt)}`, expiresAt: a.expiresAt ?? undefined };
  }

  protected env(a: WhyLabsAccount): Record<string, string> {
    return { WHYLABS_API_KEY: a.key, WHYLABS_DEFAULT_ORG_ID: a.orgId, ...(a.endpoint !== DEFAULT_ENDPOINT ? { WHYLABS_API_ENDPOINT: a.endpoint } : {}) };
  }

  private endpoint(title: string): Thenable<string | undefined> {
    return askUrl(title, 'WhyLabs API endpoint', this.host.settings()['whylabs.apiEndpoint']);
  }

  /** The organisation from the key's `:org-…` suffix, else asked. */
  private async orgOf(key: string, title: string): Promise<string | undefined> {
    const fromKey = parseWhyLabsKey(key)?.orgId;
    if (fromKey) return fromKey;
    const org = await askText(title, 'Your WhyLabs organization id (org-…); this key does not carry it', 'org-');
    return org?.trim() || undefined;
  }

  async paste(): Promise<boolean> {
    const title = 'WhyLabs: use an existing API key';
    const endpoint = await this.endpoint(step(title, 1, 3));
    if (!endpoint) return false;
    const key = await askSecret(step(title, 2, 3), 'Paste the WhyLabs API key (<key id>.<secret>, optionally :org-…)', 'API key');
    if (!key) return false;
    const orgId = await this.orgOf(key, step(title, 3, 3));
    if (!orgId) return false;
    const info = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking the key with ${endpoint}…` }, () => new WhyLabsClient(endpoint, key).whoAmI(orgId));
    await this.store({ endpoint, key, orgId, userId: info.userId, keyId: info.keyId, alias: info.alias, expiresAt: info.expiresAt, storedAt: new Date().toISOString() });
    this.host.log.info(`Stored WhyLabs key ${info.keyId} (${mask(key)}) of ${info.userId} in ${orgId}`);
    await this.host.announce(`The WhyLabs key works (${info.userId}, ${orgId}) and is stored in secret storage. New terminals get WHYLABS_API_KEY and WHYLABS_DEFAULT_ORG_ID.`);
    return true;
  }

  async create(): Promise<boolean> {
    const title = 'WhyLabs: create a key';
    const current = await this.account();
    const endpoint = current?.endpoint ?? (await this.endpoint(step(title, 1, 4)));
    if (!endpoint) return false;
    const existing = current?.key ?? (await askSecret(step(title, 2, 4), 'An existing WhyLabs API key to create the new one with (not stored unless it is already)', 'existing API key'));
    if (!existing) return false;
    const orgId = current?.orgId ?? (await this.orgOf(existing, step(title, 2, 4)));
    if (!orgId) return false;
    const alias = await askText(step(title, 3, 4), 'A name for the new key', `KeyWarden on ${os.hostname()}`);
    if (alias === undefined) return false;
    const days = await askText(step(title, 4, 4), 'Expires after how many days? (empty: never)', '90');
    if (days === undefined) return false;
    const expiresAt = /^\d+$/.test(days.trim()) ? Date.now() + Number(days.trim()) * 86_400_000 : undefined;
    const client = new WhyLabsClient(endpoint, existing);
    const created = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Creating a WhyLabs key in ${orgId}…` }, async () => {
      const me = await client.whoAmI(orgId);
      return client.createKey(orgId, me.userId, { alias: alias || undefined, scopes: [':user'], expiresAt });
    });
    await this.store({ endpoint, key: created.key, orgId, userId: created.info.userId, keyId: created.info.keyId, alias: created.info.alias, expiresAt: created.info.expiresAt, storedAt: new Date().toISOString() });
    this.host.log.info(`Created WhyLabs key ${created.info.keyId} (${mask(created.key)}) in ${orgId}`);
    await this.host.announce(`Created WhyLabs key ${created.info.keyId} and stored it in secret storage. New terminals get WHYLABS_API_KEY and WHYLABS_DEFAULT_ORG_ID.`);
    return true;
  }

  async manageKeys(): Promise<void> {
    const a = await this.account();
    if (!a) {
      void vscode.window.showInformationMessage('Sign in to WhyLabs first ("KeyWarden: Sign in / Create key").');
      return;
    }
    const client = new WhyLabsClient(a.endpoint, a.key);
    const keys = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Listing your WhyLabs keys…' }, () => client.listKeys(a.orgId, a.userId));
    const picked = await vscode.window.showQuickPick(
      keys.map((k) => ({
        label: `${k.keyId === a.keyId ? '$(check) ' : ''}${k.alias ?? k.keyId}`,
        description: `${k.keyId} · ${k.scopes.join(', ') || 'no scopes'}${k.keyId === a.keyId ? ' · in use here' : ''}`,
        detail: untilText(k.expiresAt),
        k,
      })),
      { title: `WhyLabs keys of ${a.userId} in ${a.orgId}`, placeHolder: 'Pick a key to revoke it, or press Escape', ignoreFocusOut: true },
    );
    if (!picked) return;
    const ok = await vscode.window.showWarningMessage(`Revoke the WhyLabs key "${picked.k.alias ?? picked.k.keyId}"? Programs using it stop working.`, { modal: true }, 'Revoke');
    if (ok !== 'Revoke') return;
    await client.revokeKey(a.orgId, a.userId, picked.k.keyId);
    this.host.log.info(`Revoked WhyLabs key ${picked.k.keyId}`);
    if (picked.k.keyId === a.keyId) {
      await this.signOut();
      await this.host.announce('Revoked the WhyLabs key KeyWarden was using and removed it; new terminals no longer get WHYLABS_API_KEY.');
    } else void vscode.window.showInformationMessage(`Revoked the WhyLabs key ${picked.k.keyId}.`);
  }
}
