/**
 * The detection core: text in, findings out. Pure: no vscode, no LSP, no file system.
 *
 *   scan(text, { path, languageId, maxFileSize, disabledRules }) → { findings, skipped?, suppressed }
 *
 * Provider rules run only when one of their keywords occurs in the text; the generic rule makes
 * one keyword pass and parses each hit locally. Every decision depends on the finding's own line
 * (and the comment line above it), except PEM blocks, which span their own lines: that is what
 * lets the language server rescan only the lines an edit touched (./incremental.ts).
 */
import { findAssignments, HINT_WORDS, type Assignment } from './generic';
import { findFormAssignments, spacedFormatOf } from './generic-forms';
import { isLockfile, languageOf, syntaxOf } from './language';
import type { BlockRule, NameClass, NameRule, PatternRule, Rule } from './rule';
import { ALL_RULES } from './rules';
import { isSuppressed } from './suppression';
import { KeywordScanner } from './prepass';
import { isTestPath, placeholderReason } from './filters';
import { platformOfVariable, type PlatformId } from '../../../common/platforms';
import {
  GENERIC_KEY_NAME,
  PLATFORM_ENV,
  PLATFORM_WORDS,
  envOfLine,
  mentionsFromWords,
  platformEnvOfName,
  platformOfMentions,
} from './platform';
import { maskSecret } from '../../../common/mask';
import { DEFAULT_MAX_FILE_SIZE } from '../../../common/settings';
import { detached, entropy, envNameOf, fingerprint } from './text';
import type { Confidence, Finding, RuleInfo, ScanOptions, ScanResult } from './types';

export { maskSecret, redactSecrets } from '../../../common/mask';
export { fingerprint, entropy } from './text';
export { languageOf } from './language';
export type { Finding, ScanOptions, ScanResult, RuleInfo } from './types';

export { DEFAULT_MAX_FILE_SIZE };

/** Public description of every rule (id, kind, description, platform); examples live in rules/<id>.examples.ts. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map(({ id, kind, description, platform }) => ({
  id,
  kind,
  description,
  ...(platform ? { platform } : {}),
}));

const RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));
const RANK = new Map(ALL_RULES.map((r, i) => [r.id, i]));
const NAME_RULES = new Map<NameClass, NameRule>(ALL_RULES.filter((r): r is NameRule => r.type === 'name').map((r) => [r.nameClass, r]));

/**
 * A pattern rule as the scan loop uses it: its regexes compiled once, its optional fields with
 * their defaults filled in. Like the rules themselves (rule.ts `uniform`), every one has the same
 * object shape, so the loop's property reads stay monomorphic.
 */
interface CompiledPattern {
  readonly rule: PatternRule;
  /** The pattern with `d` (indices), so the `secret` group's offsets are known. */
  readonly re: RegExp;
  /** The same, sticky (matches only at its lastIndex), for the rules without keywords (runKeywordless); else null. */
  readonly sticky: RegExp | null;
  readonly secretGroup: boolean;
  readonly minEntropy: number;
  readonly check: NonNullable<PatternRule['check']> | null;
  readonly why: string;
}

