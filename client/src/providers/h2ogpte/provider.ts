/**
 * h2oGPTe API keys: users create them in the h2oGPTe web UI (the REST key routes are for
 * admins), so KeyWarden opens that page and then takes the pasted key, checked before it is
 * stored, and says whether it is a global key or bound to one collection.
 */
import * as vscode from 'vscode';
import { askSecret, askUrl, step } from '../../ui/prompts';
import { mask } from '../http';
import { StoredAccountProvider, type StoredAccount } from '../storedAccount';
import type { AccountState, SignInAction } from '../types';
import { H2oGpteClient } from './api';

interface H2oAccount extends StoredAccount {
  readonly url: string;
  readonly key: string;
  readonly kind: 'global' | 'collection';
  readonly collection?: string;
}

export class H2oGpteProvider extends StoredAccountProvider<H2oAccount> {
  readonly id = 'h2ogpte';
  readonly label = 'H2O h2oGPTe';
  readonly platform = 'h2ogpte' as const;
  newKey = (): Promise<boolean> => this.paste();
  protected readonly secretKey = 'keywarden.h2ogpte';

  signInActions(): SignInAction[] {
    return [{ label: '$(key) H2O h2oGPTe: add an API key', detail: 'Create one in the h2oGPTe UI (KeyWarden opens it), then paste it; it is checked before it is stored.', run: () => this.paste() }];
  }

  protected isAccount(v: unknown): v is H2oAccount {
    const a = v as Partial<H2oAccount>;
    return typeof a?.key === 'string' && typeof a.url === 'string';
  }

  protected describe(a: H2oAccount): AccountState {
    return { label: this.label, detail: `${a.kind === 'collection' ? `key for collection "${a.collection ?? '?'}"` : 'global key'} at ${a.url}` };
  }

  protected env(a: H2oAccount): Record<string, string> {
    return { H2OGPTE_API_KEY: a.key, H2OGPTE_SERVER_URL: a.url };
  }

  async paste(): Promise<boolean> {
    const title = 'H2O h2oGPTe: add an API key';
    const url = await askUrl(step(title, 1, 3), 'Address of your h2oGPTe server', this.host.settings()['h2ogpte.url']);
    if (!url) return false;
    const how = await vscode.window.showQuickPick(
      [
        { label: '$(link-external) Open h2oGPTe settings in the browser', detail: 'Settings → API Keys → New API Key; leave the collection empty for a global key. Then paste it here.', open: true },
        { label: '$(clippy) I have a key: paste it', detail: 'A key starting with sk-', open: false },
      ],
      { title: step(title, 2, 3), placeHolder: 'API keys are created in the h2oGPTe web UI', ignoreFocusOut: true },
    );
    if (!how) return false;
    if (how.open) void vscode.env.openExternal(vscode.Uri.parse(`${url}/settings`));
    const key = await askSecret(step(title, 3, 3), 'Paste the h2oGPTe API key (sk-…). KeyWarden checks it before storing it.', 'sk-…');
    if (!key) return false;
    const info = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking the key with ${url}…` }, () => new H2oGpteClient(url, key).check());
    await this.store({ url, key, kind: info.kind, collection: info.collection, storedAt: new Date().toISOString() });
    this.host.log.info(`Stored h2oGPTe ${info.kind} key ${mask(key)} for ${url}`);
    const what = info.kind === 'collection' ? `a key for the collection "${info.collection}" only` : 'a global key';
    await this.host.announce(`The h2oGPTe key works (${what}) and is stored in secret storage. New terminals get H2OGPTE_API_KEY and H2OGPTE_SERVER_URL.`);
    return true;
  }
}
