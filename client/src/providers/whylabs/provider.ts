/**
 * WhyLabs API keys: paste one (checked with `GET /v1/api-key/validate` before it is stored), or
 * create one with an administrator-scoped key (stored at once: the key is shown only in that
 * reply); list and revoke keys when the stored key is administrator-scoped, else say why not.
 */
import * as os from 'os';
import * as vscode from 'vscode';
import { askSecret, askText, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { mask, PlatformError } from '../../../../common/api/http';
import { pickAndRemoveKey, signedInAccount } from '../keyList';
import { hasStrings, StoredAccountProvider, untilText, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { NOT_ADMIN, parseWhyLabsKey, revokeLeakedKey, WhyLabsClient, type WhyLabsKeyAccess } from '../../../../common/api/whylabs';

const DEFAULT_ENDPOINT = 'https://api.whylabsapp.com';

interface WhyLabsAccount extends StoredAccount {
  readonly endpoint: string;
  readonly key: string;
  readonly orgId: string;
  readonly keyId: string;
  readonly alias: string | null;
  readonly expiresAt: number | null;
  /** Whether the key could list the org's keys when it was stored (administrator scope). */
  readonly canManage?: boolean;
}

export class WhyLabsProvider extends StoredAccountProvider<WhyLabsAccount> {
  readonly id = 'whylabs';
  readonly label = 'WhyLabs';
  readonly platform = 'whylabs' as const;
  newKey = (): Promise<boolean> => this.create();
  protected readonly secretKey = 'keywarden.whylabs';

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(key) WhyLabs: use an existing API key',
        detail: 'Paste a key; KeyWarden checks it with WhyLabs (GET /v1/api-key/validate) before storing it.',
        run: () => this.paste(),
      },
      {
        label: '$(add) WhyLabs: create a key from an administrator key',
        detail:
          'POST /v1/api-key with a key that has the administrator scope (paid plans); the new key is stored at once (shown only once).',
        run: () => this.create(),
      },
    ];
  }

  protected isAccount(v: unknown): v is WhyLabsAccount {
    return hasStrings(v, 'key', 'endpoint', 'orgId', 'keyId');
  }

  protected describe(a: WhyLabsAccount): AccountState {
    return {
      label: this.label,
      detail: `${a.alias ?? a.keyId} (${a.orgId}), ${untilText(a.expiresAt)}`,
      expiresAt: a.expiresAt ?? undefined,
    };
  }

  protected env(a: WhyLabsAccount): Record<string, string> {
    return {
      WHYLABS_API_KEY: a.key,
      WHYLABS_DEFAULT_ORG_ID: a.orgId,
      ...(a.endpoint !== DEFAULT_ENDPOINT ? { WHYLABS_API_ENDPOINT: a.endpoint } : {}),
    };
  }

  private endpoint(title: string): Thenable<string | undefined> {
    return askUrl(title, 'WhyLabs API endpoint', this.host.settings()['whylabs.apiEndpoint']);
  }

  /**
   * Checks a key and learns what it may do: the org is the server's (from the key list, when the
   * key may read it), else the key's `:org-…` suffix, else asked (validate does not say it).
   */
  private async check(
    endpoint: string,
    key: string,
    steps: Steps<string>,
  ): Promise<{ keyId: string; orgId: string; access: WhyLabsKeyAccess } | undefined> {
    const client = new WhyLabsClient(endpoint, key);
    const { parts, access } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Checking the key with ${endpoint}…` },
      async () => {
        const parts = await client.validate();
        return { parts, access: await client.access() };
      },
    );
    const listed = access.canManage ? access.keys.find((k) => k.keyId === parts.keyId)?.orgId : undefined;
    let orgId = listed ?? parts.orgId;
    if (!orgId) {
      // Asked only when neither the key nor the key list says it: an aside, not a numbered step.
      const asked = await askText(
        steps.aside('organization id'),
        'Your WhyLabs organization id (org-…): this key does not carry it and may not list keys',
        'org-',
      );
      orgId = asked?.trim() || undefined;
    }
    return orgId ? { keyId: parts.keyId, orgId, access } : undefined;
  }

  async paste(): Promise<boolean> {
    const steps = new Steps('WhyLabs: use an existing API key', ['endpoint', 'key']);
    const endpoint = await this.endpoint(steps.of('endpoint'));
    if (!endpoint) return false;
    const key = await askSecret(steps.of('key'), 'Paste the WhyLabs API key (<key id>.<secret>, optionally :org-…)', 'API key');
    if (!key) return false;
    const checked = await this.check(endpoint, key.trim(), steps);
    if (!checked) return false;
    const { keyId, orgId, access } = checked;
    const mine = access.canManage ? access.keys.find((k) => k.keyId === keyId) : undefined;
    const can = access.canManage
      ? 'It has the administrator scope, so "KeyWarden: Manage keys" can list and revoke keys.'
      : 'It cannot list or manage keys (that needs the administrator scope).';
    return this.keep(
      {
        endpoint,
        key: key.trim(),
        orgId,
        keyId,
        alias: mine?.alias ?? null,
        expiresAt: mine?.expiresAt ?? null,
        canManage: access.canManage,
        storedAt: new Date().toISOString(),
      },
      `Stored WhyLabs key ${keyId} (${mask(key)}) of ${orgId}; may manage keys: ${access.canManage}`,
      `The WhyLabs key works (${orgId}) and is stored in secret storage. ${can} New terminals get WHYLABS_API_KEY and WHYLABS_DEFAULT_ORG_ID.`,
    );
  }

  async create(): Promise<boolean> {
    const current = await this.account();
    // Signed in already: the endpoint and the administrator key are the stored ones, not asked.
    const steps = new Steps('WhyLabs: create a key', [!current && 'endpoint', !current && 'key', 'alias', 'scope', 'days']);
    const endpoint = current?.endpoint ?? (await this.endpoint(steps.of('endpoint')));
    if (!endpoint) return false;
    const existing =
      current?.key ??
      (await askSecret(
        steps.of('key'),
        'An existing WhyLabs key with the administrator scope (not stored unless it is already)',
        'administrator API key',
      ));
    if (!existing) return false;
    const checked = await this.check(endpoint, existing.trim(), steps);
    if (!checked) return false;
    if (!checked.access.canManage) {
      void vscode.window.showWarningMessage(`KeyWarden cannot create a WhyLabs key with this key. ${NOT_ADMIN}`);
      return false;
    }
    const alias = await askText(steps.of('alias'), 'A name for the new key', `KeyWarden on ${os.hostname()}`);
    if (alias === undefined) return false;
    const scope = await vscode.window.showQuickPick(
      [
        { label: 'User', description: ':user', detail: 'Read and write data; cannot manage keys.', scopes: [':user'] },
        {
          label: 'Administrator',
          description: ':administrator',
          detail: 'Can also list, create and revoke keys of the organization.',
          scopes: [':administrator'],
        },
      ],
      { title: steps.of('scope'), placeHolder: 'What may the new key do?', ignoreFocusOut: true },
    );
    if (!scope) return false;
    const days = await askText(steps.of('days'), 'Expires after how many days? (empty: never)', '90');
    if (days === undefined) return false;
    const expiresAt = /^\d+$/.test(days.trim()) && Number(days.trim()) > 0 ? Date.now() + Number(days.trim()) * 86_400_000 : undefined;
    const client = new WhyLabsClient(endpoint, existing.trim());
    const created = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Creating a WhyLabs key in ${checked.orgId}…` },
      () => client.createKey({ alias: alias || undefined, scopes: scope.scopes, expiresAt }),
    );
    const { info } = created;
    return this.keep(
      {
        endpoint,
        key: created.key,
        orgId: info.orgId,
        keyId: info.keyId,
        alias: info.alias,
        expiresAt: info.expiresAt,
        canManage: scope.scopes.includes(':administrator'),
        storedAt: new Date().toISOString(),
      },
      `Created WhyLabs key ${info.keyId} (${mask(created.key)}) in ${info.orgId}`,
      `Created WhyLabs key ${info.keyId} and stored it in secret storage. New terminals get WHYLABS_API_KEY and WHYLABS_DEFAULT_ORG_ID.`,
    );
  }

  /**
   * Revokes a leaked key after "Rotate now": named by its key id (the key's first 10 characters),
   * revoked with the stored key when it has the administrator scope, else with one the user pastes
   * (not stored). WhyLabs revokes only keys made with the key it is asked with.
   */
  async deactivateLeaked(value: string): Promise<boolean> {
    const a = await this.account();
    const endpoint = a?.endpoint ?? this.host.settings()['whylabs.apiEndpoint'];
    const yes = 'Revoke';
    const confirm = async (keyId: string) =>
      (await vscode.window.showWarningMessage(
        `Revoke the leaked WhyLabs key ${keyId} at ${endpoint}?`,
        {
          modal: true,
          detail: `The code now reads the new key from WHYLABS_API_KEY. Programs still using the old key (${mask(value)}) stop working. WhyLabs lets a key revoke only the keys that were created with it.`,
        },
        yes,
      )) === yes;
    const pasted = async () => {
      const key = await askSecret(
        'WhyLabs: revoke the leaked key',
        'The administrator key the leaked key was created with (not stored)',
        'administrator API key',
      );
      return key?.trim() ? new WhyLabsClient(endpoint, key.trim()) : undefined;
    };
    try {
      const r = await revokeLeakedKey(value, confirm, async () => (a?.canManage ? new WhyLabsClient(endpoint, a.key) : pasted()));
      if (r.done === 'unreadable')
        void vscode.window.showWarningMessage(
          `KeyWarden cannot tell which WhyLabs key ${mask(value)} is: revoke it in the WhyLabs web app (Settings → Access Tokens).`,
        );
      if (r.done !== 'revoked') return false;
      this.revoked(r.keyId, endpoint);
      return true;
    } catch (err) {
      // 403 (no administrator scope) and 404 (made with another key) say what to do instead.
      if (!(err instanceof PlatformError && (err.kind === 'forbidden' || err.kind === 'not-found'))) throw err;
      const keyId = parseWhyLabsKey(value)!.keyId;
      const other = 'Use the key that created it';
      const choice = await vscode.window.showWarningMessage(
        `The code now reads the new WhyLabs key, but the leaked one is not revoked: ${err.message}`,
        other,
      );
      const client = choice === other ? await pasted() : undefined;
      if (!client) return true;
      await client.revokeKey(keyId);
      this.revoked(keyId, endpoint);
      return true;
    }
  }

  private revoked(keyId: string, endpoint: string): void {
    this.host.log.info(`Revoked the leaked WhyLabs key ${keyId} at ${endpoint}`);
    void vscode.window.showInformationMessage(`Revoked the leaked WhyLabs key ${keyId}.`);
  }

  async manageKeys(): Promise<void> {
    const a = await signedInAccount(this.account(), 'WhyLabs');
    if (!a) return;
    const client = new WhyLabsClient(a.endpoint, a.key);
    const access = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Listing the WhyLabs keys…' },
      () => client.access(),
    );
    if (!access.canManage) {
      void vscode.window.showWarningMessage(`The WhyLabs key list is unavailable. ${access.why}`);
      return;
    }
    await pickAndRemoveKey(this.host, () => this.signOut(), {
      items: access.keys.map((k) => ({
        label: `${k.keyId === a.keyId ? '$(check) ' : ''}${k.alias ?? k.keyId}`,
        description: `${k.keyId} · ${k.scopes.join(', ') || 'no scopes'}${k.keyId === a.keyId ? ' · in use here' : ''}`,
        detail: untilText(k.expiresAt),
        key: k,
      })),
      title: `WhyLabs keys of ${a.orgId}`,
      placeHolder: 'Pick a key to revoke it (only keys created with this key can be revoked here), or press Escape',
      question: (k) => `Revoke the WhyLabs key "${k.alias ?? k.keyId}"? Programs using it stop working.`,
      button: 'Revoke',
      remove: async (k) => {
        await client.revokeKey(k.keyId);
        this.host.log.info(`Revoked WhyLabs key ${k.keyId}`);
      },
      inUse: (k) => k.keyId === a.keyId,
      removedInUse: 'Revoked the WhyLabs key KeyWarden was using and removed it; new terminals no longer get WHYLABS_API_KEY.',
      removed: (k) => `Revoked the WhyLabs key ${k.keyId}.`,
    });
  }
}