const COMPILED = new Map<string, CompiledPattern>(
  ALL_RULES.filter((r): r is PatternRule => r.type === 'pattern').map((rule) => [
    rule.id,
    {
      rule,
      re: new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : `${rule.pattern.flags}d`),
      sticky: rule.keywords.length === 0 ? new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[dgy]/g, '')}dy`) : null,
      secretGroup: rule.pattern.source.includes('(?<secret>'),
      minEntropy: rule.minEntropy ?? 0,
      check: rule.check ?? null,
      why: rule.why ?? `matches the ${rule.kind} format: ${lowerFirst(rule.description)}`,
    },
  ]),
);

/**
 * Keyword gating: one pass (./prepass.ts) finds every rule keyword, every word that makes an
 * identifier worth parsing for the generic rule, and the platform names. A pattern rule then
 * runs only on the lines that hold one of its keywords (every match's line holds one: see
 * PatternRule.keywords); the few rules without keywords start with a rare literal and share one
 * pass over the whole text (runKeywordless). Most lines of most files are read once, by the prepass.
 */
const GATED = ALL_RULES.filter((r): r is PatternRule | BlockRule => r.type !== 'name');
const KEYWORDS = [...new Set(GATED.flatMap((r) => r.keywords))];
const PREPASS_WORDS = [...new Set([...KEYWORDS, ...HINT_WORDS, ...PLATFORM_WORDS])];
const PREPASS = new KeywordScanner(PREPASS_WORDS);
const WORD_LENGTH = Int32Array.from(PREPASS_WORDS, (w) => w.length);
const HINT_SET: ReadonlySet<string> = new Set(HINT_WORDS);
const IS_HINT = Uint8Array.from(PREPASS_WORDS, (w) => (HINT_SET.has(w) ? 1 : 0));
/** GATED's pattern rules compiled, at the same indices (undefined for block rules). */
const GATED_COMPILED = GATED.map((r) => COMPILED.get(r.id));
/** For each prepass word, the indices (in GATED) of the rules it is a keyword of. */
const RULES_OF_WORD: readonly number[][] = rulesOfWords();

function rulesOfWords(): number[][] {
  const index = new Map(PREPASS_WORDS.map((w, i) => [w, i]));
  const rules: number[][] = PREPASS_WORDS.map(() => []);
  GATED.forEach((r, i) => new Set(r.keywords).forEach((w) => rules[index.get(w)!].push(i)));
  return rules;
}

/**
 * The most keyword and hint positions evaluated on one line. Each rule is linear on its own
 * (test/unit/redos.test.ts), but the work on a line grows with the positions that rules and the
 * generic parser look at: this bounds it whatever the rules, so time per MB stays flat on any
 * line. CredData's busiest line holds 204; past the budget the rest of the line is reported as
 * not examined (ScanResult.partial), never dropped silently.
 */
export const MAX_POSITIONS_PER_LINE = 2000;

interface Gating {
  /** For each rule of GATED, the start offsets of its keywords in the text (undefined: none). */
  readonly ruleHits: (number[] | undefined)[];
  /** Start offsets of generic-rule hint words, ascending, each once. */
  readonly hints: number[];
  readonly words: Set<string>;
  /** Lines whose positions went over MAX_POSITIONS_PER_LINE: from the first one not evaluated to the line's end. */
  readonly partial: { start: number; end: number }[];
}

function gate(text: string): Gating {
  const pre = PREPASS.scan(text);
  const ruleHits: (number[] | undefined)[] = new Array(GATED.length);
  const hints: number[] = [];
  const seen = new Uint8Array(PREPASS_WORDS.length);
  const words = new Set<string>();
  const partial: { start: number; end: number }[] = [];
  let sorted = true;
  // The line of the current hit (hits come in order of their ends, so lines only move forward).
  let lineEnd = -1;
  let onLine = 0;
  for (let i = 0; i < pre.hits; i++) {
    const w = pre.hitWord[i];
    const start = pre.hitEnd[i] - WORD_LENGTH[w];
    if (seen[w] === 0) {
      seen[w] = 1;
      words.add(PREPASS_WORDS[w]);
    }
    if (pre.hitEnd[i] > lineEnd) {
      const nl = text.indexOf('\n', pre.hitEnd[i] - 1);
      lineEnd = nl < 0 ? text.length : nl;
      onLine = 0;
    }
    if (++onLine > MAX_POSITIONS_PER_LINE) {
      if (onLine === MAX_POSITIONS_PER_LINE + 1) partial.push({ start, end: lineEnd });
      continue;
    }
    if (IS_HINT[w] === 1) {
      // Hits come in order of their ends; a longer word may start before the last hint.
      const last = hints.length ? hints[hints.length - 1] : -1;
      if (start < last) sorted = false;
      if (start !== last) hints.push(start);
    }
    for (const r of RULES_OF_WORD[w]) (ruleHits[r] ??= []).push(start);
  }
  return {
    ruleHits,
    hints: sorted ? hints : hints.sort((a, b) => a - b).filter((h, i, all) => i === 0 || h !== all[i - 1]),
    words,
    partial,
  };
}

/**
 * The rules without keywords (their values start with a rare literal: base64 of a UUID, `SK`,
 * NKEY seeds, JWK members) share one pass: a union of their patterns finds where any of them
 * may match, and each rule's own pattern is then tried there. Same matches as one pass per
 * rule, in half the time.
 */
const KEYWORDLESS: readonly CompiledPattern[] = ALL_RULES.filter(
  (r): r is PatternRule => r.type === 'pattern' && r.keywords.length === 0,
).map((r) => COMPILED.get(r.id)!);
const UNION = unionOf(KEYWORDLESS.map((c) => c.rule.pattern));

function unionOf(patterns: readonly RegExp[]): RegExp {
  for (const p of patterns) {
    // A union cannot keep case-insensitivity or back-references per alternative.
    if (p.flags.replace(/[dg]/g, '') !== '' || /\\k</.test(p.source))
      throw new Error(`keyword-less pattern /${p.source}/${p.flags} needs keywords (it cannot join the shared pass)`);
  }
  return new RegExp(patterns.map((p) => `(?:${p.source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:')})`).join('|') || '(?!)', 'g');
}

function runKeywordless(
  text: string,
  lines: Lines,
  platform: string | null,
  disabled: ReadonlySet<string> | undefined,
  out: Candidate[],
): void {
  const ends = new Array<number>(KEYWORDLESS.length).fill(0);
  UNION.lastIndex = 0;
  for (let m = UNION.exec(text); m; m = UNION.exec(text)) {
    const at = m.index;
    for (let k = 0; k < KEYWORDLESS.length; k++) {
      const compiled = KEYWORDLESS[k];
      if (at < ends[k] || disabled?.has(compiled.rule.id)) continue;
      const sticky = compiled.sticky!;
      sticky.lastIndex = at;
      const own = sticky.exec(text);
      if (!own || own[0].length === 0) continue;
      ends[k] = sticky.lastIndex;
      consider(compiled, own, text, 0, '', lines, platform, out);
    }
    // Every position where some rule may match is visited: matches of different rules may overlap.
    UNION.lastIndex = at + 1;
  }
}

/** A possible finding, before overlaps and suppressions are resolved; one shape for all rules. */
class Candidate {
  constructor(
    readonly rule: Rule,
    readonly start: number,
    readonly end: number,
    readonly value: string,
    readonly confidence: Confidence,
    public envVar: string,
    readonly why: string,
    readonly name: string | undefined,
    readonly entropy: number,
    readonly fallbackBefore: number | undefined = undefined,
  ) {}
}

/** Scans one document. Never throws on odd input; unscannable text comes back `skipped`. */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const skipped = notScanned(text, options);
  if (skipped) return skipped;
  const pre = gate(text);
  const mentions = options.platform !== undefined ? undefined : mentionsFromWords(pre.words, text);
  const platform = mentions ? platformOfMentions(mentions) : options.platform!;
  const lines = new Lines(text);
  const lineEnv = lineEnvReader(lines);
  const candidates = gather(text, pre, lines, platform, lineEnv, options);
  const kept = resolve(candidates, lineEnv);
  const { findings, suppressed } = suppress(kept, lines, options.path);
  if (pre.partial.length === 0) return { findings, suppressed, platform, mentions };
  return { findings, suppressed, platform, mentions, partial: partialOf(pre, lines) };
}

/** The result for text that is not scanned at all (too large, binary, a lockfile), else undefined. */
function notScanned(text: string, options: ScanOptions): ScanResult | undefined {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > limit) {
    return {
      findings: [],
      suppressed: 0,
      skipped: {
        reason: 'too-large',
        message: `not scanned: ${formatSize(text.length)} is over the ${formatSize(limit)} limit (setting keywarden.maxFileSize)`,
      },
    };
  }
  if (looksBinary(text)) return { findings: [], suppressed: 0, skipped: { reason: 'binary', message: 'not scanned: binary content' } };
  if (isLockfile(options.path))
    return {
      findings: [],
      suppressed: 0,
      skipped: { reason: 'lockfile', message: 'not scanned: lockfiles hold integrity hashes, not secrets' },
    };
  return undefined;
}

