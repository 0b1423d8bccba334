/**
 * The platforms KeyWarden signs in to and makes keys for, in one table: the detection core reads
 * the words that name each one and its key variable, the code actions and the rotate command name
 * it by id, the providers and protocol types are typed by it. Imports nothing (no Node, no
 * vscode), so the pure core may use it and stay pure.
 * Adding a platform: a row here, a provider under client/src/providers/, its rules in
 * server/src/core/rules/ (with `platform: '<id>'`).
 */

export type PlatformId = 'arthur' | 'whylabs' | 'h2ogpte' | 'rime';

export interface Platform {
  readonly id: PlatformId;
  /** For people: "WhyLabs". */
  readonly label: string;
  /** The variable its SDKs read a key from: the env-var quick-fix writes it, sign-in exports it. */
  readonly keyVar: string;
  /** Every variable KeyWarden reads or exports for it (the key, an OAuth client secret, addresses, an organisation). */
  readonly env: readonly string[];
  /** Lower-case words that name it in a text (the core's keyword pass looks for them) … */
  readonly words: readonly string[];
  /** … or, when they are also common substrings, only where this search matches (at most `longest` characters). */
  readonly confirm?: { readonly search: RegExp; readonly longest: number };
}

/** In the order a text's mentions are listed (core/platform.ts). */
export const PLATFORMS: readonly Platform[] = [
  { id: 'h2ogpte', label: 'h2oGPTe', keyVar: 'H2OGPTE_API_KEY', env: ['H2OGPTE_API_KEY', 'H2OGPTE_SERVER_URL'], words: ['h2ogpte'] },
  {
    id: 'whylabs',
    label: 'WhyLabs',
    keyVar: 'WHYLABS_API_KEY',
    env: ['WHYLABS_API_KEY', 'WHYLABS_DEFAULT_ORG_ID', 'WHYLABS_API_ENDPOINT'],
    words: ['whylabs'],
  },
  {
    id: 'rime',
    label: 'RI Platform',
    keyVar: 'RIME_API_KEY',
    // Address first: the other way round, the rime-api-token rule reads the two names as a key's name and value.
    env: ['RIME_CLUSTER_URL', 'RIME_API_KEY'],
    // "rime" is in "prime" and "crime": only these forms name the platform.
    words: ['rime', 'rbst.io'],
    confirm: { search: /\brime(?:_sdk)?\b|rbst\.io|rime-api-key/i, longest: 'rime-api-key'.length },
  },
  {
    id: 'arthur',
    label: 'Arthur',
    keyVar: 'ARTHUR_API_KEY',
    env: ['ARTHUR_API_KEY', 'ARTHUR_CLIENT_SECRET', 'ARTHUR_BASE_URL', 'ARTHUR_ENDPOINT_URL', 'ARTHUR_ORGANIZATION_ID'],
    words: ['arthur'],
  },
];

export const PLATFORM_IDS: readonly PlatformId[] = PLATFORMS.map((p) => p.id);

/** The row of a platform id. */
export function platformById(id: PlatformId): Platform {
  return PLATFORMS.find((p) => p.id === id)!;
}

/** The platform whose variable `envVar` is (one of its `env`), if any: looked up, never guessed from a prefix. */
export function platformOfVariable(envVar: string | undefined): PlatformId | undefined {
  return envVar === undefined ? undefined : PLATFORMS.find((p) => p.env.includes(envVar))?.id;
}
