/**
 * How each language reads an environment variable, and what that read needs (an import).
 * One entry per family; the language table (../language.ts) says which family each language is.
 */
import { familyOfLanguage, type LanguageFamily } from '../language';

export type { LanguageFamily } from '../language';

/** A string literal in code, as ./literal.ts finds it (kept here so the two files do not import each other). */
export interface StringLiteral {
  /** Offset of the literal's first character, prefix included (`f"…"`, `$"…"`, `@"…"`). */
  readonly start: number;
  /** Offset just after the closing quote. */
  readonly end: number;
  /** Prefix letters/sigils before the opening quote, e.g. "f", "rb", "$", "@". */
  readonly prefix: string;
  /** The quote as written: `"`, `'`, `` ` ``, `"""` or `'''`. */
  readonly quote: string;
  /** Offsets of the content between the quotes. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

export function familyOf(language: string, path?: string): LanguageFamily {
  const family = familyOfLanguage(language);
  if (family === 'yaml' && path && /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/.test(path)) return 'github-actions';
  return family;
}

/** One text replacement in offsets of the original text. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface LanguageFix {
  /** The expression that reads NAME, used where the value was a whole literal. */
  read(name: string, literal: StringLiteral | undefined): string;
  /**
   * The literal rewritten so that the value's part reads NAME and the rest stays text.
   * `before`/`after` are the literal's raw content around the value. Undefined: cannot.
   */
  split?(lit: StringLiteral, before: string, name: string, after: string): string | undefined;
  /** Replacement for a value written without quotes (YAML, shell words, properties). */
  bare?(name: string): string;
  /** An edit that adds what the read needs (an import), or undefined when already there. */
  ensureImport?(text: string): OffsetEdit | undefined;
  /**
   * What precedes the value on a line whose only job is to put it into the environment variable
   * NAME (`os.environ["NAME"] = `), and what may follow it (`;`, a comment). The fix removes
   * such a line: the terminal provides NAME now, and `X = X` would do nothing or fail.
   */
  setsEnv?: { before(name: string): RegExp; after: RegExp };
}

/** A name inside a RegExp (env names are \w+, but say so). */
const re = (name: string) => name.replace(/[^\w]/g, '\\$&');

const shellVar = (name: string, next: string) => (/^[\w]/.test(next) ? `\${${name}}` : `$${name}`);

const concat = (parts: string[], op: string) => parts.filter((p) => p !== '').join(op);

const quoted = (lit: StringLiteral, content: string) => (content === '' ? '' : `${lit.prefix}${lit.quote}${content}${lit.quote}`);