/** The client a line names (`OpenAI(api_key=…)`), read once per line: a long line may hold many findings. */
function lineEnvReader(lines: Lines): (at: number) => string | undefined {
  let envLine = -1;
  let envOfThatLine: string | undefined;
  return (at: number) => {
    const line = lines.at(at);
    if (line.start !== envLine) {
      envLine = line.start;
      envOfThatLine = envOfLine(line.text);
    }
    return envOfThatLine;
  };
}

/** Every possible finding, overlapping ones included: pattern and block rules, then assignments for the name rules. */
function gather(
  text: string,
  pre: Gating,
  lines: Lines,
  platform: string | null,
  lineEnv: (at: number) => string | undefined,
  options: ScanOptions,
): Candidate[] {
  const disabled = options.disabledRules;
  const candidates: Candidate[] = [];
  for (let r = 0; r < GATED.length; r++) {
    const rule = GATED[r];
    if (disabled?.has(rule.id)) continue;
    if (rule.type === 'block') {
      if (rule.keywords.length === 0 || pre.ruleHits[r]) runBlock(rule, text, candidates);
      continue;
    }
    if (rule.keywords.length === 0) continue; // below, in one shared pass
    // A platform rule also runs when the document is about its platform: its context may be lines away.
    const compiled = GATED_COMPILED[r]!;
    if (rule.platform !== undefined && rule.platform === platform) runPattern(compiled, text, 0, text, platform, candidates, lines);
    else if (pre.ruleHits[r]) runOnLines(compiled, pre.ruleHits[r]!, lines, platform, candidates);
  }
  runKeywordless(text, lines, platform, disabled, candidates);
  gatherAssignments(text, pre, platform, lineEnv, options, candidates);
  return candidates;
}

