/**
 * Declarations whose form does not accept a run-time read in place of a literal: a C array
 * (`char password[] = "…"` cannot be initialised from `getenv`), a C static or file-scope
 * variable, a Go/Rust/C#/Kotlin constant. Each is either rewritten into a form that does
 * accept the read, or left without an env-var fix (the ignore fix stays) rather than broken.
 */
import type { LanguageFamily, OffsetEdit, StringLiteral } from './languages';

/** An edit of the declaration before the literal (same line); null: no safe fix; undefined: nothing to change. */
export type DeclarationEdit = OffsetEdit | null | undefined;

const C_ARRAY =
  /^([ \t]*)((?:(?:static|extern|const|volatile|register|unsigned|signed|auto)[ \t]+)*)((?:const[ \t]+)?(?:char|wchar_t|char8_t|char16_t|char32_t)(?:[ \t]+const)?)[ \t]+([A-Za-z_]\w*)[ \t]*\[[^\]\n]*\][ \t]*=[ \t]*$/;

/** Whether `offset` is outside every function body of a C file (a brace counter skipping literals and comments). */
function atCFileScope(text: string, offset: number): boolean {
  const bodies: boolean[] = [];
  let lastSignificant = '';
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? offset : nl;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? offset : close + 1;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < offset && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j;
      lastSignificant = ch;
    } else if (ch === '#' && (i === 0 || text[i - 1] === '\n')) {
      // A preprocessor line (with its continuations) has no braces of the program.
      let j = i;
      while (j < offset && !(text[j] === '\n' && text[j - 1] !== '\\')) j++;
      i = j;
    } else if (ch === '{') {
      bodies.push(lastSignificant === ')');
      lastSignificant = ch;
    } else if (ch === '}') {
      bodies.pop();
      lastSignificant = ch;
    } else if (!/\s/.test(ch)) {
      lastSignificant = ch;
    }
  }
  return !bodies.includes(true);
}

/** C and C++: an array becomes a constant pointer to the environment's string; in C, a static or global has no fix. */
function cDeclaration(text: string, lit: StringLiteral, language: string): DeclarationEdit {
  const lineStart = text.lastIndexOf('\n', lit.start - 1) + 1;
  const before = text.slice(lineStart, lit.start);
  const initialises = /=[ \t]*$/.test(before);
  // C requires constant initialisers for objects with static storage; getenv is not one (C++ allows it).
  if (language === 'c' && initialises && (/\bstatic\b/.test(before) || atCFileScope(text, lit.start))) return null;
  if (!/\][ \t]*=[ \t]*$/.test(before)) return undefined;
  const m = C_ARRAY.exec(before);
  if (!m) return null; // an array in a form we do not rewrite (several declarators, a struct field)
  const [, indent, storage, type, name] = m;
  const constType = /\bconst\b/.test(storage + type) ? type : `const ${type}`;
  // `*const`: an array's name cannot be reassigned either, and in C++ a const object at namespace
  // scope keeps its internal linkage (a header included twice still links).
  return { start: lineStart, end: lit.start, newText: `${indent}${storage}${constType} *const ${name} = ` };
}

/** The `const` keyword that starts the line before the literal (Go, Kotlin, C#), or undefined. */
function leadingConst(
  text: string,
  lit: StringLiteral,
  keyword: RegExp,
): { at: number; match: RegExpExecArray; before: string } | undefined {
  const lineStart = text.lastIndexOf('\n', lit.start - 1) + 1;
  const before = text.slice(lineStart, lit.start);
  if (!/=[ \t]*$/.test(before)) return undefined;
  const match = keyword.exec(before);
  return match ? { at: lineStart, match, before } : undefined;
}

const DECLARATIONS: Partial<Record<LanguageFamily, (text: string, lit: StringLiteral, language: string) => DeclarationEdit>> = {
  c: cDeclaration,
  // Go: `const name = "…"` becomes `var name = …`; inside a `const (…)` block there is no line to rewrite.
  go(text, lit) {
    const c = leadingConst(text, lit, /^([ \t]*)const([ \t]+)/);
    if (c) return { start: c.at + c.match[1].length, end: c.at + c.match[1].length + 5, newText: 'var' };
    const lineStart = text.lastIndexOf('\n', lit.start - 1) + 1;
    const opened = text.lastIndexOf('const (', lineStart);
    // gofmt closes a block with `)` at the start of a line; a `)` inside a line is an expression's (`len("…")`).
    const closed = text.lastIndexOf('\n)', lineStart);
    return opened >= 0 && opened > closed && /^[ \t]*\w+(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*$/.test(text.slice(lineStart, lit.start))
      ? null
      : undefined;
  },
  // Kotlin: a `const val` must be a compile-time constant; a plain `val` reads the environment.
  kotlin(text, lit) {
    const c = leadingConst(text, lit, /^([ \t]*(?:(?:private|internal|public|protected)[ \t]+)?)const[ \t]+(?=val\b)/);
    return c ? { start: c.at + c.match[1].length, end: c.at + c.match[0].length, newText: '' } : undefined;
  },
  // C#: a member `const` becomes `static readonly`; a local const (no modifier) has no fix.
  csharp(text, lit) {
    const c = leadingConst(text, lit, /^([ \t]*)((?:(?:private|internal|public|protected|new)[ \t]+)*)const\b/);
    if (!c) return undefined;
    if (c.match[2] === '') return null;
    return { start: c.at + c.match[0].length - 5, end: c.at + c.match[0].length, newText: 'static readonly' };
  },
  // Rust: `const`/`static` items need constant expressions; std::env::var is not one.
  rust(text, lit) {
    const lineStart = text.lastIndexOf('\n', lit.start - 1) + 1;
    return /^[ \t]*(?:pub(?:\([\w:]+\))?[ \t]+)?(?:const|static)[ \t]/.test(text.slice(lineStart, lit.start)) ? null : undefined;
  },
};

/** The change the declaration holding `lit` needs for `read` to replace it (see DeclarationEdit). */
export function declarationEdit(text: string, lit: StringLiteral, family: LanguageFamily, language: string): DeclarationEdit {
  return DECLARATIONS[family]?.(text, lit, language);
}

/** A TypeScript name declared `string` right before the literal: `apiKey: string = "…"` (not `apiKey?: string`). */
const TS_STRING_DECLARATION = /[\w$\]][ \t]*:[ \t]*string[ \t]*=[ \t]*$/;

/**
 * The read as it fits the code around the literal.
 * - Rust: a method called on the literal (`"…".to_string()`, `.into()`) is called on the String
 *   itself, not on a reference to it (`&s.to_string()` would be a `&String` where a `String` was).
 * - TypeScript: a name declared `string` (`const apiKey: string = "…"`, a field, a parameter's
 *   default) cannot take `process.env.X`, which is `string | undefined` (tsc --strict: TS2322);
 *   the read says the variable is set (`process.env.X!`), as the .env the fix writes it to does.
 */
export function readBefore(text: string, lit: StringLiteral, family: LanguageFamily, read: string, language: string): string {
  if (family === 'rust') return text.charCodeAt(lit.end) === 46 && read.startsWith('&') ? read.slice(1) : read;
  if ((language === 'typescript' || language === 'typescriptreact') && read.startsWith('process.env.')) {
    const lineStart = text.lastIndexOf('\n', lit.start - 1) + 1;
    if (TS_STRING_DECLARATION.test(text.slice(lineStart, lit.start))) return `${read}!`;
  }
  return read;
}
