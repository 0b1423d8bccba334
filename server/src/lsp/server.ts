/**
 * The KeyWarden language server: LSP glue over the pure detection core. Runs over stdio
 * (`node dist/server.js --stdio`) or IPC from the VS Code client.
 */
import * as path from 'path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ResponseError,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import picomatch from 'picomatch';
import {
  HeldVariablesNotification,
  heldDigest,
  NamedEnvVarFixRequest,
  SkippedFileNotification,
  VerifyContextNotification,
} from '../../../common/protocol';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings } from '../../../common/settings';
import { canFixLanguage } from '../core/fix';
import type { ScanOptions } from '../core/types';
import { codeActionsFor, FIX_ALL_KIND, namedEnvVarFix } from './codeActions';
import { LintedDocuments, type LintedDocument } from './documents';
import { BackgroundScanner } from './backgroundScan';
import { hoverOf, toDiagnostics } from './findings';
import { registerWorkspaceScan } from './workspaceScan';
import { fileUriOf, pathOfUri } from './uri';
import { Baselines, baselineRootOf } from '../io/baseline';
import { repoDirOf } from '../io/files';
import { EditorGit } from './gitState';
import { EditorVerification } from './verification';
import { Commands } from '../../../common/commands';

const connection = createConnection(ProposedFeatures.all);
// Large documents are scanned on a worker thread: the server keeps answering meanwhile (issue 20, item 4).
const documents = new LintedDocuments(new BackgroundScanner(), (entry) => {
  if (canPull) void connection.languages.diagnostics.refresh();
  else publish(entry);
});
const editorGit = new EditorGit(
  (uri) => republish(uri),
  (message) => connection.console.log(message),
);
const baselines = new Baselines((message) => connection.console.log(message));
const verification = new EditorVerification(connection, (uri) => republish(uri));
const settingsByUri = new Map<string, Settings>();
let workspaceFolders: string[] = [];
let canPull = false;
let canConfigure = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPull = !!params.capabilities.textDocument?.diagnostic;
  canConfigure = !!params.capabilities.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => pathOfUri(f.uri)).filter((p): p is string => !!p);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [Commands.addToBaseline.id] },
      ...(canPull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'KeyWarden' },
  };
});

connection.onInitialized(() => {
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
});

/** The workspace folder holding a document, if any. */
function folderOf(uri: string): string | undefined {
  const p = pathOfUri(uri);
  if (!p) return undefined;
  return workspaceFolders.filter((f) => p.startsWith(f.endsWith(path.sep) ? f : `${f}${path.sep}`)).sort((a, b) => b.length - a.length)[0];
}

/** Baseline roots by workspace folder (the repository root holding it, else the folder). */
const baselineRoots = new Map<string, string>();
function baselineRoot(folder: string): string {
  let root = baselineRoots.get(folder);
  if (root === undefined) baselineRoots.set(folder, (root = baselineRootOf(folder)));
  return root;
}

/** The root a document's fingerprints and baseline belong to: that of its workspace folder. */
function rootOf(uri: string): string | undefined {
  const folder = folderOf(uri);
  return folder ? baselineRoot(folder) : undefined;
}

/** Work trees by folder: the repository that answers for a file is the one holding it (a submodule's own). */
const repoOfDir = new Map<string, string | undefined>();

/** The repository holding a document and its path there, for git states; undefined outside any workspace folder. */
function gitPlaceOf(uri: string): { repo: string; rel: string } | undefined {
  const p = pathOfUri(uri);
  if (!p || !folderOf(uri)) return undefined;
  const dir = path.dirname(p);
  if (!repoOfDir.has(dir)) repoOfDir.set(dir, repoDirOf(dir));
  const repo = repoOfDir.get(dir);
  return repo ? { repo, rel: path.relative(repo, p).split(path.sep).join('/') } : { repo: rootOf(uri)!, rel: displayPath(uri)! };
}

/**
 * Path used for fingerprints and file roles: relative to the repository root holding its
 * workspace folder (so the CLI's baseline matches), else to the folder, else the full path.
 */
function displayPath(uri: string): string | undefined {
  const p = pathOfUri(uri);
  if (!p) return undefined;
  const root = rootOf(uri);
  return root ? path.relative(root, p).split(path.sep).join('/') : p;
}

function settingsFor(uri: string): Settings {
  return settingsByUri.get(uri) ?? DEFAULT_SETTINGS;
}

function optionsFor(uri: string, languageId: string): ScanOptions {
  const s = settingsFor(uri);
  return { path: displayPath(uri), languageId, maxFileSize: s.maxFileSize };
}

/** Compiled `exclude` globs, by the settings object they came from (a new object per settings change). */
const excludeMatchers = new WeakMap<Settings, (path: string) => boolean>();

