/**
 * Quick-fixes as pure text edits: replace a hard-coded secret with the language's own
 * environment-variable read, or suppress the finding with a comment. The LSP layer turns the
 * offsets into positions; the value itself travels only to the client's SecretStorage.
 */
import { familyOf, LANGUAGE_FIXES, type LanguageFamily, type LanguageFix, type OffsetEdit, type StringLiteral } from './languages';
import { findStringLiteral } from './literal';
import { declarationEdit, readBefore } from './declarations';
import { commentOf } from '../language';

export type { OffsetEdit } from './languages';
export { familyOf } from './languages';

export interface FixTarget {
  readonly start: number;
  readonly end: number;
  readonly envVar: string;
  readonly ruleId: string;
  /** The value is the fallback of a read of `envVar` starting this many characters before it (see Finding). */
  readonly fallbackBefore?: number;
}

export interface EnvVarFix {
  /** Edits in offsets of the original text, non-overlapping, sorted by start. */
  readonly edits: OffsetEdit[];
  /** The variables the fixed code reads, with the values to keep (deduplicated by name). */
  readonly secrets: { envVar: string; value: string }[];
}

function fixerFor(language: string, path?: string): { family: LanguageFamily; fix: LanguageFix } | undefined {
  const family = familyOf(language, path);
  if (family === 'none' || family === 'toml' || family === 'ini') return undefined;
  return { family, fix: LANGUAGE_FIXES[family] };
}

/** Whether the env-var fix exists for this language at all (JSON, Markdown, .env … have none). */
export function canFixLanguage(language: string, path?: string): boolean {
  return fixerFor(language, path) !== undefined;
}

/**
 * The removal of the line holding [from, to) when that line only puts the value into the
 * environment variable `envVar` (`os.environ["X"] = "…"`, `export X=…`): once X comes from
 * the terminal, the line has no job left, and rewritten it would read `X = X`.
 */
function envSetterLine(text: string, from: number, to: number, envVar: string, fix: LanguageFix): OffsetEdit | undefined {
  if (!fix.setsEnv) return undefined;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', to);
  const lineEnd = nl < 0 ? text.length : nl;
  if (!fix.setsEnv.before(envVar).test(text.slice(lineStart, from)) || !fix.setsEnv.after.test(text.slice(to, lineEnd))) return undefined;
  return { start: lineStart, end: nl < 0 ? lineEnd : nl + 1, newText: '' };
}

/**
 * The replacement of one finding, without imports; undefined when no safe rewrite exists.
 * A declaration that cannot take a run-time read (`char password[] = …`) is rewritten with it (./declarations.ts).
 */
function replacementFor(
  text: string,
  target: FixTarget & { renamed: boolean },
  family: LanguageFamily,
  fix: LanguageFix,
  language: string,
): OffsetEdit | undefined {
  const lit = findStringLiteral(text, target.start, target.end, family);
  const edit = literalReplacementFor(text, target, lit, family, fix, language);
  if (!edit || edit.newText === '') return edit;
  const decl = lit && edit.start === lit.start ? declarationEdit(text, lit, family, language) : undefined;
  if (decl === null) return undefined;
  if (!decl) return edit;
  return { start: decl.start, end: edit.end, newText: decl.newText + text.slice(decl.end, edit.start) + edit.newText };
}

/** The finding's own edit: its string literal `lit` (undefined: a bare value) becomes the read. */
function literalReplacementFor(
  text: string,
  target: FixTarget & { renamed: boolean },
  lit: StringLiteral | undefined,
  family: LanguageFamily,
  fix: LanguageFix,
  language: string,
): OffsetEdit | undefined {
  if (!lit) {
    if (!fix.bare) return undefined;
    return (
      envSetterLine(text, target.start, target.end, target.envVar, fix) ?? {
        start: target.start,
        end: target.end,
        newText: fix.bare(target.envVar),
      }
    );
  }
  if (lit.contentStart === target.start && lit.contentEnd === target.end) {
    const setter = envSetterLine(text, lit.start, lit.end, target.envVar, fix);
    if (setter) return setter;
    // `process.env.DB_PASSWORD ?? "…"` becomes `process.env.DB_PASSWORD`: the code already reads it.
    if (target.fallbackBefore !== undefined && !target.renamed)
      return { start: target.start - target.fallbackBefore, end: lit.end, newText: '' };
    return { start: lit.start, end: lit.end, newText: readBefore(text, lit, family, fix.read(target.envVar, lit), language) };
  }
  if (!fix.split) return undefined;
  const before = text.slice(lit.contentStart, target.start);
  const after = text.slice(target.end, lit.contentEnd);
  const newText = fix.split(lit, before, target.envVar, after);
  return newText === undefined ? undefined : { start: lit.start, end: lit.end, newText };
}

/**
 * The fix for one or more findings of one document: every literal rewritten, the import added
 * once. Findings that cannot be rewritten safely are left out; undefined when none can.
 */
/** Whether a variable name already holds a different value elsewhere (stored from another file, exported by a platform). */
export type HeldElsewhere = (envVar: string, value: string) => boolean;

/**
 * The edits that replace each target's literal with an environment-variable read, and the values
 * to keep. `heldElsewhere(name, value)` says whether `name` already holds a different value
 * (a variable stored from another file): such a name is not reused, the value gets a numbered one.
 */
export function envVarFix(
  text: string,
  language: string,
  targets: readonly FixTarget[],
  path?: string,
  heldElsewhere: HeldElsewhere = () => false,
): EnvVarFix | undefined {
  const fixer = fixerFor(language, path);
  if (!fixer) return undefined;
  const edits: OffsetEdit[] = [];
  const secrets = new Map<string, string>();
  // Only a fix that leaves a read in the code needs the read's import.
  let reads = false;
  for (const target of [...targets].sort((a, b) => a.start - b.start)) {
    const value = text.slice(target.start, target.end);
    // Two different values may not share one variable; the later one gets a numbered name.
    const taken = (name: string) => (secrets.has(name) ? secrets.get(name) !== value : heldElsewhere(name, value));
    let envVar = target.envVar;
    for (let n = 2; taken(envVar); n++) envVar = `${target.envVar}_${n}`;
    const edit = replacementFor(text, { ...target, envVar, renamed: envVar !== target.envVar }, fixer.family, fixer.fix, language);
    if (!edit) continue;
    const prev = edits[edits.length - 1];
    if (prev && edit.start < prev.end) continue; // two findings in one literal: the first fix wins
    edits.push(edit);
    secrets.set(envVar, value);
    if (edit.newText !== '') reads = true;
  }
  if (edits.length === 0) return undefined;
  const imp = reads ? fixer.fix.ensureImport?.(text) : undefined;
  if (imp) {
    if (edits.some((e) => e.start < imp.end && imp.start < e.end)) return undefined;
    edits.unshift(imp);
    edits.sort((a, b) => a.start - b.start);
  }
  return { edits, secrets: [...secrets].map(([envVar, value]) => ({ envVar, value })) };
}

/**
 * Inserts `keywarden:ignore <rule>` on its own line above the finding, indented like that line.
 * Undefined for languages without comments (JSON).
 */
export function ignoreFix(text: string, language: string, target: { start: number; ruleId: string }): OffsetEdit | undefined {
  const comment = commentOf(language);
  if (!comment) return undefined;
  const lineStart = text.lastIndexOf('\n', target.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, target.start))![0];
  const [open, close] = comment;
  return { start: lineStart, end: lineStart, newText: `${indent}${open}keywarden:ignore ${target.ruleId}${close}\n` };
}
