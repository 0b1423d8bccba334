/**
 * The parts of "Manage keys" every key-based provider shares: the stored account or a hint to
 * sign in first, and the list where the user picks a key, confirms, and the key is removed on the
 * server (and from KeyWarden, when it was the one in use). Each provider keeps its own words.
 */
import * as vscode from 'vscode';
import type { ProviderHost } from './types';

/** The account to manage keys with, or undefined after telling the user to sign in to `platform` first. */
export async function signedInAccount<A>(account: Promise<A | undefined>, platform: string): Promise<A | undefined> {
  const a = await account;
  if (!a) void vscode.window.showInformationMessage(`Sign in to ${platform} first ("KeyWarden: Sign in / Create key").`);
  return a;
}

export interface KeyRemoval<K> {
  readonly items: readonly (vscode.QuickPickItem & { readonly key: K })[];
  readonly title: string;
  readonly placeHolder: string;
  /** The modal question for the picked key, and its one button ("Deactivate", "Revoke", "Delete"). */
  question(key: K): string;
  readonly button: string;
  /** Removes the key on the server. */
  remove(key: K): Promise<void>;
  /** Whether KeyWarden holds this key: then it is signed out and `removedInUse` is announced. */
  inUse(key: K): boolean;
  readonly removedInUse: string;
  /** Said when another key was removed. */
  removed(key: K): string;
}

/** Pick a key, confirm, remove it; sign out when it was the key in use. */
export async function pickAndRemoveKey<K>(
  host: Pick<ProviderHost, 'announce'>,
  signOut: () => Promise<void>,
  flow: KeyRemoval<K>,
): Promise<void> {
  const picked = await vscode.window.showQuickPick(flow.items, { title: flow.title, placeHolder: flow.placeHolder, ignoreFocusOut: true });
  if (!picked) return;
  const ok = await vscode.window.showWarningMessage(flow.question(picked.key), { modal: true }, flow.button);
  if (ok !== flow.button) return;
  await flow.remove(picked.key);
  if (flow.inUse(picked.key)) {
    await signOut();
    await host.announce(flow.removedInUse);
  } else void vscode.window.showInformationMessage(flow.removed(picked.key));
}
