/**
 * What kind of text a file is: its VS Code language id (from the id the editor gives, else the
 * file name), and the syntax facts the generic rule needs, e.g. whether values must be quoted.
 */

const BY_EXTENSION: Record<string, string> = {
  py: 'python', pyi: 'python', ipynb: 'jupyter',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact', vue: 'vue', svelte: 'svelte',
  sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', ksh: 'shellscript', bats: 'shellscript',
  ps1: 'powershell', psm1: 'powershell', psd1: 'powershell',
  go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', scala: 'scala', groovy: 'groovy', gradle: 'groovy',
  cs: 'csharp', fs: 'fsharp', vb: 'vb', rb: 'ruby', erb: 'erb', php: 'php', rs: 'rust', swift: 'swift', dart: 'dart',
  c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', m: 'objective-c', r: 'r', hs: 'haskell', ex: 'elixir', exs: 'elixir',
  lua: 'lua', pl: 'perl', sql: 'sql', tf: 'terraform', hcl: 'terraform', nix: 'nix',
  yml: 'yaml', yaml: 'yaml', json: 'json', jsonc: 'jsonc', json5: 'json', tfstate: 'json', har: 'json', ndjson: 'json',
  toml: 'toml', ini: 'ini', cfg: 'ini', conf: 'ini', cnf: 'ini', properties: 'properties', env: 'dotenv',
  xml: 'xml', config: 'xml', csproj: 'xml', html: 'html', htm: 'html', md: 'markdown', rst: 'restructuredtext', txt: 'plaintext',
  log: 'log', dockerfile: 'dockerfile', tmpl: 'plaintext', tpl: 'plaintext',
};

const BY_NAME: Record<string, string> = {
  dockerfile: 'dockerfile', containerfile: 'dockerfile', makefile: 'makefile', '.env': 'dotenv', '.npmrc': 'properties',
  '.pypirc': 'ini', '.netrc': 'plaintext', '.bashrc': 'shellscript', '.zshrc': 'shellscript', '.profile': 'shellscript',
  'docker-compose.yml': 'dockercompose', 'docker-compose.yaml': 'dockercompose', 'compose.yaml': 'dockercompose', 'compose.yml': 'dockercompose',
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

/** Languages where a name is assigned an expression, so an unquoted value is code, not a secret. */
const CODE = new Set([
  'python', 'jupyter', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'go', 'java', 'kotlin',
  'scala', 'groovy', 'csharp', 'fsharp', 'vb', 'ruby', 'erb', 'php', 'rust', 'swift', 'dart', 'c', 'cpp', 'objective-c', 'r',
  'haskell', 'elixir', 'lua', 'perl', 'terraform', 'nix', 'powershell', 'json', 'jsonc',
]);

export interface Syntax {
  /** Unquoted values are expressions (code) rather than text (config, shell, docs). */
  readonly quotesRequired: boolean;
}

export function syntaxOf(language: string): Syntax {
  return { quotesRequired: CODE.has(language) };
}

const LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|go\.sum|packages\.lock\.json|mix\.lock|pubspec\.lock|flake\.lock|uv\.lock)$/;

/** Lockfiles hold integrity hashes, never secrets: not scanned. */
export function isLockfile(path: string | undefined): boolean {
  return !!path && LOCKFILES.test(path.replace(/\\/g, '/'));
}
