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
import { findAssignments, HINT_WORDS } from './generic';
import { isLockfile, languageOf, syntaxOf } from './language';
import type { BlockRule, NameClass, NameRule, PatternRule, Rule } from './rule';
import { ALL_RULES } from './rules';
import { isSuppressed } from './suppression';
import { placeholderReason } from './filters';
import { GENERIC_KEY_NAME, PLATFORM_ENV, PLATFORM_WORDS, platformFromWords } from './platform';
import { entropy, envNameOf, fingerprint, maskSecret } from './text';
import type { Confidence, Finding, RuleInfo, ScanOptions, ScanResult } from './types';

export { maskSecret, fingerprint, entropy } from './text';
export { languageOf } from './language';
export type { Finding, ScanOptions, ScanResult, RuleInfo } from './types';

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/** Public description of every rule (id, kind, description, platform, examples). */
export const RULES: readonly RuleInfo[] = ALL_RULES.map(({ id, kind, description, platform, mustMatch, mustNotMatch }) => ({
  id,
  kind,
  description,
  ...(platform ? { platform } : {}),
  mustMatch,
  mustNotMatch,
}));

const RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));
const RANK = new Map(ALL_RULES.map((r, i) => [r.id, i]));
const NAME_RULES = new Map<NameClass, NameRule>(ALL_RULES.filter((r): r is NameRule => r.type === 'name').map((r) => [r.nameClass, r]));
/** The patterns with `d` (indices) so the `secret` group's offsets are known. */
const INDEXED = new Map<string, RegExp>(
  ALL_RULES.filter((r): r is PatternRule => r.type === 'pattern').map((r) => [r.id, new RegExp(r.pattern.source, r.pattern.flags.includes('d') ? r.pattern.flags : `${r.pattern.flags}d`)]),
);

/**
 * Keyword gating in one pass: a single alternation of every rule's keywords over the lower-cased
 * text finds which keywords occur at all (one `includes` per keyword per rule costs a pass over
 * the text each). Rules without keywords always run; their patterns start with a rare literal.
 */
const GATED = ALL_RULES.filter((r): r is PatternRule | BlockRule => r.type !== 'name');
const KEYWORDS = [...new Set(GATED.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);
const HINT_SET: ReadonlySet<string> = new Set(HINT_WORDS);
/**
 * One pass over the lower-cased text finds every rule keyword, every word that makes an
 * identifier worth parsing for the generic rule, and the platform names. Matches may overlap
 * (the scan restarts one character after each match), so one word never hides another.
 */
const PREPASS_WORDS = [...new Set([...KEYWORDS, ...HINT_WORDS, ...PLATFORM_WORDS])].sort((a, b) => b.length - a.length);
const PREPASS_RE = new RegExp(trie(PREPASS_WORDS), 'g');

/**
 * The words as one regex with shared prefixes factored out (`a(?:kia|rthur(?:…)|uth)|…`): the
 * engine tries each first character once instead of once per word. Longest match first.
 */
function trie(words: readonly string[]): string {
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const groups = new Map<string, string[]>();
  let complete = false;
  for (const w of words) {
    if (w === '') complete = true;
    else groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
  }
  const alternatives = [...groups].map(([c, rest]) => esc(c) + (rest.length === 1 && rest[0] === '' ? '' : trie(rest)));
  return `(?:${alternatives.join('|')})${complete ? '?' : ''}`;
}

/** Each prepass word with every prepass word it starts with (itself included). */
const PREFIXES = new Map(PREPASS_WORDS.map((w) => [w, PREPASS_WORDS.filter((p) => w.startsWith(p))]));

interface Prepass {
  readonly keywords: Set<string>;
  readonly hints: number[];
  readonly words: Set<string>;
}

function prepass(lower: string): Prepass {
  const keywords = new Set<string>();
  const words = new Set<string>();
  const hints: number[] = [];
  PREPASS_RE.lastIndex = 0;
  for (let m = PREPASS_RE.exec(lower); m; m = PREPASS_RE.exec(lower)) {
    // The longest word wins at a position; the shorter words it starts with occur there too.
    let hint = false;
    for (const w of PREFIXES.get(m[0])!) {
      words.add(w);
      if (KEYWORD_SET.has(w)) keywords.add(w);
      if (HINT_SET.has(w)) hint = true;
    }
    if (hint) hints.push(m.index);
    PREPASS_RE.lastIndex = m.index + 1;
  }
  return { keywords, hints, words };
}

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  value: string;
  confidence: Confidence;
  envVar: string;
  why: string;
  name?: string;
  entropy: number;
}