/** Candidates of the name rules: literals assigned to names that say they hold a secret. */
function gatherAssignments(
  text: string,
  pre: Gating,
  platform: string | null,
  lineEnv: (at: number) => string | undefined,
  options: ScanOptions,
  out: Candidate[],
): void {
  const language = languageOf(options.languageId, options.path);
  const testFile = isTestPath(options.path);
  const forms = findFormAssignments(text, pre.hints, { format: spacedFormatOf(options.path), xml: language === 'xml', testFile });
  const found: Assignment[] = findAssignments(text, pre.hints, { ...syntaxOf(language), testFile });
  for (const a of forms.length === 0 ? found : [...found, ...forms]) {
    const rule = NAME_RULES.get(a.nameClass);
    if (!rule || options.disabledRules?.has(rule.id)) continue;
    out.push(
      new Candidate(
        rule,
        a.start,
        a.end,
        a.value,
        a.confidence,
        a.envRead ?? envVarOf(a.name, a.start, platform, lineEnv),
        `${rule.kind.toLowerCase()}-like name "${a.name}" assigned a literal (entropy ${a.entropy.toFixed(1)} bits/char${a.weak ? ', weak name so a stronger value was required' : ''})`,
        a.name,
        a.entropy,
        a.fallbackBefore,
      ),
    );
  }
}

/**
 * The candidates that survive overlaps (resolveOverlaps), each with its variable settled.
 * A provider key assigned to a name of the user's own (`GENAI_ENGINE_ADMIN_KEY = "…"`) keeps
 * that name as its variable; generic names (`api_key`) take the provider's. A platform's key
 * keeps a name only when it is already an environment variable's (UPPER_SNAKE): `legacy_key`,
 * `access_key=` and `'ApiKeyAuth'` are code's names, and the platform's SDK reads its own variable.
 */
function resolve(candidates: Candidate[], lineEnv: (at: number) => string | undefined): Candidate[] {
  const named = new Map<string, { envVar: string; envStyle: boolean }>();
  for (const c of candidates)
    if (c.rule.type === 'name' && c.name && !GENERIC_KEY_NAME.test(c.name))
      named.set(`${c.start}:${c.end}`, { envVar: c.envVar, envStyle: ENV_STYLE_NAME.test(c.name) });
  const kept = resolveOverlaps(candidates);
  for (const c of kept) {
    if (c.rule.type === 'name') continue;
    const own = named.size ? named.get(`${c.start}:${c.end}`) : undefined;
    if (own !== undefined && (c.rule.platform === undefined || own.envStyle)) c.envVar = own.envVar;
    else if (c.rule.type === 'pattern' && c.rule.envVarFromLine === true) c.envVar = lineEnv(c.start) ?? c.envVar;
  }
  return kept;
}

