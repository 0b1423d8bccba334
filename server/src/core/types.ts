/**
 * The detection core's public types. The core is pure: text and options in, findings out.
 * Nothing under server/src/core imports vscode, vscode-languageserver, fs or child_process; from
 * outside it, only node:crypto and three files of common/ that import nothing: platforms.ts (the
 * platforms table), mask.ts (how a secret is shown) and settings.ts (the default size limit).
 */
import type { PlatformId } from '../../../common/platforms';

export type Confidence = 'high' | 'medium' | 'low';

export interface Finding {
  /** Stable rule id, e.g. "arthur-engine-api-key" or "generic-password". */
  readonly ruleId: string;
  /** What kind of secret this is, for people: "Arthur Engine API key". */
  readonly kind: string;
  /** UTF-16 offsets into the scanned text of the secret value itself (not the quotes, not the name). */
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  /** Environment variable the quick-fix reads instead, e.g. ARTHUR_API_KEY or DB_PASSWORD. */
  readonly envVar: string;
  /** The platform whose key this is (its rule's, or the one whose variable `envVar` is), when it is one of ours. */
  readonly platform?: PlatformId;
  /** Why the rule fired: rule, keyword or name, entropy; never the value. */
  readonly why: string;
  /** The identifier/key the value is assigned to, when there is one (`db_password`). */
  readonly name?: string;
  /** Shannon entropy of the value in bits per character. */
  readonly entropy: number;
  /** Hex hash of rule id + secret value + file path: survives edits and line moves. */
  readonly fingerprint: string;
  /** First 4 characters of the value then "…": the only form of the value ever shown. */
  readonly masked: string;
  /**
   * When the value is the fallback of an environment read (`process.env.DB_PASSWORD ?? "…"`):
   * how many characters before `start` the fallback (` ?? "`) begins, so the fix can remove it.
   */
  readonly fallbackBefore?: number;
}

export interface ScanOptions {
  /** Path of the file (relative or absolute); used for language detection, file roles and fingerprints. */
  readonly path?: string;
  /** VS Code language id when known ("python", "typescript", "shellscript" …); else derived from path. */
  readonly languageId?: string;
  /** Texts longer than this many UTF-16 code units are not scanned. Default DEFAULT_MAX_FILE_SIZE (common/settings.ts). */
  readonly maxFileSize?: number;
  /** Rule ids not to run. */
  readonly disabledRules?: ReadonlySet<string>;
  /** The platform the whole document is about (see platform.ts); computed from the text when undefined. */
  readonly platform?: string | null;
}

export type SkipReason = 'too-large' | 'binary' | 'lockfile';

export interface ScanResult {
  readonly findings: Finding[];
  /** Set when the text was not scanned at all, with a sentence for people. */
  readonly skipped?: { readonly reason: SkipReason; readonly message: string };
  /**
   * Parts of lines that were not examined, each from an offset to its line's end: a line with more
   * keyword positions than the per-line budget (MAX_POSITIONS_PER_LINE) is examined up to there.
   */
  readonly partial?: readonly { readonly start: number; readonly end: number; readonly message: string }[];
  /** Findings dropped by a suppression comment (`keywarden:ignore`, `gitleaks:allow` …), for hover/explain. */
  readonly suppressed: number;
  /** The document-wide platform the scan used, so an incremental rescan can tell when it changed. */
  readonly platform?: string | null;
  /** Every platform the text mentions (the platform is the one, if only one): an incremental rescan updates these from the edit alone. */
  readonly mentions?: readonly string[];
}

/** One example a rule must (or must not) flag; `secret`, when given, is the exact value to report. */
export interface RuleExample {
  readonly text: string;
  readonly secret?: string;
  readonly languageId?: string;
  readonly path?: string;
}

/** What every rule file exports; the registry lists them. */
export interface RuleInfo {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  /** The platform this rule belongs to, if any. */
  readonly platform?: PlatformId;
}

/**
 * A rule's examples, in `rules/<id>.examples.ts` beside the rule: the tests run each, and the
 * bundles never hold them (nothing outside the tests imports those modules).
 */
export interface RuleExamples {
  readonly mustMatch: readonly RuleExample[];
  readonly mustNotMatch: readonly RuleExample[];
}

/** Where a finding's line stands in git: not committed yet, committed, or reachable from a remote-tracking branch. */
export type GitState = 'uncommitted' | 'committed' | 'pushed' | 'unknown';
