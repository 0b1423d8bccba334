/**
 * One provider per platform behind this interface: what it offers in "Sign in / Create key",
 * who is signed in, which variables it exports to terminals, and how to manage and sign out.
 * Adding a platform = one folder under providers/ implementing it + one line in ./index.ts.
 */
import type * as vscode from 'vscode';
import type { PlatformId } from '../../../common/platforms';

export interface ProviderHost {
  readonly secrets: vscode.SecretStorage;
  /** Non-secret memory per workspace (base URLs last used). Never put a credential here. */
  readonly workspaceState: vscode.Memento;
  readonly log: vscode.LogOutputChannel;
  /** A folder of this extension's that every window on the machine shares (global storage). */
  readonly storageDir: string;
  /** Settings as read through common/settings.ts. */
  readonly settings: () => import('../../../common/settings').Settings;
  /** Tells the user something changed in terminals; offers "Relaunch terminals" when some are open. */
  announce(message: string): Promise<void>;
}

export interface AccountState {
  /** Short, for the status bar: "Arthur Engine". */
  readonly label: string;
  /** One line for tooltips and the quick pick: "key 1a2b… at http://localhost:3030". */
  readonly detail: string;
  readonly expiresAt?: number;
}

export interface SignInAction {
  readonly label: string;
  readonly detail: string;
  /** Runs the flow; resolves true when a credential was stored. */
  run(): Promise<boolean>;
}

export interface Provider {
  readonly id: string;
  readonly label: string;
  signInActions(): SignInAction[];
  state(): Promise<AccountState | undefined>;
  /** Variables for new terminals while signed in. */
  environment(): Promise<Record<string, string>>;
  /** Variables for terminals of one workspace folder (folder URI -> variables), overriding the above there. */
  folderEnvironments?(): Promise<Map<string, Record<string, string>>>;
  manageKeys?(): Promise<void>;
  signOut(): Promise<void>;
  /** Whether a SecretStorage key belongs to this provider (changes from other windows refresh it). */
  owns(secretKey: string): boolean;
  /** Which platform's keys this provider issues (for replacing a key found in the git history). */
  readonly platform?: PlatformId;
  /** Gets a new key (create, or paste where keys are made in a web UI); true when one was stored. */
  newKey?(): Promise<boolean>;
  /**
   * After "Rotate now" replaced a working key found in the code: deactivates that key on the
   * platform once the user confirms (a modal naming it by its masked id). `value` is the old key,
   * held only for this call. Resolves true when it was deactivated, or when the user was already told
   * what to do instead (then "Rotate now" adds no message of its own).
   */
  deactivateLeaked?(value: string): Promise<boolean>;
  /** Registered with vscode.authentication so other extensions can getSession(id, …). */
  readonly authentication?: { readonly id: string; readonly label: string; readonly provider: vscode.AuthenticationProvider };
  dispose?(): void;
}
