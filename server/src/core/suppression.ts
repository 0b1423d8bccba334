/**
 * Suppression comments: `keywarden:ignore [rule-id] [reason]` on the finding's line or on a
 * comment line right above it, in any comment syntax, plus the markers users bring from other
 * tools (gitleaks, detect-secrets, secretlint, bandit-style `nosec`, DevSkim).
 */

const SAME_LINE = /keywarden:ignore|gitleaks:allow|pragma:\s*allowlist\s+secret|secretlint-disable-line|\bnosec\b|devskim:\s*ignore/i;
const LINE_ABOVE = /keywarden:ignore|pragma:\s*allowlist\s+nextline\s+secret|secretlint-disable-next-line|gitleaks:allow/i;
const COMMENT_LINE = /^\s*(#|\/\/|\/\*|\*|--|;|%|<!--|'|rem\b|\{\{!|<%#)/i;
const KEYWARDEN = /keywarden:ignore(?:[ \t]+([a-z0-9][a-z0-9-]*))?/i;

/** Whether a marker on `line` (the finding's) or `above` (a comment line) suppresses `ruleId`. */
export function isSuppressed(line: string, above: string | undefined, ruleId: string, ruleIds: ReadonlySet<string>): boolean {
  if (SAME_LINE.test(line) && marks(line, ruleId, ruleIds)) return true;
  return above !== undefined && COMMENT_LINE.test(above) && LINE_ABOVE.test(above) && marks(above, ruleId, ruleIds);
}

/** A `keywarden:ignore` naming a rule applies to that rule only; every other marker to all rules. */
function marks(text: string, ruleId: string, ruleIds: ReadonlySet<string>): boolean {
  const m = KEYWARDEN.exec(text);
  if (!m) return true;
  const named = m[1]?.toLowerCase();
  return !named || !ruleIds.has(named) || named === ruleId;
}
