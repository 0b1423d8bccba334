/**
 * The one table of KeyWarden's settings: key, JSON schema, default and description.
 * package.json `contributes.configuration` must match it (test/unit/manifest.test.ts), the
 * server and CLI read defaults from it, and `readSettings` turns whatever the user wrote
 * (possibly invalid) into a valid `Settings` plus a list of problems to show.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface Settings {
  /** Lint documents as they are edited. */
  enable: boolean;
  /** Files larger than this many bytes are skipped with an explanation. */
  maxFileSize: number;
  /** Per-rule severity overrides, e.g. `{ "generic-password": "hint" }`. */
  severity: Record<string, SeverityName>;
  /** Glob patterns (relative to the workspace folder) never linted. */
  exclude: string[];
  /** Arthur Platform host used for OAuth sign-in. */
  'arthur.platformUrl': string;
  /** Public OAuth client id used for the device login. */
  'arthur.clientId': string;
  /** Default Arthur Engine base URL offered when creating or pasting a key. */
  'arthur.engineUrl': string;
  /** Arthur Scope (v3) address offered when pasting a key or signing in with login and password. */
  'arthur.scopeUrl': string;
  /** WhyLabs API endpoint. */
  'whylabs.apiEndpoint': string;
  /** H2O h2oGPTe address. */
  'h2ogpte.url': string;
  /** Robust Intelligence (RI Platform) cluster URL; empty = ask. */
  'rime.url': string;
  /** Ask each found key's issuer whether it still works (opt-in). */
  'verify.enabled': boolean;
  /** How long a check's result is kept before the key is asked about again. */
  'verify.cacheMinutes': number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (error: string): Checked<never> => ({ ok: false, error });

interface SettingSpec<K extends keyof Settings> {
  readonly key: K;
  readonly schema: Record<string, unknown>;
  readonly default: Settings[K];
  readonly description: string;
  readonly scope?: 'application' | 'machine' | 'window' | 'resource' | 'machine-overridable';
  /** Returns the valid value or an error message. */
  readonly validate: (value: unknown) => Checked<Settings[K]>;
}

const isHttpUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

const url = (v: unknown): Checked<string> =>
  isHttpUrl(v) ? ok(v.replace(/\/+$/, '')) : bad(`must be an http(s) URL, got ${JSON.stringify(v)}`);

export const SETTINGS_SECTION = 'keywarden';

