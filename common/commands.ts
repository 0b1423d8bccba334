/**
 * The one table of KeyWarden's commands. package.json `contributes.commands` must list
 * exactly the entries with `palette` set (test/unit/manifest.test.ts checks it), and code
 * refers to commands only through `Commands.<name>.id`.
 */
export interface CommandInfo {
  readonly id: string;
  readonly title: string;
  /** Shown in the command palette; internal commands (invoked by code actions) are not. */
  readonly palette: boolean;
}

export const Commands = {
  signIn: { id: 'keywarden.signIn', title: 'Sign in / Create key', palette: true },
  manageKeys: { id: 'keywarden.manageKeys', title: 'Manage keys', palette: true },
  signOut: { id: 'keywarden.signOut', title: 'Sign out', palette: true },
  manageVariables: { id: 'keywarden.manageVariables', title: 'Manage stored variables', palette: true },
  scanWorkspace: { id: 'keywarden.scanWorkspace', title: 'Scan workspace', palette: true },
  relaunchTerminals: { id: 'keywarden.relaunchTerminals', title: 'Relaunch terminals', palette: true },
  showOutput: { id: 'keywarden.showOutput', title: 'Show log', palette: true },
  restartServer: { id: 'keywarden.restartServer', title: 'Restart language server', palette: true },
  /** Invoked by the "Replace with environment variable" quick-fix to keep the value. */
  storeSecret: { id: 'keywarden.storeSecret', title: 'Store secret', palette: false },
  /** Invoked by the "Replace with environment variable named…" quick-fix: asks for the name (see NamedVariableArgs). */
  replaceWithNamedVariable: { id: 'keywarden.replaceWithNamedVariable', title: 'Replace with environment variable named…', palette: false },
  /** Run by the language server (executeCommand) for the "Add to baseline" quick-fix. */
  addToBaseline: { id: 'keywarden.addToBaseline', title: 'Add to baseline', palette: false },
  /** Sent by the "Create a new key and replace it" quick-fix on committed secrets: see RotateKeyArgs. */
  rotateKey: { id: 'keywarden.rotateKey', title: 'Create a new key and replace it', palette: false },
  /** Sent by the "Rotate now" quick-fix on a live provider key: opens the provider's fixed revoke page (https only). */
  openRevokePage: { id: 'keywarden.openRevokePage', title: 'Open the revoke page', palette: false },
} as const satisfies Record<string, CommandInfo>;

export type CommandName = keyof typeof Commands;

/** The category shown before every title in the palette ("KeyWarden: Sign in / Create key"). */
export const COMMAND_CATEGORY = 'KeyWarden';
