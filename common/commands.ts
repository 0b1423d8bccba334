/**
 * The one table of KeyWarden's commands: each command's name and title, once. Its id is
 * `keywarden.<name>`. package.json `contributes.commands` must list exactly the palette
 * commands (test/unit/manifest.test.ts checks it); code refers to commands only through
 * `Commands.<name>.id`, and the client registers a handler for every command the language
 * server does not (client/src/extension.ts, checked at compile time against `ClientCommandName`).
 */
export interface CommandInfo {
  readonly id: string;
  readonly title: string;
  /** Shown in the command palette; internal commands (invoked by code actions) are not. */
  readonly palette: boolean;
}

/** Commands of the palette, by name: their titles. */
const PALETTE = {
  signIn: 'Sign in / Create key',
  manageKeys: 'Manage keys',
  signOut: 'Sign out',
  manageVariables: 'Manage stored variables',
  scanWorkspace: 'Scan workspace',
  relaunchTerminals: 'Relaunch terminals',
  showOutput: 'Show log',
  restartServer: 'Restart language server',
} as const;

/** Commands code actions invoke, not shown in the palette: their titles, and who sends them why. */
const INTERNAL = {
  /** The "Replace with environment variable" quick-fix, to keep the value (see StoreSecretArgs). */
  storeSecret: 'Store secret',
  /** The "Replace with environment variable named…" quick-fix: asks for the name (see NamedVariableArgs). */
  replaceWithNamedVariable: 'Replace with environment variable named…',
  /** The "Add to baseline" quick-fix; run by the language server (executeCommand), so the client registers none. */
  addToBaseline: 'Add to baseline',
  /** The "Create a new key and replace it" quick-fix on committed secrets: see RotateKeyArgs. */
  rotateKey: 'Create a new key and replace it',
  /** The "Rotate now" quick-fix on a live provider key: opens the provider's fixed revoke page (https only). */
  openRevokePage: 'Open the revoke page',
} as const;

export type CommandName = keyof typeof PALETTE | keyof typeof INTERNAL;
/** Commands the language server executes itself (declared in its executeCommandProvider). */
export type ServerCommandName = 'addToBaseline';
/** Commands the extension registers a handler for. */
export type ClientCommandName = Exclude<CommandName, ServerCommandName>;

const entries = (titles: Record<string, string>, palette: boolean) =>
  Object.entries(titles).map(([name, title]) => [name, { id: `keywarden.${name}`, title, palette }]);

export const Commands = Object.fromEntries([...entries(PALETTE, true), ...entries(INTERNAL, false)]) as {
  readonly [K in CommandName]: CommandInfo & { readonly id: `keywarden.${K}` };
};

/** The category shown before every title in the palette ("KeyWarden: Sign in / Create key"). */
export const COMMAND_CATEGORY = 'KeyWarden';