/** Texts longer than this are not scanned unless keywarden.maxFileSize (or the CLI's --max-file-size) says otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export const SettingSpecs: { readonly [K in keyof Settings]: SettingSpec<K> } = {
  enable: {
    key: 'enable',
    schema: { type: 'boolean' },
    default: true,
    description: 'Flag hard-coded keys, tokens and passwords as you type.',
    scope: 'resource',
    validate: (v) => (typeof v === 'boolean' ? ok(v) : bad('must be true or false')),
  },
  maxFileSize: {
    key: 'maxFileSize',
    schema: { type: 'number', minimum: 1024 },
    default: DEFAULT_MAX_FILE_SIZE,
    description: 'Files larger than this many bytes are not scanned (a notice says so).',
    scope: 'resource',
    validate: (v) =>
      typeof v === 'number' && Number.isFinite(v) && v >= 1024 ? ok(Math.floor(v)) : bad('must be a number of bytes, at least 1024'),
  },
  severity: {
    key: 'severity',
    schema: {
      type: 'object',
      additionalProperties: { type: 'string', enum: [...SEVERITY_NAMES] },
    },
    default: {},
    description:
      'Severity per rule id, overriding the one derived from confidence: "error", "warning", "information", "hint" or "off". Example: { "generic-password": "hint" }.',
    scope: 'resource',
    validate: (v) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return bad('must be an object of rule id to severity');
      const out: Record<string, SeverityName> = {};
      for (const [rule, sev] of Object.entries(v)) {
        if (!SEVERITY_NAMES.includes(sev as SeverityName)) {
          return bad(`rule "${rule}": severity must be one of ${SEVERITY_NAMES.join(', ')}`);
        }
        out[rule] = sev as SeverityName;
      }
      return ok(out);
    },
  },
  exclude: {
    key: 'exclude',
    schema: { type: 'array', items: { type: 'string' } },
    default: ['**/node_modules/**', '**/.git/**', '**/*.min.js', '**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml'],
    description: 'Glob patterns of files that are never scanned.',
    scope: 'resource',
    validate: (v) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? ok([...v]) : bad('must be a list of glob patterns')),
  },
  'arthur.platformUrl': {
    key: 'arthur.platformUrl',
    schema: { type: 'string', format: 'uri' },
    default: 'https://platform.arthur.ai',
    description: 'Arthur Platform host for "Sign in with browser" and service accounts.',
    scope: 'machine-overridable',
    validate: url,
  },
  'arthur.clientId': {
    key: 'arthur.clientId',
    schema: { type: 'string', minLength: 1 },
    default: 'scope-cli-client',
    description: 'Public OAuth client id used for the Arthur Platform device login.',
    scope: 'machine-overridable',
    validate: (v) => (typeof v === 'string' && v.trim() !== '' ? ok(v.trim()) : bad('must be a non-empty client id')),
  },
  'arthur.engineUrl': {
    key: 'arthur.engineUrl',
    schema: { type: 'string', format: 'uri' },
    default: 'http://localhost:3030',
    description: 'Default Arthur Engine base URL offered when creating or pasting an Engine key.',
    scope: 'resource',
    validate: url,
  },
  'arthur.scopeUrl': {
    key: 'arthur.scopeUrl',
    schema: { type: 'string', format: 'uri' },
    default: 'https://app.arthur.ai',
    description:
      'Default Arthur Scope (v3) address offered when pasting an API key or signing in with login and password (exported as ARTHUR_ENDPOINT_URL).',
    scope: 'machine-overridable',
    validate: url,
  },
  'whylabs.apiEndpoint': {
    key: 'whylabs.apiEndpoint',
    schema: { type: 'string', format: 'uri' },
    default: 'https://api.whylabsapp.com',
    description: 'WhyLabs API endpoint (exported as WHYLABS_API_ENDPOINT when it is not the default).',
    scope: 'machine-overridable',
    validate: url,
  },
  'h2ogpte.url': {
    key: 'h2ogpte.url',
    schema: { type: 'string', format: 'uri' },
    default: 'https://h2ogpte.genai.h2o.ai',
    description: 'Address of your H2O Enterprise h2oGPTe server.',
    scope: 'machine-overridable',
    validate: url,
  },
  'rime.url': {
    key: 'rime.url',
    schema: { type: 'string' },
    default: '',
    description: 'Cluster URL of your Robust Intelligence (RI Platform) instance; empty to be asked.',
    scope: 'machine-overridable',
    validate: (v) => (v === '' ? ok('') : url(v)),
  },
  // Only user settings may turn verification on: a repository's settings must not send its readers' keys anywhere.
  'verify.enabled': {
    key: 'verify.enabled',
    schema: { type: 'boolean' },
    default: false,
    description:
      "Ask each found key's issuer whether it still works (GitHub, OpenAI, Slack … at their official API; Arthur, WhyLabs, h2oGPTe, RI Platform keys only at hosts you chose). A live key becomes an error. Off by default.",
    scope: 'application',
    validate: (v) => (typeof v === 'boolean' ? ok(v) : bad('must be true or false')),
  },
  'verify.cacheMinutes': {
    key: 'verify.cacheMinutes',
    schema: { type: 'number', minimum: 1 },
    default: 60,
    description: 'Minutes a key check is remembered (in memory only) before the key is checked again.',
    scope: 'application',
    validate: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? ok(v) : bad('must be a number of minutes, at least 1')),
  },
};

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.values(SettingSpecs).map((s) => [s.key, s.default]),
) as unknown as Settings;

export interface SettingsProblem {
  key: string;
  message: string;
}

/** Where a setting's value was written, as VS Code's `WorkspaceConfiguration.inspect` tells it. */
export interface WrittenValues {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/**
 * The value the user wrote for `key` that applies: the folder's, else the workspace's, else the
 * user's; for a setting only user settings may hold (scope "application" or "machine", e.g.
 * verify.enabled: a repository must not turn on sending its readers' keys anywhere), the user's only.
 */
export function writtenValue(key: string, written: WrittenValues | undefined): unknown {
  const scope = Object.hasOwn(SettingSpecs, key) ? SettingSpecs[key as keyof Settings].scope : undefined;
  if (scope === 'application' || scope === 'machine') return written?.globalValue;
  return written?.workspaceFolderValue ?? written?.workspaceValue ?? written?.globalValue;
}

/**
 * Reads raw values (e.g. from `workspace.getConfiguration('keywarden')`) into valid settings.
 * An invalid value falls back to the default and is reported, never thrown.
 */
export function readSettings(get: (key: string) => unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const spec of Object.values(SettingSpecs) as SettingSpec<keyof Settings>[]) {
    const raw = get(spec.key);
    if (raw === undefined) continue;
    const result = spec.validate(raw);
    if (result.ok) settings[spec.key] = result.value;
    else
      problems.push({
        key: `${SETTINGS_SECTION}.${spec.key}`,
        message: `${SETTINGS_SECTION}.${spec.key} ${result.error}; using the default`,
      });
  }
  return { settings: settings as unknown as Settings, problems };
}