function isExcluded(uri: string): boolean {
  const s = settingsFor(uri);
  const p = displayPath(uri);
  if (!s.enable || !p || s.exclude.length === 0) return !s.enable;
  let matches = excludeMatchers.get(s);
  if (!matches) excludeMatchers.set(s, (matches = picomatch([...s.exclude], { dot: true })));
  return matches(p);
}

/**
 * The settings of a document or workspace folder. The client resolves and validates them (and
 * warns about invalid values) before it answers; what it leaves out keeps its default.
 */
async function askSettings(scopeUri: string): Promise<Settings | undefined> {
  if (!canConfigure) return DEFAULT_SETTINGS;
  try {
    const resolved: Partial<Settings> | null = await connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION });
    return { ...DEFAULT_SETTINGS, ...(resolved ?? {}) };
  } catch (err) {
    connection.console.error(`Could not read settings: ${(err as Error).message}`);
    return undefined;
  }
}

async function fetchSettings(uri: string): Promise<void> {
  if (!canConfigure) return;
  const settings = await askSettings(uri);
  if (!settings) return;
  const before = JSON.stringify(settingsFor(uri));
  settingsByUri.set(uri, settings);
  if (JSON.stringify(settings) !== before) relint(uri);
}

/** Findings shown for a document: those not in its folder's baseline. */
function shownFindings(entry: LintedDocument) {
  const baseline = baselines.of(rootOf(entry.doc.uri));
  return baseline.size ? entry.result.findings.filter((f) => !baseline.has(f.fingerprint)) : entry.result.findings;
}

/** The document with only the findings the user sees (baselined ones left out), for quick-fixes. */
function shown(entry: LintedDocument): LintedDocument {
  return { ...entry, result: { ...entry.result, findings: shownFindings(entry) } };
}

function republish(uri: string): void {
  const entry = documents.get(uri);
  if (!entry) return;
  if (canPull) void connection.languages.diagnostics.refresh();
  else void connection.sendDiagnostics({ uri, version: entry.doc.version, diagnostics: diagnosticsOf(entry) });
}

function publish(entry: LintedDocument): void {
  const uri = entry.doc.uri;
  // Git state comes later (debounced, off this path) and republishes when it is known.
  const findings = shownFindings(entry);
  const where = gitPlaceOf(uri);
  editorGit.schedule(
    uri,
    where?.repo,
    where?.rel,
    entry.doc.getText(),
    findings.map((f) => ({ fingerprint: f.fingerprint, line: entry.doc.positionAt(f.start).line })),
  );
  if (entry.result.skipped) {
    const message = `KeyWarden did not scan ${path.basename(pathOfUri(uri) ?? uri)}: ${entry.result.skipped.message}`;
    void connection.sendNotification(SkippedFileNotification.type, { uri, message });
  }
  for (const p of entry.result.partial ?? []) {
    const message = `KeyWarden scanned ${path.basename(pathOfUri(uri) ?? uri)} only in part: line ${entry.doc.positionAt(p.start).line + 1} ${p.message.replace(/ of this line/, '')}`;
    void connection.sendNotification(SkippedFileNotification.type, { uri, message });
  }
  if (canPull) {
    // The client pulls after each change; nothing to push for open documents.
    return;
  }
  void connection.sendDiagnostics({ uri, version: entry.doc.version, diagnostics: diagnosticsOf(entry) });
}

function diagnosticsOf(entry: LintedDocument) {
  if (isExcluded(entry.doc.uri)) return [];
  const settings = settingsFor(entry.doc.uri);
  const findings = shownFindings(entry);
  const text = entry.doc.getText();
  // Checks start here (push and pull clients both come through) and republish when they answer.
  verification.schedule(entry.doc.uri, settings, text, findings);
  const gitOf = (f: { fingerprint: string }) => editorGit.stateOf(f.fingerprint);
  if (findings.some((f) => gitOf(f)?.state === 'committed' || gitOf(f)?.state === 'pushed')) verification.offer(settings);
  return toDiagnostics(entry.doc, findings, settings.severity, gitOf, (f) => verification.resultOf(settings, text, f));
}

function relint(uri: string): void {
  const entry = documents.get(uri);
  if (!entry) return;
  const updated = documents.relint(uri, optionsFor(uri, entry.doc.languageId));
  if (!updated) return;
  if (canPull) void connection.languages.diagnostics.refresh();
  else publish(updated);
}

connection.onDidOpenTextDocument(({ textDocument: t }) => {
  const entry = documents.open(t.uri, t.languageId, t.version, t.text, optionsFor(t.uri, t.languageId));
  workspaceScan.opened(t.uri);
  publish(entry);
  void fetchSettings(t.uri);
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const entry = documents.change(textDocument.uri, textDocument.version, contentChanges);
  if (entry) publish(entry);
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  documents.close(textDocument.uri);
  settingsByUri.delete(textDocument.uri);
  if (!canPull) void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  for (const entry of documents.all()) void fetchSettings(entry.doc.uri);
});

