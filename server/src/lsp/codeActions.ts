/**
 * Quick-fixes for findings: replace with an environment-variable read (preferred), ignore with a
 * comment, and fix everything in the file. The replaced values ride along in the
 * keywarden.storeSecret command so the client can keep them in SecretStorage: nothing is lost.
 */
import { CodeAction, CodeActionKind, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands } from '../../../common/commands';
import {
  ENV_NAME,
  ENV_NAME_HINT,
  type NamedEnvVarFixRequest,
  type NamedVariableArgs,
  type RotateKeyArgs,
  type StoreSecretArgs,
} from '../../../common/protocol';
import type { FindingGit } from './gitState';
import { envVarFix, ignoreFix, type HeldElsewhere, type OffsetEdit } from '../core/fix';
import type { Finding } from '../core/types';
import { rangeOf, toDiagnostics } from './findings';
import type { LintedDocument } from './documents';
import type { SeverityName } from '../../../common/settings';
import type { PlatformId } from '../../../common/platforms';
import { platformVerifierFor, type CheckResult } from '../verify';

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

/** What the quick fixes of one document are made from. */
interface FixContext {
  readonly entry: LintedDocument;
  readonly overrides: Record<string, SeverityName>;
  readonly gitOf: (f: Finding) => FindingGit | undefined;
  readonly heldElsewhere: HeldElsewhere;
  readonly verifiedOf: (f: Finding) => CheckResult | undefined;
}

export function codeActionsFor(
  entry: LintedDocument,
  range: Range,
  only: readonly string[] | undefined,
  overrides: Record<string, SeverityName>,
  gitOf: (f: Finding) => FindingGit | undefined = () => undefined,
  heldElsewhere: HeldElsewhere = () => false,
  verifiedOf: (f: Finding) => CheckResult | undefined = () => undefined,
): CodeAction[] {
  const { doc } = entry;
  const ctx: FixContext = { entry, overrides, gitOf, heldElsewhere, verifiedOf };
  const findings = entry.result.findings.filter((f) => overrides[f.ruleId] !== 'off');
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const here = findings.filter((f) => overlaps(doc, f, range));
    for (const f of here) actions.push(...quickFixesFor(f, ctx));
    if (here.length > 0 && findings.length > 1) {
      const all = fixAllAction(
        entry,
        'Fix all KeyWarden findings in this file',
        CodeActionKind.QuickFix,
        findings,
        overrides,
        heldElsewhere,
      );
      if (all) actions.push(all);
    }
  }
  if (only && wants(FIX_ALL_KIND) && findings.length > 0) {
    const all = fixAllAction(entry, 'Fix all KeyWarden findings in this file', FIX_ALL_KIND, findings, overrides, heldElsewhere);
    if (all) actions.push(all);
  }
  return actions;
}

/** The quick fixes of one finding, the preferred one first where there is one. */
function quickFixesFor(f: Finding, ctx: FixContext): CodeAction[] {
  const { entry, overrides, gitOf, heldElsewhere, verifiedOf } = ctx;
  const { doc } = entry;
  const actions: CodeAction[] = [];
  const state = gitOf(f)?.state;
  const verified = verifiedOf(f);
  const live = verified?.verdict === 'live';
  // A live key's rule names its platform even when its variable (CLIENT_KEY) does not.
  const platform = f.platform ?? (live ? platformVerifierFor(f.ruleId)?.platform : undefined);
  const rotatable = (state === 'committed' || state === 'pushed' || live) && platform !== undefined;
  if (live && !platform && verified?.revokePage) {
    // Not one of our platforms: KeyWarden cannot make a new key, but it can open the page that revokes this one.
    actions.push({
      title: `Rotate now: revoke this key at ${verified.issuer} (it works: checked against ${verified.host})`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: toDiagnostics(doc, [f], overrides, gitOf, verifiedOf),
      command: { title: 'Open the revoke page', command: Commands.openRevokePage.id, arguments: [verified.revokePage] },
    });
  }
  // A key in the git history is replaced by a new one under the platform's variable (the
  // rotation applies this edit and keeps nothing of the leaked value), so its name is
  // not numbered away from the variable that holds the new key.
  const replace = (envVar: string) => `Replace with environment variable ${envVar}`;
  const fix = fixAllAction(entry, replace, CodeActionKind.QuickFix, [f], overrides, rotatable ? () => false : heldElsewhere);
  if (rotatable) actions.push(rotateAction(f, ctx, platform, live, fix));
  if (fix) {
    fix.isPreferred = true;
    actions.push(fix);
    if (!rotatable) actions.push(namedVariableAction(f, doc, fix));
  }
  const ignore = ignoreFix(doc.getText(), entry.options.languageId ?? doc.languageId, f);
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
  return actions;
}

