/**
 * The shape of a provider rule (one file each under ./rules): a pattern that finds the value,
 * the literal keywords that must occur in the text for the rule to run at all (the speed trick
 * gitleaks uses), and the environment variable the quick-fix reads instead.
 */
import type { Confidence, RuleInfo } from './types';

export interface PatternRule extends RuleInfo {
  readonly type: 'pattern';
  /**
   * Lower-case ASCII literals, matched ignoring case. The pattern runs only on the lines that
   * hold one (or on the whole text when the document is about the rule's platform), so every
   * match's line must hold one. Empty: the pattern must start with a rare literal; it runs on
   * every file, in one pass shared with the other keyword-less rules (flag `g` only).
   */
  readonly keywords: readonly string[];
  /** Global regex, linear-time (no nested quantifiers); the `secret` named group (else the whole match) is the value. */
  readonly pattern: RegExp;
  readonly confidence: Confidence;
  readonly envVar: string;
  /**
   * `envVar` is only a fallback: a client or API host named on the finding's line names the
   * variable (`curl -H "Authorization: Bearer …" https://api.openai.com/…` → OPENAI_API_KEY).
   * For formats every service uses (bearer tokens), not for one provider's keys.
   */
  readonly envVarFromLine?: boolean;
  /** Values below this many bits per character are ignored. */
  readonly minEntropy?: number;
  /** Extra validation of the value (e.g. decoding); the line helps with context. */
  readonly check?: (value: string, line: string, platform: string | null) => boolean;
  /** Why it fired, for people; defaults to the description. */
  readonly why?: string;
  /**
   * The format itself holds what the shared placeholder filter refuses (X bearer tokens start
   * with twenty `A`s, a long run of one character): that filter is skipped, and `check` must
   * refuse placeholders itself.
   */
  readonly ownPlaceholderCheck?: boolean;
}

/** A generic rule: a class of secret-like names assigned a literal (see ../generic.ts). */
export interface NameRule extends RuleInfo {
  readonly type: 'name';
  readonly nameClass: NameClass;
}

export type NameClass = 'password' | 'secret' | 'api-key' | 'token';

/** A rule that finds its values with code rather than one regex (multi-line PEM blocks). */
export interface BlockRule extends RuleInfo {
  readonly type: 'block';
  readonly keywords: readonly string[];
  readonly confidence: Confidence;
  readonly envVar: string;
  /** Value ranges in `text`; must run in linear time. */
  readonly find: (text: string) => Iterable<{ start: number; end: number }>;
}

export type Rule = PatternRule | NameRule | BlockRule;

/** Helper so each rule file stays a plain object literal with checked types. */
export function patternRule(rule: Omit<PatternRule, 'type'>): PatternRule {
  if (!rule.pattern.global) throw new Error(`rule ${rule.id}: pattern must be global`);
  return uniform({ type: 'pattern', ...rule });
}

export function nameRule(rule: Omit<NameRule, 'type'>): NameRule {
  return uniform({ type: 'name', ...rule });
}

export function blockRule(rule: Omit<BlockRule, 'type'>): BlockRule {
  return uniform({ type: 'block', ...rule });
}

type AnyRuleFields = Partial<Omit<PatternRule, 'type'> & Omit<NameRule, 'type'> & Omit<BlockRule, 'type'>>;

/**
 * The rule with every field of every rule type, in one order (absent ones undefined). All rules
 * then share one hidden class, so the scan loop, which reads rules of every type and provider,
 * stays monomorphic: V8 no longer throws its optimised code away when a rule of a new shape
 * comes by.
 */
function uniform<R extends Rule>(rule: R): R {
  const r = rule as AnyRuleFields & { type: Rule['type'] };
  // Every key must be listed (the type has none optional); their values may be undefined.
  const fields: { [K in keyof Required<AnyRuleFields>]: AnyRuleFields[K] } & { type: Rule['type'] } = {
    type: r.type,
    id: r.id,
    kind: r.kind,
    description: r.description,
    platform: r.platform,
    keywords: r.keywords,
    pattern: r.pattern,
    confidence: r.confidence,
    envVar: r.envVar,
    envVarFromLine: r.envVarFromLine,
    minEntropy: r.minEntropy,
    check: r.check,
    why: r.why,
    ownPlaceholderCheck: r.ownPlaceholderCheck,
    nameClass: r.nameClass,
    find: r.find,
  };
  return fields as unknown as R;
}

/**
 * `re.test(line)`, remembered for the last line: a check that looks at the whole line must not
 * read a long line again for each of its many matches (minified code, adversarial input), or
 * the scan turns quadratic. The core hands every match on one line the same string.
 */
export function lineTest(re: RegExp): (line: string) => boolean {
  let lastLine: string | undefined;
  let lastResult = false;
  return (line) => {
    if (line !== lastLine) {
      lastLine = line;
      lastResult = re.test(line);
    }
    return lastResult;
  };
}
