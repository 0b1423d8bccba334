/**
 * Findings as the editor shows them: diagnostics (masked message, rule id as code, severity
 * from confidence or the user's override) and hover text. No secret value leaves this file
 * except through `maskSecret`.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeverityName } from '../../../common/settings';
import type { Finding } from '../core/types';
import { levelOf } from '../core/severity';
import type { FindingGit } from './gitState';
import { ago, type CheckResult } from '../verify';

export const SOURCE = 'keywarden';

const BY_NAME: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, f: { start: number; end: number }): Range {
  return { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
}

export function messageOf(f: Finding): string {
  return `${f.kind} ${f.masked} is hard-coded: read it from the environment variable ${f.envVar} instead.`;
}

/** Where README explains what to do about committed and pushed secrets. */
export const COMMITTED_HELP = 'https://github.com/keywarden/keywarden#committed-secrets';

/** The diagnostic of one finding at a range; undefined when the user turned its rule off. */
export function diagnosticOf(
  f: Finding,
  range: Range,
  overrides: Record<string, SeverityName>,
  git?: FindingGit,
  verified?: CheckResult,
): Diagnostic | undefined {
  const override = overrides[f.ruleId];
  if (override === 'off') return undefined;
  const inHistory = git?.state === 'committed' || git?.state === 'pushed';
  let message = messageOf(f);
  if (git?.state === 'pushed') message += ` Pushed to ${git.branch} in ${git.commit?.slice(0, 7)}: rotate this key now.`;
  else if (git?.state === 'committed')
    message += ` Committed in ${git.commit?.slice(0, 7)}: it stays in the history until rewritten; rotate it before pushing.`;
  // Whether the key still works outranks confidence, history and the user's per-rule severity (but not "off").
  let severity = BY_NAME[override ?? levelOf(f.confidence, git?.state)];
  if (verified?.verdict === 'live') {
    message = `LIVE (checked ${ago(verified.checkedAt)} against ${verified.host}): ${message} Rotate this key now.`;
    severity = DiagnosticSeverity.Error;
  } else if (verified?.verdict === 'revoked') {
    message = `${f.kind} ${f.masked} no longer works (checked ${ago(verified.checkedAt)} against ${verified.host}): remove it from the code and history.`;
    severity = DiagnosticSeverity.Warning;
  }
  return {
    range,
    severity,
    source: SOURCE,
    code: f.ruleId,
    ...(inHistory ? { codeDescription: { href: COMMITTED_HELP } } : {}),
    message,
  };
}

/** Diagnostics for a document's findings. */
export function toDiagnostics(
  doc: TextDocument,
  findings: readonly Finding[],
  overrides: Record<string, SeverityName>,
  gitOf: (f: Finding) => FindingGit | undefined = () => undefined,
  verifiedOf: (f: Finding) => CheckResult | undefined = () => undefined,
): Diagnostic[] {
  return findings
    .map((f) => diagnosticOf(f, rangeOf(doc, f), overrides, gitOf(f), verifiedOf(f)))
    .filter((d): d is Diagnostic => d !== undefined);
}

/** The hover's line about a key check: when, against which host, and what it said (a reason may come from the issuer, so it is escaped). */
export function verifiedLine(r: CheckResult): string {
  const when = `checked ${ago(r.checkedAt)} (${new Date(r.checkedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC) against ${r.host}`;
  if (r.verdict === 'live')
    return `**LIVE**: ${r.issuer} accepts this key (${when}). Rotate it now: anyone who reads this code can use it.`;
  if (r.verdict === 'revoked') return `No longer works: ${r.issuer} refuses this key (${when}). Remove it from the code and history.`;
  return `Could not check with ${r.issuer} (${when}): ${markdownText(r.why ?? 'no answer')}.`;
}
/**
 * Markdown text that shows exactly as written: rule descriptions contain `<uuid>:<secret>`,
 * which a markdown renderer would take for HTML tags and drop, and names contain `_`.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&');
}

/** An inline code span holding `text` whatever backticks it contains. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function hoverOf(f: Finding, fixable: boolean, verified?: CheckResult): string {
  const t = markdownText;
  const code = markdownCode;
  const lines = [
    `**KeyWarden: ${t(f.kind)}** — ${code(f.ruleId)}, ${f.confidence} confidence`,
    '',
    `Value: ${code(f.masked)} (entropy ${f.entropy.toFixed(1)} bits/char)`,
    '',
    `Why: ${t(f.why)}`,
    '',
    ...(verified ? [verifiedLine(verified), ''] : []),
    fixable
      ? `What to do: run the quick fix (Ctrl+.) **Replace with environment variable ${t(f.envVar)}**. The value moves into KeyWarden's secret storage and is exported to new terminals as ${code(f.envVar)}; if it was ever committed or shared, rotate it.`
      : `What to do: move the value out of this file (for example into ${code(f.envVar)} in a git-ignored .env) and rotate it if it was ever committed. If it is not a secret, add ${code(`keywarden:ignore ${f.ruleId}`)} in a comment on the line above.`,
  ];
  return lines.join('\n');
}