/** "Rotate now" / "Create a new key and replace it": carries its own edit (none where KeyWarden cannot rewrite this literal); the client applies it once the new key is stored. */
function rotateAction(f: Finding, ctx: FixContext, platform: PlatformId, live: boolean, fix: CodeAction | undefined): CodeAction {
  const { doc } = ctx.entry;
  const args: RotateKeyArgs = {
    platform,
    uri: doc.uri,
    range: rangeOf(doc, f),
    version: doc.version,
    edits: fix?.edit?.changes?.[doc.uri] ?? [],
    live,
  };
  return {
    title: live
      ? 'Rotate now: create a new key, replace it, then deactivate this one (it works)'
      : 'Create a new key and replace it (this one is in the git history)',
    kind: CodeActionKind.QuickFix,
    diagnostics: toDiagnostics(doc, [f], ctx.overrides, ctx.gitOf, live ? ctx.verifiedOf : undefined),
    command: { title: 'Create a new key and replace it', command: Commands.rotateKey.id, arguments: [args] },
  };
}

/** "Replace with environment variable named…": the user picks the name (suggested: the fix's). */
function namedVariableAction(f: Finding, doc: TextDocument, fix: CodeAction): CodeAction {
  const args: NamedVariableArgs = {
    uri: doc.uri,
    fingerprint: f.fingerprint,
    start: doc.positionAt(f.start),
    suggested: (fix.command!.arguments as StoreSecretArgs[])[0].envVar,
  };
  return {
    title: Commands.replaceWithNamedVariable.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: fix.diagnostics,
    command: { title: Commands.replaceWithNamedVariable.title, command: Commands.replaceWithNamedVariable.id, arguments: [args] },
  };
}

/**
 * The "Replace with environment variable named…" fix once the user has chosen the name: the
 * edits for that one finding, or why there are none. A name that holds another value is
 * refused rather than numbered: the user picked it, so they hear about it.
 */
export function namedEnvVarFix(
  entry: LintedDocument,
  params: NamedEnvVarFixRequest.Params,
  heldElsewhere: HeldElsewhere,
): NamedEnvVarFixRequest.Result {
  const { doc } = entry;
  const envVar = typeof params.envVar === 'string' ? params.envVar.trim() : '';
  if (!ENV_NAME.test(envVar)) return { ok: false, problem: ENV_NAME_HINT };
  const at = params.start && typeof params.start.line === 'number' ? doc.offsetAt(params.start) : 0;
  const finding = entry.result.findings
    .filter((f) => f.fingerprint === params.fingerprint)
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (!finding) return { ok: false, problem: 'This finding is no longer in the file (it was edited or fixed meanwhile).' };
  const text = doc.getText();
  if (heldElsewhere(envVar, text.slice(finding.start, finding.end))) {
    return { ok: false, problem: `${envVar} already holds another value in KeyWarden's storage; choose another name.` };
  }
  // `process.env.X ?? "…"` keeps its read of X only when X is the name chosen.
  const target = { ...finding, envVar, fallbackBefore: envVar === finding.envVar ? finding.fallbackBefore : undefined };
  const fix = envVarFix(text, entry.options.languageId ?? doc.languageId, [target], entry.options.path);
  if (!fix) return { ok: false, problem: 'KeyWarden cannot rewrite this literal safely here.' };
  return { ok: true, version: doc.version, edits: toTextEdits(doc, fix.edits), secrets: fix.secrets.map((s) => ({ ...s, uri: doc.uri })) };
}
