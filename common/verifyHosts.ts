/**
 * Where the client says each platform address came from, for key verification: the server sends
 * a platform key only to an address the user chose, and asks first for one a repository names
 * (server/src/verify/hosts.ts applies the rule).
 */
import type { VerifyHostSource } from './protocol';

export interface VerifyHost {
  readonly url: string;
  readonly source: VerifyHostSource;
}

/** What `vscode.WorkspaceConfiguration.inspect()` says of one setting, at one scope. */
export interface InspectedSetting {
  readonly defaultValue?: unknown;
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/**
 * A platform's candidate addresses, each with where it came from: KeyWarden's default and the
 * user's settings are the user's choice, a signed-in account's address too; a repository's
 * settings (workspace, folder) are not, whatever they say.
 */
export function hostsFromSettings(inspected: readonly (InspectedSetting | undefined)[], signedIn: readonly string[]): VerifyHost[] {
  const list: VerifyHost[] = [];
  const add = (v: unknown, source: VerifyHostSource) => {
    if (typeof v === 'string' && /^https?:\/\//.test(v) && !list.some((h) => h.url === v && h.source === source))
      list.push({ url: v, source });
  };
  for (const i of inspected) {
    add(i?.globalValue ?? i?.defaultValue, 'user');
    add(i?.workspaceValue, 'workspace');
    add(i?.workspaceFolderValue, 'workspace');
  }
  for (const url of signedIn) add(url, 'signed-in');
  return list;
}
