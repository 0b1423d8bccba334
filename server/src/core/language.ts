/**
 * What kind of text a file is: its VS Code language id (from the id the editor gives, else the
 * file name), and the syntax facts the generic rule needs, e.g. whether values must be quoted.
 */

const BY_EXTENSION: Record<string, string> = {
  py: 'python',
  pyi: 'python',
  ipynb: 'jupyter',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  vue: 'vue',
  svelte: 'svelte',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  ksh: 'shellscript',
  bats: 'shellscript',
  ps1: 'powershell',
  psm1: 'powershell',
  psd1: 'powershell',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  scala: 'scala',
  groovy: 'groovy',
  gradle: 'groovy',
  cs: 'csharp',
  fs: 'fsharp',
  vb: 'vb',
  rb: 'ruby',
  erb: 'erb',
  php: 'php',
  rs: 'rust',
  swift: 'swift',
  dart: 'dart',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  m: 'objective-c',
  r: 'r',
  hs: 'haskell',
  ex: 'elixir',
  exs: 'elixir',
  lua: 'lua',
  pl: 'perl',
  sql: 'sql',
  tf: 'terraform',
  hcl: 'terraform',
  nix: 'nix',
  yml: 'yaml',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  json5: 'json',
  tfstate: 'json',
  har: 'json',
  ndjson: 'json',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  conf: 'ini',
  cnf: 'ini',
  properties: 'properties',
  env: 'dotenv',
  xml: 'xml',
  config: 'xml',
  csproj: 'xml',
  html: 'html',
  htm: 'html',
  md: 'markdown',
  rst: 'restructuredtext',
  txt: 'plaintext',
  log: 'log',
  dockerfile: 'dockerfile',
  tmpl: 'plaintext',
  tpl: 'plaintext',
};

const BY_NAME: Record<string, string> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  makefile: 'makefile',
  '.env': 'dotenv',
  '.npmrc': 'properties',
  '.pypirc': 'ini',
  '.netrc': 'plaintext',
  '.bashrc': 'shellscript',
  '.zshrc': 'shellscript',
  '.profile': 'shellscript',
  'docker-compose.yml': 'dockercompose',
  'docker-compose.yaml': 'dockercompose',
  'compose.yaml': 'dockercompose',
  'compose.yml': 'dockercompose',
};

export function languageOf(languageId: string | undefined, path: string | undefined): string {
  if (languageId && languageId !== 'plaintext') return languageId;
  if (!path) return languageId ?? 'plaintext';
  const base = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (BY_NAME[base]) return BY_NAME[base];
  if (base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base.startsWith('dockerfile')) return 'dockerfile';
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot + 1) : '';
  if (ext === 'example' || ext === 'sample' || ext === 'template' || ext === 'dist') {
    return languageOf(undefined, base.slice(0, dot));
  }
  return BY_EXTENSION[ext] ?? languageId ?? 'plaintext';
}

/** How the env-var fix reads a variable (fix/languages.ts has one entry per family). */
export type LanguageFamily =
  | 'python'
  | 'javascript'
  | 'shell'
  | 'powershell'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'c'
  | 'yaml'
  | 'github-actions'
  | 'dockerfile'
  | 'properties'
  | 'toml'
  | 'ini'
  | 'none';

/** What KeyWarden knows of a language, by VS Code language id. */
interface LanguageFacts {
  /** A name is assigned an expression, so an unquoted value is code, not a secret. */
  readonly code?: true;
  /** How it reads an environment variable; none: the env-var fix does not rewrite it. */
  readonly family?: LanguageFamily;
  /** How a comment opens (and closes) for `keywarden:ignore`; none: it has no comments (JSON). */
  readonly comment?: readonly [open: string, close?: string];
}

