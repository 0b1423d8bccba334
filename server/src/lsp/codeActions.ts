/**
 * Quick-fixes for findings: replace with an environment-variable read (preferred), ignore with a
 * comment, and fix everything in the file. The replaced values ride along in the
 * keywarden.storeSecret command so the client can keep them in SecretStorage: nothing is lost.
 */
import { CodeAction, CodeActionKind, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands } from '../../../common/commands';
import type { RotateKeyArgs, StoreSecretArgs } from '../../../common/protocol';
import type { FindingGit } from './gitState';
import { envVarFix, ignoreFix, type HeldElsewhere, type OffsetEdit } from '../core/fix';
import type { Finding } from '../core/types';
import { rangeOf, toDiagnostics } from './findings';
import type { LintedDocument } from './documents';
import type { SeverityName } from '../../../common/settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.keywarden`;

const toTextEdits = (doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] =>
  edits.map((e) => ({ range: rangeOf(doc, e), newText: e.newText }));

function overlaps(doc: TextDocument, f: Finding, range: Range): boolean {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return f.start <= end && start <= f.end;
}

function fixAllAction(
  entry: LintedDocument,
  title: string | ((envVar: string) => string),
  kind: string,
  findings: readonly Finding[],
  overrides: Record<string, SeverityName>,
  heldElsewhere: HeldElsewhere,
): CodeAction | undefined {
  const { doc } = entry;
  const language = entry.options.languageId ?? doc.languageId;
  const fix = envVarFix(doc.getText(), language, findings, entry.options.path, heldElsewhere);
  if (!fix) return undefined;
  const args: StoreSecretArgs[] = fix.secrets.map((s) => ({ ...s, uri: doc.uri }));
  return {
    title: typeof title === 'string' ? title : title(fix.secrets[0].envVar),
    kind,
    diagnostics: toDiagnostics(doc, findings, overrides),
    edit: { changes: { [doc.uri]: toTextEdits(doc, fix.edits) } },
    command: { title: 'Store the replaced values', command: Commands.storeSecret.id, arguments: args },
  };
}

const PLATFORM_OF_VAR: [RegExp, RotateKeyArgs['platform']][] = [
  [/^ARTHUR_/, 'arthur'],
  [/^WHYLABS_/, 'whylabs'],
  [/^H2OGPTE_/, 'h2ogpte'],
  [/^RIME_/, 'rime'],
];

/** The platform whose key this is (so KeyWarden can create a replacement), if one of ours. */
function platformOf(f: Finding): RotateKeyArgs['platform'] | undefined {
  return PLATFORM_OF_VAR.find(([re]) => re.test(f.envVar))?.[1];
}

export function codeActionsFor(
  entry: LintedDocument,
  range: Range,
  only: readonly string[] | undefined,
  overrides: Record<string, SeverityName>,
  gitOf: (f: Finding) => FindingGit | undefined = () => undefined,
  heldElsewhere: HeldElsewhere = () => false,
): CodeAction[] {
  const { doc } = entry;
  const findings = entry.result.findings.filter((f) => overrides[f.ruleId] !== 'off');
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const language = entry.options.languageId ?? doc.languageId;
    const here = findings.filter((f) => overlaps(doc, f, range));
    for (const f of here) {
      const state = gitOf(f)?.state;
      const platform = platformOf(f);
      const rotatable = (state === 'committed' || state === 'pushed') && platform !== undefined;
      if (rotatable) {
        // The key is in the history: a new one is needed, not just a move.
        const args: RotateKeyArgs = { platform, uri: doc.uri, range: rangeOf(doc, f) };
        actions.push({
          title: 'Create a new key and replace it (this one is in the git history)',
          kind: CodeActionKind.QuickFix,
          diagnostics: toDiagnostics(doc, [f], overrides, gitOf),
          command: { title: 'Create a new key and replace it', command: Commands.rotateKey.id, arguments: [args] },
        });
      }
      // A key in the git history is replaced by a new one under the platform's variable (the
      // rotation below applies this edit and keeps nothing of the leaked value), so its name is
      // not numbered away from the variable that holds the new key.
      const fix = fixAllAction(entry, (envVar) => `Replace with environment variable ${envVar}`, CodeActionKind.QuickFix, [f], overrides, rotatable ? () => false : heldElsewhere);
      if (fix) {
        fix.isPreferred = true;
        actions.push(fix);
      }
      const ignore = ignoreFix(doc.getText(), language, f);
      if (ignore) {
        actions.push({
          title: `Ignore this finding (keywarden:ignore ${f.ruleId})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: toDiagnostics(doc, [f], overrides),
          edit: { changes: { [doc.uri]: toTextEdits(doc, [ignore]) } },
        });
      }
      actions.push({
        title: 'Add to baseline (accept this finding in .keywarden/baseline.json)',
        kind: CodeActionKind.QuickFix,
        diagnostics: toDiagnostics(doc, [f], overrides),
        command: { title: 'Add to baseline', command: Commands.addToBaseline.id, arguments: [doc.uri, f.fingerprint] },
      });
    }
    if (here.length > 0 && findings.length > 1) {
      const all = fixAllAction(entry, 'Fix all KeyWarden findings in this file', CodeActionKind.QuickFix, findings, overrides, heldElsewhere);
      if (all) actions.push(all);
    }
  }
  if (only && wants(FIX_ALL_KIND) && findings.length > 0) {
    const all = fixAllAction(entry, 'Fix all KeyWarden findings in this file', FIX_ALL_KIND, findings, overrides, heldElsewhere);
    if (all) actions.push(all);
  }
  return actions;
}