/** The variables the client holds (names and salted digests), for the quick-fix's choice of name. */
let held: HeldVariablesNotification.Params = { salt: '', digests: {} };
connection.onNotification(HeldVariablesNotification.type, (params) => {
  if (params && typeof params.salt === 'string' && params.digests && typeof params.digests === 'object') held = params;
});
const heldElsewhere = (envVar: string, value: string): boolean => {
  const digest = Object.hasOwn(held.digests, envVar) ? held.digests[envVar] : undefined;
  return digest !== undefined && digest !== heldDigest(held.salt, value);
};

connection.onNotification(VerifyContextNotification.type, (params) => {
  verification.setContext(params);
  for (const entry of documents.all()) republish(entry.doc.uri);
});

// A baseline written outside the editor (`keywarden baseline`, a pull): the client watches
// `.keywarden/baseline.json` and says so; read it again and reshow every open document.
connection.onDidChangeWatchedFiles(() => {
  baselines.invalidate();
  for (const entry of documents.all()) republish(entry.doc.uri);
});

connection.onExecuteCommand(({ command, arguments: args }) => {
  if (shuttingDown) return afterShutdown();
  if (command !== Commands.addToBaseline.id) return undefined;
  const [uri, fingerprint] = (args ?? []) as [string, string];
  const folder = rootOf(uri) ?? (pathOfUri(uri) ? path.dirname(pathOfUri(uri)!) : undefined);
  if (!folder || typeof fingerprint !== 'string') return undefined;
  baselines.add(folder, [fingerprint]);
  for (const entry of documents.all()) republish(entry.doc.uri);
  return undefined;
});

connection.languages.diagnostics.on((params) => {
  if (shuttingDown) return afterShutdown();
  const entry = documents.get(params.textDocument.uri);
  return { kind: DocumentDiagnosticReportKind.Full, items: entry ? diagnosticsOf(entry) : [] };
});

connection.onHover(({ textDocument, position }) => {
  if (shuttingDown) return afterShutdown();
  const entry = documents.get(textDocument.uri);
  if (!entry || isExcluded(textDocument.uri)) return null;
  const offset = entry.doc.offsetAt(position);
  const f = entry.result.findings.find((x) => x.start <= offset && offset <= x.end);
  if (!f || settingsFor(textDocument.uri).severity[f.ruleId] === 'off') return null;
  const language = entry.options.languageId ?? entry.doc.languageId;
  return {
    contents: {
      kind: 'markdown',
      value: hoverOf(
        f,
        canFixLanguage(language, entry.options.path),
        verification.resultOf(settingsFor(textDocument.uri), entry.doc.getText(), f),
      ),
    },
    range: { start: entry.doc.positionAt(f.start), end: entry.doc.positionAt(f.end) },
  };
});

connection.onCodeAction(({ textDocument, range, context }) => {
  if (shuttingDown) return afterShutdown();
  const entry = documents.get(textDocument.uri);
  if (!entry || isExcluded(textDocument.uri)) return [];
  return codeActionsFor(
    shown(entry),
    range,
    context.only,
    settingsFor(textDocument.uri).severity,
    (f) => editorGit.stateOf(f.fingerprint),
    heldElsewhere,
    (f) => verification.resultOf(settingsFor(textDocument.uri), entry.doc.getText(), f),
  );
});

connection.onRequest(NamedEnvVarFixRequest.type, (params) => {
  if (shuttingDown) return afterShutdown();
  const entry = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
  if (!entry) return { ok: false, problem: 'The file is no longer open.' };
  return namedEnvVarFix(shown(entry), params, heldElsewhere);
});

/**
 * After `shutdown`, every request is answered with InvalidRequest, as the protocol asks; the
 * library answers `shutdown` itself and exits on `exit`, when its input closes, or when the
 * client process named in `initialize` is gone.
 */
let shuttingDown = false;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one error for handlers of every error-data type
const afterShutdown = (): ResponseError<any> => new ResponseError(ErrorCodes.InvalidRequest, 'KeyWarden: the server is shutting down');
connection.onShutdown(() => {
  shuttingDown = true;
});

const workspaceScan = registerWorkspaceScan(connection, {
  afterShutdown: () => (shuttingDown ? afterShutdown() : undefined),
  isOpen: (uri) => documents.get(uri) !== undefined || documents.all().some((entry) => fileUriOf(entry.doc.uri) === uri),
  settings: async (folderUri) => (await askSettings(folderUri)) ?? DEFAULT_SETTINGS,
  baselineRoot,
  baseline: (root) => baselines.of(root),
  git: editorGit,
});

connection.listen();