/** The one table of languages: every fact by language id (file names map to ids above). */
const LANGUAGES: Readonly<Record<string, LanguageFacts>> = {
  python: { code: true, family: 'python', comment: ['# '] },
  jupyter: { code: true, family: 'python' },
  javascript: { code: true, family: 'javascript', comment: ['// '] },
  javascriptreact: { code: true, family: 'javascript', comment: ['// '] },
  typescript: { code: true, family: 'javascript', comment: ['// '] },
  typescriptreact: { code: true, family: 'javascript', comment: ['// '] },
  vue: { code: true, family: 'javascript', comment: ['<!-- ', ' -->'] },
  svelte: { code: true, family: 'javascript', comment: ['// '] },
  go: { code: true, family: 'go', comment: ['// '] },
  java: { code: true, family: 'java', comment: ['// '] },
  kotlin: { code: true, family: 'kotlin', comment: ['// '] },
  scala: { code: true, comment: ['// '] },
  groovy: { code: true, comment: ['// '] },
  csharp: { code: true, family: 'csharp', comment: ['// '] },
  fsharp: { code: true },
  vb: { code: true },
  ruby: { code: true, family: 'ruby', comment: ['# '] },
  erb: { code: true },
  php: { code: true, family: 'php', comment: ['// '] },
  rust: { code: true, family: 'rust', comment: ['// '] },
  swift: { code: true, comment: ['// '] },
  dart: { code: true, comment: ['// '] },
  c: { code: true, family: 'c', comment: ['// '] },
  cpp: { code: true, family: 'c', comment: ['// '] },
  'objective-c': { code: true, comment: ['// '] },
  r: { code: true, comment: ['# '] },
  haskell: { code: true, comment: ['-- '] },
  elixir: { code: true },
  lua: { code: true, comment: ['-- '] },
  perl: { code: true, comment: ['# '] },
  terraform: { code: true, comment: ['# '] },
  nix: { code: true },
  powershell: { code: true, family: 'powershell', comment: ['# '] },
  json: { code: true },
  jsonc: { code: true, comment: ['// '] },
  shellscript: { family: 'shell', comment: ['# '] },
  shell: { family: 'shell' },
  bash: { family: 'shell' },
  sh: { family: 'shell' },
  zsh: { family: 'shell' },
  yaml: { family: 'yaml', comment: ['# '] },
  dockercompose: { family: 'yaml' },
  'github-actions-workflow': { family: 'github-actions' },
  dockerfile: { family: 'dockerfile', comment: ['# '] },
  properties: { family: 'properties', comment: ['# '] },
  'java-properties': { family: 'properties' },
  toml: { family: 'toml', comment: ['# '] },
  ini: { family: 'ini', comment: ['; '] },
  dotenv: { comment: ['# '] },
  makefile: { comment: ['# '] },
  sql: { comment: ['-- '] },
  bat: { comment: ['REM '] },
  markdown: { comment: ['<!-- ', ' -->'] },
  html: { comment: ['<!-- ', ' -->'] },
  xml: { comment: ['<!-- ', ' -->'] },
  css: { comment: ['/* ', ' */'] },
  plaintext: { comment: ['# '] },
};

const factsOf = (language: string): LanguageFacts => (Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language] : {});

export interface Syntax {
  /** Unquoted values are expressions (code) rather than text (config, shell, docs). */
  readonly quotesRequired: boolean;
}

export function syntaxOf(language: string): Syntax {
  return { quotesRequired: factsOf(language).code === true };
}

/** The family whose environment read the fix writes in this language. */
export function familyOfLanguage(language: string): LanguageFamily {
  return factsOf(language).family ?? 'none';
}

/** How to write a comment (opening, closing) in this language; undefined when it has none. */
export function commentOf(language: string): [string, string] | undefined {
  const comment = factsOf(language).comment;
  return comment ? [comment[0], comment[1] ?? ''] : undefined;
}

const LOCKFILES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|go\.sum|packages\.lock\.json|mix\.lock|pubspec\.lock|flake\.lock|uv\.lock)$/;

/** Lockfiles hold integrity hashes, never secrets: not scanned. */
export function isLockfile(path: string | undefined): boolean {
  return !!path && LOCKFILES.test(path.replace(/\\/g, '/'));
}
