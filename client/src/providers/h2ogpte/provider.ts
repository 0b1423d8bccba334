/**
 * h2oGPTe API keys: users create them in the h2oGPTe web UI (the REST key routes are for
 * admins), so KeyWarden opens that page and then takes the pasted key, checked with
 * `GET /users/current/roles` before it is stored. Whether the key is global or bound to one
 * collection is shown only when the server says it (the admin key list); an admin's key can
 * also list and deactivate keys.
 */
import * as vscode from 'vscode';
import { askSecret, askUrl } from '../../ui/prompts';
import { Steps } from '../../ui/steps';
import { mask, PlatformError } from '../../../../common/api/http';
import { pickAndRemoveKey, signedInAccount } from '../keyList';
import { hasStrings, StoredAccountProvider, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { fitsLeaked, H2oGpteClient, NOT_ADMIN_KEYS, type H2oApiKeyInfo, type H2oKeyCheck } from '../../../../common/api/h2ogpte';

interface H2oAccount extends StoredAccount {
  readonly url: string;
  readonly key: string;
  /** 'unknown' unless the admin key list said it (older records may say 'global' without a source). */
  readonly kind: 'global' | 'collection' | 'unknown';
  readonly collection?: string;
  readonly admin?: boolean;
  readonly keyId?: string;
  /** False when the user chose to store a key the server refused to check. */
  readonly checked?: boolean;
}

const kindText = (a: Pick<H2oAccount, 'kind' | 'collection'>) =>
  a.kind === 'collection'
    ? `a key for the collection "${a.collection ?? '?'}" only`
    : a.kind === 'global'
      ? 'a global key'
      : "global or collection-specific: only an administrator's key list says";

export class H2oGpteProvider extends StoredAccountProvider<H2oAccount> {
  readonly id = 'h2ogpte';
  readonly label = 'H2O h2oGPTe';
  readonly platform = 'h2ogpte' as const;
  newKey = (): Promise<boolean> => this.paste();
  protected readonly secretKey = 'keywarden.h2ogpte';

  signInActions(): SignInAction[] {
    return [
      {
        label: '$(key) H2O h2oGPTe: add an API key',
        detail: 'Create one in the h2oGPTe UI (KeyWarden opens it), then paste it; it is checked before it is stored.',
        run: () => this.paste(),
      },
    ];
  }

  protected isAccount(v: unknown): v is H2oAccount {
    return hasStrings(v, 'key', 'url');
  }

  protected describe(a: H2oAccount): AccountState {
    // Records from before the admin-list check said 'global' without knowing: shown as unknown.
    const known = a.checked !== undefined || a.admin !== undefined ? a : { ...a, kind: 'unknown' as const };
    return {
      label: this.label,
      detail: `${kindText(known)}${a.admin ? ', administrator' : ''}${a.checked === false ? ', not checked' : ''} at ${a.url}`,
    };
  }

  protected env(a: H2oAccount): Record<string, string> {
    return { H2OGPTE_API_KEY: a.key, H2OGPTE_SERVER_URL: a.url };
  }

  async paste(): Promise<boolean> {
    const steps = new Steps('H2O h2oGPTe: add an API key', ['url', 'how', 'key']);
    const url = await askUrl(steps.of('url'), 'Address of your h2oGPTe server', this.host.settings()['h2ogpte.url']);
    if (!url) return false;
    const how = await vscode.window.showQuickPick(
      [
        {
          label: '$(link-external) Open h2oGPTe settings in the browser',
          detail: 'Settings → API Keys → New API Key; leave the collection empty for a global key. Then paste it here.',
          open: true,
        },
        { label: '$(clippy) I have a key: paste it', detail: 'A key starting with sk-', open: false },
      ],
      { title: steps.of('how'), placeHolder: 'API keys are created in the h2oGPTe web UI', ignoreFocusOut: true },
    );
    if (!how) return false;
    if (how.open) void vscode.env.openExternal(vscode.Uri.parse(`${url}/settings`));
    const key = (
      await askSecret(steps.of('key'), 'Paste the h2oGPTe API key (sk-…). KeyWarden checks it before storing it.', 'sk-…')
    )?.trim();
    if (!key) return false;
    let info: H2oKeyCheck;
    try {
      info = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Checking the key with ${url}…` },
        () => new H2oGpteClient(url, key).check(),
      );
    } catch (err) {
      if (!(err instanceof PlatformError && err.kind === 'unauthorized')) throw err;
      const choice = await vscode.window.showWarningMessage(err.message, { modal: true }, 'Store it unchecked');
      if (choice !== 'Store it unchecked') return false;
      return this.keep(
        { url, key, kind: 'unknown', checked: false, storedAt: new Date().toISOString() },
        `Stored an unchecked h2oGPTe key ${mask(key)} for ${url}`,
        'The h2oGPTe key is stored unchecked (the server refused the check). New terminals get H2OGPTE_API_KEY and H2OGPTE_SERVER_URL.',
      );
    }
    const what =
      info.kind === 'unknown'
        ? 'Whether it is a global key or one for a single collection, h2oGPTe tells only administrators, so KeyWarden does not say.'
        : `It is ${kindText(info)}.`;
    return this.keep(
      {
        url,
        key,
        kind: info.kind,
        collection: info.collection,
        admin: info.admin,
        keyId: info.keyId,
        checked: true,
        storedAt: new Date().toISOString(),
      },
      `Stored h2oGPTe key ${mask(key)} for ${url} (kind: ${info.kind}, admin: ${info.admin})`,
      `The h2oGPTe key works and is stored in secret storage. ${what} New terminals get H2OGPTE_API_KEY and H2OGPTE_SERVER_URL.`,
    );
  }

  /**
   * After "Rotate now": h2oGPTe names a key in its admin list only by a hint (its last
   * characters), so the leaked key cannot be identified for sure; the list opens with the keys
   * that end like it first, and the user picks and confirms (the stored key must be an admin's).
   */
  async deactivateLeaked(value: string): Promise<boolean> {
    await this.manageKeys(value);
    return true;
  }

  /** Lists the keys to deactivate one; with `leaked`, the keys whose hint fits it come first, marked. */
  async manageKeys(leaked?: string): Promise<void> {
    const a = await signedInAccount(this.account(), 'h2oGPTe');
    if (!a) return;
    const client = new H2oGpteClient(a.url, a.key);
    let keys;
    try {
      keys = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Listing the h2oGPTe keys…' }, () =>
        client.listKeys(),
      );
    } catch (err) {
      if (!(err instanceof PlatformError && err.kind === 'forbidden')) throw err;
      const first = leaked
        ? `The code now reads the new h2oGPTe key, but KeyWarden cannot deactivate the leaked one (${mask(leaked)}): `
        : 'The h2oGPTe key list is unavailable. ';
      const open = await vscode.window.showWarningMessage(`${first}${NOT_ADMIN_KEYS}`, 'Open h2oGPTe settings');
      if (open) void vscode.env.openExternal(vscode.Uri.parse(`${a.url.replace(/\/+$/, '')}/settings`));
      return;
    }
    const fits = (k: H2oApiKeyInfo) => leaked !== undefined && fitsLeaked(k, leaked);
    const ordered = [...keys.filter(fits), ...keys.filter((k) => !fits(k))];
    await pickAndRemoveKey(this.host, () => this.signOut(), {
      items: ordered.map((k) => ({
        label: `${k.id === a.keyId ? '$(check) ' : fits(k) ? '$(warning) ' : ''}${k.name || k.id}`,
        description: `${k.username} · ${k.hint} · ${k.global ? 'global' : `collection "${k.collection ?? '?'}"`}${k.active ? '' : ' · inactive'}${k.id === a.keyId ? ' · in use here' : ''}${fits(k) ? ' · ends like the leaked key' : ''}`,
        key: k,
      })),
      title: `h2oGPTe keys at ${a.url}`,
      placeHolder: leaked
        ? `h2oGPTe shows only the last characters of a key: the leaked key (${mask(leaked)}) is one of those marked "ends like the leaked key" (${keys.filter(fits).length}). Pick it to deactivate it, or press Escape`
        : 'Pick a key to deactivate it, or press Escape',
      question: (k) => `Deactivate the h2oGPTe key "${k.name || k.id}" (${k.hint}) of ${k.username}? Programs using it stop working.`,
      button: 'Deactivate',
      remove: async (k) => {
        await client.deactivateKey(k.id);
        this.host.log.info(`Deactivated h2oGPTe key ${k.id}`);
      },
      inUse: (k) => k.id === a.keyId,
      removedInUse: 'Deactivated the h2oGPTe key KeyWarden was using and removed it; new terminals no longer get H2OGPTE_API_KEY.',
      removed: (k) => `Deactivated the h2oGPTe key "${k.name || k.id}".`,
    });
  }
}