/** Scans one document. Never throws on odd input; unscannable text comes back `skipped`. */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > limit) {
    return { findings: [], suppressed: 0, skipped: { reason: 'too-large', message: `not scanned: ${formatSize(text.length)} is over the ${formatSize(limit)} limit (setting keywarden.maxFileSize)` } };
  }
  if (looksBinary(text)) return { findings: [], suppressed: 0, skipped: { reason: 'binary', message: 'not scanned: binary content' } };
  if (isLockfile(options.path)) return { findings: [], suppressed: 0, skipped: { reason: 'lockfile', message: 'not scanned: lockfiles hold integrity hashes, not secrets' } };

  const language = languageOf(options.languageId, options.path);
  const lower = text.toLowerCase();
  const pre = prepass(lower);
  const platform = options.platform !== undefined ? options.platform : platformFromWords(pre.words, lower);
  const disabled = options.disabledRules;
  const candidates: Candidate[] = [];

  const lines = new Lines(text);
  const present = pre.keywords;
  for (const rule of GATED) {
    if (disabled?.has(rule.id)) continue;
    // A platform rule also runs when the document is about its platform: its context may be lines away.
    const gated = rule.keywords.length > 0 && !(rule.platform !== undefined && rule.platform === platform);
    if (gated && !rule.keywords.some((k) => present.has(k))) continue;
    if (rule.type === 'pattern') runPattern(rule, text, lines, platform, candidates);
    else runBlock(rule, text, candidates);
  }
  for (const a of findAssignments(text, pre.hints, syntaxOf(language))) {
    const rule = NAME_RULES.get(a.nameClass);
    if (!rule || disabled?.has(rule.id)) continue;
    candidates.push({
      rule,
      start: a.start,
      end: a.end,
      value: a.value,
      confidence: a.confidence,
      envVar: platform && GENERIC_KEY_NAME.test(a.name) ? PLATFORM_ENV[platform] : envNameOf(a.name.replace(/^(?:set|with|get)(?=[A-Z_])/, '')),
      why: `${rule.kind.toLowerCase()}-like name "${a.name}" assigned a literal (entropy ${a.entropy.toFixed(1)} bits/char${a.weak ? ', weak name so a stronger value was required' : ''})`,
      name: a.name,
      entropy: a.entropy,
    });
  }

  // A provider key assigned to a name of the user's own (`GENAI_ENGINE_ADMIN_KEY = "…"`) keeps
  // that name as its variable; generic names (`api_key`) take the provider's.
  const named = new Map<string, string>();
  for (const c of candidates) if (c.rule.type === 'name' && c.name && !GENERIC_KEY_NAME.test(c.name)) named.set(`${c.start}:${c.end}`, c.envVar);
  const kept = resolveOverlaps(candidates).map((c) => (c.rule.type !== 'name' && named.has(`${c.start}:${c.end}`) ? { ...c, envVar: named.get(`${c.start}:${c.end}`)! } : c));
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
    findings.push({
      ruleId: c.rule.id,
      kind: c.rule.kind,
      start: c.start,
      end: c.end,
      confidence: c.confidence,
      envVar: c.envVar,
      why: c.why,
      ...(c.name ? { name: c.name } : {}),
      entropy: Math.round(c.entropy * 100) / 100,
      fingerprint: fingerprint(c.rule.id, c.value, options.path),
      masked: maskSecret(c.value),
    });
  }
  return { findings, suppressed, platform };
}

function runPattern(rule: PatternRule, text: string, lines: Lines, platform: string | null, out: Candidate[]): void {
  const re = INDEXED.get(rule.id)!;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = m.indices?.groups?.secret ?? m.indices![0];
    const [start, end] = span;
    const value = text.slice(start, end);
    if (placeholderReason(value)) continue;
    const bits = entropy(value);
    if (rule.minEntropy !== undefined && bits < rule.minEntropy) continue;
    if (rule.check) {
      if (!rule.check(value, lines.at(start).text, platform)) continue;
    }
    out.push({ rule, start, end, value, confidence: rule.confidence, envVar: rule.envVar, why: rule.why ?? `matches the ${rule.kind} format: ${lowerFirst(rule.description)}`, entropy: bits });
  }
}

function runBlock(rule: BlockRule, text: string, out: Candidate[]): void {
  for (const { start, end } of rule.find(text)) {
    const value = text.slice(start, end);
    out.push({ rule, start, end, value, confidence: rule.confidence, envVar: rule.envVar, why: `matches the ${rule.kind} format: ${lowerFirst(rule.description)}`, entropy: entropy(value) });
  }
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

/** NUL characters or many control characters in the first 8 KB: binary, not source. */
function looksBinary(text: string): boolean {
  // Bounded like git's own check: reading a 2 MB text to its end for a NUL costs more than the scan.
  if (text.lastIndexOf('\u0000', 8192) >= 0) return true;
  const n = Math.min(text.length, 2048);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  if (chars >= 1000) return `${Math.round(chars / 1000)} KB`;
  return `${chars} bytes`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
}