/** Findings from the kept candidates, less those a comment on their line or the line above suppresses. */
function suppress(kept: readonly Candidate[], lines: Lines, path: string | undefined): { findings: Finding[]; suppressed: number } {
  const findings: Finding[] = [];
  const suppressedAt = new Map<string, boolean>();
  let suppressed = 0;
  for (const c of kept) {
    const { start: lineStart, text: line } = lines.at(c.start);
    const above = lineStart > 0 ? lines.at(lineStart - 1).text : undefined;
    const key = `${lineStart}:${c.rule.id}`;
    let hidden = suppressedAt.get(key);
    if (hidden === undefined) suppressedAt.set(key, (hidden = isSuppressed(line, above, c.rule.id, RULE_IDS)));
    if (hidden) {
      suppressed++;
      continue;
    }
    findings.push(findingOf(c, path));
  }
  return { findings, suppressed };
}

function findingOf(c: Candidate, path: string | undefined): Finding {
  return {
    ruleId: c.rule.id,
    kind: c.rule.kind,
    start: c.start,
    end: c.end,
    confidence: c.confidence,
    // Names, variables and explanations are cut from the text: copies, so findings outlive it cheaply.
    envVar: detached(c.envVar),
    why: detached(c.why),
    ...(c.name ? { name: detached(c.name) } : {}),
    entropy: Math.round(c.entropy * 100) / 100,
    fingerprint: fingerprint(c.rule.id, c.value, path),
    masked: maskSecret(c.value),
    ...platformOf(c),
    ...(c.fallbackBefore !== undefined ? { fallbackBefore: c.fallbackBefore } : {}),
  };
}

/** The parts of lines not examined (over MAX_POSITIONS_PER_LINE), with a message for each. */
function partialOf(pre: Gating, lines: Lines): NonNullable<ScanResult['partial']> {
  return pre.partial.map(({ start, end }) => ({
    start,
    end,
    message: `not examined past column ${start - lines.at(start).start + 1} of this line: over ${MAX_POSITIONS_PER_LINE} keyword positions on one line`,
  }));
}

/** Runs a pattern over each line holding one of `offsets` (in any order), once per line. */
function runOnLines(compiled: CompiledPattern, offsets: readonly number[], lines: Lines, platform: string | null, out: Candidate[]): void {
  const sorted = isAscending(offsets) ? offsets : [...offsets].sort((a, b) => a - b);
  let done = -1;
  for (const offset of sorted) {
    if (offset < done) continue;
    const line = lines.at(offset);
    runPattern(compiled, line.text, line.start, line.text, platform, out);
    done = line.end + 1;
  }
}

function isAscending(a: readonly number[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
  return true;
}

/**
 * Matches of one rule in `source` (the text, or one of its lines starting at `base`). `line`
 * is the line for a rule's check when `source` is one; the whole text needs Lines to find it.
 */
function runPattern(
  compiled: CompiledPattern,
  source: string,
  base: number,
  line: string,
  platform: string | null,
  out: Candidate[],
  lines?: Lines,
): void {
  const re = compiled.re;
  re.lastIndex = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    consider(compiled, m, source, base, line, lines, platform, out);
  }
}

/**
 * One match of a rule: its value, unless a placeholder, too low in entropy, or refused by the
 * rule's check. The check sees `line` when `source` is that line, else the value's line from `lines`.
 */
function consider(
  compiled: CompiledPattern,
  m: RegExpExecArray,
  source: string,
  base: number,
  line: string,
  lines: Lines | undefined,
  platform: string | null,
  out: Candidate[],
): void {
  const { rule, secretGroup, minEntropy, check, why } = compiled;
  // (A pattern may hold the group in one alternative only.)
  const span = (secretGroup && m.indices!.groups!.secret) || m.indices![0];
  const value = source.slice(span[0], span[1]);
  if (!rule.ownPlaceholderCheck && placeholderReason(value)) return;
  const bits = entropy(value);
  if (bits < minEntropy) return;
  if (check !== null && !check(value, lines ? lines.at(base + span[0]).text : line, platform)) return;
  out.push(new Candidate(rule, base + span[0], base + span[1], value, rule.confidence, rule.envVar, why, undefined, bits));
}