export const LANGUAGE_FIXES: Record<Exclude<LanguageFamily, 'none' | 'toml' | 'ini'>, LanguageFix> = {
  python: {
    read: (name, lit) => (lit && /b/i.test(lit.prefix) ? `os.environ["${name}"].encode()` : `os.environ["${name}"]`),
    split(lit, before, name, after) {
      if (/b/i.test(lit.prefix)) return undefined;
      const inner = lit.quote.startsWith('"') ? `'${name}'` : `"${name}"`;
      const hole = `{os.environ[${inner}]}`;
      if (/f/i.test(lit.prefix)) return `${lit.prefix}${lit.quote}${before}${hole}${after}${lit.quote}`;
      const esc = (s: string) => s.replace(/[{}]/g, (c) => c + c);
      const prefix = lit.prefix.replace(/u/i, '') + 'f';
      return `${prefix}${lit.quote}${esc(before)}${hole}${esc(after)}${lit.quote}`;
    },
    ensureImport: (text) => ensurePythonImportOs(text),
    setsEnv: { before: (name) => new RegExp(`^[ \\t]*os\\.environ\\[\\s*(["'])${re(name)}\\1\\s*\\]\\s*=\\s*$`), after: /^\s*(#.*)?$/ },
  },
  javascript: {
    read: (name) => `process.env.${name}`,
    split(lit, before, name, after) {
      if (lit.quote === '`') return `\`${before}\${process.env.${name}}${after}\``;
      const esc = (s: string) => s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
      return `\`${esc(before)}\${process.env.${name}}${esc(after)}\``;
    },
    setsEnv: {
      before: (name) => new RegExp(`^[ \\t]*process\\.env(\\.${re(name)}|\\[\\s*(["'\`])${re(name)}\\2\\s*\\])\\s*=\\s*$`),
      after: /^\s*;?\s*(\/\/.*)?$/,
    },
  },
  shell: {
    read: (name) => `"$${name}"`,
    split(lit, before, name, after) {
      if (lit.quote === '"') return `"${before}${shellVar(name, after)}${after}"`;
      if (lit.quote === "'") return `${quoted(lit, before)}"${shellVar(name, '')}"${quoted(lit, after)}`;
      return undefined; // backticks are command substitution, not a string
    },
    bare: (name) => `"$${name}"`,
    setsEnv: { before: (name) => new RegExp(`^[ \\t]*export[ \\t]+${re(name)}=$`), after: /^\s*;?\s*(#.*)?$/ },
  },
  powershell: {
    read: (name) => `$env:${name}`,
    split(lit, before, name, after) {
      if (lit.quote === '"') return `"${before}${/^[\w:]/.test(after) ? `\${env:${name}}` : `$env:${name}`}${after}"`;
      return `(${concat([quoted(lit, before), `$env:${name}`, quoted(lit, after)], ' + ')})`;
    },
    bare: (name) => `$env:${name}`,
    setsEnv: { before: (name) => new RegExp(`^[ \\t]*\\$env:${re(name)}\\s*=\\s*$`, 'i'), after: /^\s*;?\s*(#.*)?$/ },
  },
  go: {
    read: (name) => `os.Getenv("${name}")`,
    split: (lit, before, name, after) => concat([quoted(lit, before), `os.Getenv("${name}")`, quoted(lit, after)], ' + '),
    ensureImport: (text) => ensureGoImportOs(text),
  },
  java: {
    read: (name) => `System.getenv("${name}")`,
    split: (lit, before, name, after) => concat([quoted(lit, before), `System.getenv("${name}")`, quoted(lit, after)], ' + '),
  },
  kotlin: {
    read: (name) => `System.getenv("${name}")`,
    split: (lit, before, name, after) => `${lit.quote}${before}\${System.getenv("${name}")}${after}${lit.quote}`,
  },
  csharp: {
    read: (name) => `System.Environment.GetEnvironmentVariable("${name}")`,
    split(lit, before, name, after) {
      const read = `System.Environment.GetEnvironmentVariable("${name}")`;
      if (lit.prefix.includes('$')) return `${lit.prefix}${lit.quote}${before}{${read}}${after}${lit.quote}`;
      return concat([quoted(lit, before), read, quoted(lit, after)], ' + ');
    },
  },
  ruby: {
    read: (name) => `ENV.fetch("${name}")`,
    split(lit, before, name, after) {
      if (lit.quote === '"') return `"${before}#{ENV.fetch("${name}")}${after}"`;
      return `(${concat([quoted(lit, before), `ENV.fetch("${name}")`, quoted(lit, after)], ' + ')})`;
    },
  },
  php: {
    read: (name) => `getenv('${name}')`,
    split: (lit, before, name, after) => concat([quoted(lit, before), `getenv('${name}')`, quoted(lit, after)], ' . '),
  },
  rust: {
    read: (name) => `&std::env::var("${name}").expect("${name} is not set")`,
    split(lit, before, name, after) {
      if (lit.prefix) return undefined;
      const esc = (s: string) => s.replace(/[{}]/g, (c) => c + c);
      return `&format!("${esc(before)}{}${esc(after)}", std::env::var("${name}").expect("${name} is not set"))`;
    },
  },
  c: {
    read: (name) => `getenv("${name}")`,
    ensureImport: (text) => ensureCInclude(text),
  },
  yaml: inPlace((name) => `\${${name}}`),
  'github-actions': inPlace((name) => `\${{ secrets.${name} }}`),
  dockerfile: inPlace((name) => `\${${name}}`),
  properties: inPlace((name) => `\${${name}}`),
};

/** Languages whose reference syntax (`${NAME}`) works inside or outside quotes alike. */
function inPlace(ref: (name: string) => string): LanguageFix {
  return {
    read: (name, lit) => (lit ? `${lit.prefix}${lit.quote}${ref(name)}${lit.quote}` : ref(name)),
    split: (lit, before, name, after) => `${lit.prefix}${lit.quote}${before}${ref(name)}${after}${lit.quote}`,
    bare: ref,
  };
}

/** Where a Python module's own imports begin: after a shebang, encoding line, docstring and __future__ imports. */
function ensurePythonImportOs(text: string): OffsetEdit | undefined {
  if (/^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b(?![.\w])/m.test(text)) return undefined;
  let offset = 0;
  const lineAt = (o: number) => {
    const e = text.indexOf('\n', o);
    return { line: text.slice(o, e < 0 ? text.length : e), next: e < 0 ? text.length : e + 1 };
  };
  let { line, next } = lineAt(offset);
  while (offset < text.length && (/^#!|^#.*coding[:=]/.test(line) || /^from __future__ import/.test(line))) {
    offset = next;
    ({ line, next } = lineAt(offset));
  }
  const doc = /^(?:[rRuU]?)("""|''')[\s\S]*?\1[ \t]*(?:\n|$)/.exec(text.slice(offset));
  if (doc) {
    offset += doc[0].length;
    ({ line, next } = lineAt(offset));
    while (offset < text.length && /^from __future__ import/.test(line)) {
      offset = next;
      ({ line, next } = lineAt(offset));
    }
  }
  return { start: offset, end: offset, newText: 'import os\n' };
}

function ensureGoImportOs(text: string): OffsetEdit | undefined {
  if (/^import\s+(?:\w+\s+)?"os"/m.test(text) || /^import\s*\([^)]*^\s*(?:\w+\s+)?"os"\s*$/ms.test(text)) return undefined;
  const block = /^import\s*\(\s*\n/m.exec(text);
  if (block) {
    const at = block.index + block[0].length;
    return { start: at, end: at, newText: '\t"os"\n' };
  }
  const single = /^import\s+((?:\w+\s+)?"[^"\n]+")[^\n]*$/m.exec(text);
  if (single) {
    return { start: single.index, end: single.index + single[0].length, newText: `import (\n\t${single[1]}\n\t"os"\n)` };
  }
  const pkg = /^package\s+\w+[^\n]*\n?/m.exec(text);
  const at = pkg ? pkg.index + pkg[0].length : 0;
  return { start: at, end: at, newText: `${pkg && !pkg[0].endsWith('\n') ? '\n' : ''}\nimport "os"\n` };
}

function ensureCInclude(text: string): OffsetEdit | undefined {
  if (/^#\s*include\s*<(?:stdlib\.h|cstdlib)>/m.test(text)) return undefined;
  return { start: 0, end: 0, newText: '#include <stdlib.h>\n' };
}