function runBlock(rule: BlockRule, text: string, out: Candidate[]): void {
  const why = `matches the ${rule.kind} format: ${lowerFirst(rule.description)}`;
  for (const { start, end } of rule.find(text)) {
    const value = text.slice(start, end);
    out.push(new Candidate(rule, start, end, value, rule.confidence, rule.envVar, why, undefined, entropy(value)));
  }
}

/** A name that is already an environment variable's: UPPER_SNAKE with at least one underscore. */
const ENV_STYLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Header names that say how a value is sent, not whose it is. */
const AUTH_HEADER = /^(?:proxy-)?authorization$/i;

/**
 * A generic finding's variable: a generic name (`api_key`, `token`) takes the client named on its
 * line (`OpenAI(api_key=…)`), else the file's platform; any other name becomes the variable
 * (`db_password` → `DB_PASSWORD`).
 */
function envVarOf(name: string, at: number, platform: string | null, lineEnv: (at: number) => string | undefined): string {
  const onLine = lineEnv(at);
  if (GENERIC_KEY_NAME.test(name)) {
    const named = onLine ?? (platform ? PLATFORM_ENV[platform] : undefined);
    if (named) return named;
  }
  // An SDK's name for a platform's key (`access_key=`, `client_secret=`) in that platform's call or file.
  const ofPlatform = platformOfVariable(onLine) ?? (onLine === undefined ? platform : null);
  if (ofPlatform) {
    const named = platformEnvOfName(name, ofPlatform);
    if (named) return named;
  }
  if (AUTH_HEADER.test(name)) return 'API_TOKEN';
  return envNameOf(name.replace(/^(?:set|with|get)(?=[A-Z_])/, ''));
}

/** Whose key a finding is: its rule's platform, else the platform whose variable it is read from. */
function platformOf(c: Candidate): { platform?: PlatformId } {
  const platform = c.rule.platform ?? platformOfVariable(c.envVar);
  return platform ? { platform } : {};
}

/** Where findings overlap, the more specific rule (earlier in the registry) wins; ties go to the longer value. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const rc = RANK.get(c.rule.id)!;
    const rl = RANK.get(last.rule.id)!;
    if (rc < rl || (rc === rl && c.end - c.start > last.end - last.start)) {
      kept[kept.length - 1] = c;
      // The winner may now overlap earlier kept findings; they were kept first, so they stay.
      while (kept.length > 1 && kept[kept.length - 2].end > c.start) {
        const prev = kept[kept.length - 2];
        if (RANK.get(prev.rule.id)! <= rc) {
          kept.pop();
          break;
        }
        kept.splice(kept.length - 2, 1);
      }
    }
  }
  return kept;
}

/**
 * The line around an offset, remembered: many matches on one very long line (minified code,
 * adversarial input) must not each copy the line again, or scanning turns quadratic.
 */
class Lines {
  private readonly cache = new Map<number, { start: number; end: number; text: string }>();
  private last: { start: number; end: number; text: string } | undefined;

  constructor(private readonly source: string) {}

  at(offset: number): { start: number; end: number; text: string } {
    const last = this.last;
    if (last && offset >= last.start && offset <= last.end) return last;
    const start = this.source.lastIndexOf('\n', offset - 1) + 1;
    let line = this.cache.get(start);
    if (!line) {
      const nl = this.source.indexOf('\n', start);
      const end = nl < 0 ? this.source.length : nl;
      line = { start, end, text: this.source.slice(start, end) };
      this.cache.set(start, line);
    }
    this.last = line;
    return line;
  }
}

/**
 * Control characters that text files do not hold (tab, line feed, form feed and carriage return
 * aside). Not U+FFFD: a file in a legacy encoding opened as UTF-8 is full of them, and is text
 * whose ASCII secrets are still secrets.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/g;

/** NUL characters in the first 8 KB, or many control characters in the first 2 KB: binary, not source. */
function looksBinary(text: string): boolean {
  // Bounded like git's own check: reading a 2 MB text to its end for a NUL costs more than the scan.
  if (text.slice(0, 8192).includes('\u0000')) return true;
  const head = text.slice(0, 2048);
  const control = head.match(CONTROL)?.length ?? 0;
  return control / head.length > 0.1;
}

function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  if (chars >= 1000) return `${Math.round(chars / 1000)} KB`;
  return `${chars} bytes`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
