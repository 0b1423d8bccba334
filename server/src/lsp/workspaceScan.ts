/**
 * "KeyWarden: Scan workspace" on the server side: the same file selection and reading as the
 * CLI, diagnostics published for files that are not open (open ones are linted live), progress
 * reported as it goes, and the scan yields between files so typing stays responsive.
 * Diagnostics go out as soon as a file is scanned; git states (committed, pushed) follow through
 * the same batched path as open files (EditorGit) and the file's diagnostics are sent again.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Connection, Diagnostic, ResponseError } from 'vscode-languageserver/node';
import { ScanProgressNotification, ScanWorkspaceRequest } from '../../../common/protocol';
import type { Settings } from '../../../common/settings';
import { listFiles, readTextFileSync, type NotListed } from '../io/files';
import { scanFileText } from '../io/scanFile';
import { blobId } from '../io/git';
import { diagnosticOf } from './findings';
import { fileUriOf, pathOfUri, uriOfPath } from './uri';
import type { EditorGit } from './gitState';
import type { LocatedFinding } from '../io/scanFile';

interface Host {
  /** The error to answer with once the server is shutting down, else undefined. */
  afterShutdown(): ResponseError<void> | undefined;
  /** Whether the file at this file URI (or a cell of this notebook) is open and linted live. */
  isOpen(uri: string): boolean;
  /** The settings of the workspace folder with this URI, as the client resolved them. */
  settings(folderUri: string): Promise<Settings>;
  /** The folder fingerprints are relative to and whose baseline applies (the repository root when the folder is inside one). */
  baselineRoot(folder: string): string;
  /** Fingerprints accepted in that root's baseline. */
  baseline(root: string): ReadonlySet<string>;
  git: EditorGit;
}

/** At most this many files not scanned are listed back to the client (the count covers all). */
const MAX_LISTED = 200;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Longest stretch of scanning between two turns of the event loop. */
const SLICE_MS = 15;

export interface WorkspaceScan {
  /**
   * A document was opened and is linted live from now on: the scan's diagnostics for its file
   * are withdrawn, so one finding is one diagnostic (a client that pulls diagnostics keeps
   * pushed and pulled ones apart, and a notebook's cells are other URIs than its file).
   */
  opened(uri: string): void;
}

interface ListedFile {
  readonly root: string;
  readonly file: string;
  readonly settings: Settings;
}

/** The files of the workspace folders KeyWarden is enabled in, each with its folder's settings and repository root. */
async function filesOf(host: Host, folders: readonly string[]): Promise<{ files: ListedFile[]; notScanned: NotListed[] }> {
  const files: ListedFile[] = [];
  const notScanned: NotListed[] = [];
  for (const folder of folders) {
    const dir = pathOfUri(folder);
    const settings = await host.settings(folder);
    if (!settings.enable || dir === undefined || !fs.existsSync(dir)) continue;
    // Paths (and so fingerprints) are relative to the repository root, as the CLI's are, so the
    // repository's baseline holds when the workspace folder is one of its subfolders.
    const root = host.baselineRoot(dir);
    const listing = await listFiles(dir, { exclude: settings.exclude });
    for (const file of listing.files) files.push({ root, file, settings });
    notScanned.push(...listing.notScanned);
  }
  return { files, notScanned };
}

const emptyResult = (): ScanWorkspaceRequest.Result => ({
  files: 0,
  filesWithFindings: 0,
  findings: 0,
  skipped: 0,
  cancelled: false,
  baselined: 0,
  notScanned: [],
});

export function registerWorkspaceScan(connection: Connection, host: Host): WorkspaceScan {
  /** URIs that got diagnostics from the last workspace scan, cleared by the next one. */
  let published = new Set<string>();

  const diagnosticsOf = (findings: readonly LocatedFinding[], severity: Settings['severity']) =>
    findings
      .map((l) =>
        diagnosticOf(
          l.finding,
          { start: { line: l.line, character: l.column }, end: { line: l.endLine, character: l.endColumn } },
          severity,
          host.git.stateOf(l.finding.fingerprint),
        ),
      )
      .filter((d): d is Diagnostic => d !== undefined);

  /** Reads, scans and publishes one file of the scan that publishes into `now`. */
  const scanOne = (
    { root, file, settings }: ListedFile,
    result: ScanWorkspaceRequest.Result,
    now: Set<string>,
    listed: (file: string, reason: string) => void,
  ) => {
    const uri = uriOfPath(file);
    const read = readTextFileSync(file, settings.maxFileSize);
    result.files++;
    if ('skipped' in read) return listed(file, read.message);
    const rel = path.relative(root, file).split(path.sep).join('/');
    const r = scanFileText(read.text, { path: rel, maxFileSize: settings.maxFileSize });
    if (r.skipped) return listed(file, r.skipped);
    const baseline = host.baseline(root);
    const shown = baseline.size ? r.findings.filter((l) => !baseline.has(l.finding.fingerprint)) : r.findings;
    result.baselined! += r.findings.length - shown.length;
    if (shown.length === 0 || host.isOpen(uri)) return;
    const diagnostics = diagnosticsOf(shown, settings.severity);
    if (diagnostics.length === 0) return;
    result.filesWithFindings++;
    result.findings += diagnostics.length;
    now.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
    // Git states come later (never holding up the scan) and the file's diagnostics follow them.
    const located = shown.map((l) => ({ fingerprint: l.finding.fingerprint, line: l.line }));
    if (shown.every((l) => host.git.stateOf(l.finding.fingerprint))) return;
    void host.git.annotateFile(root, rel, blobId(read.text, 'sha1'), located).then(() => {
      if (published === now && !host.isOpen(uri))
        void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(shown, settings.severity) });
    });
  };

  connection.onRequest(ScanWorkspaceRequest.type, async (params, token) => {
    const refused = host.afterShutdown();
    if (refused) return refused;
    const result = emptyResult();
    const { files, notScanned } = await filesOf(host, params.folders);
    const now = new Set<string>();
    const previous = published;
    published = now; // a later git answer for an earlier scan's file is dropped once this one runs
    const listed = (file: string, reason: string) => {
      result.skipped++;
      if (result.notScanned!.length < MAX_LISTED) result.notScanned!.push({ path: file, reason });
    };
    for (const n of notScanned) listed(n.path, n.reason);
    const progress = (done: number) => void connection.sendNotification(ScanProgressNotification.type, { done, total: files.length });
    progress(0);
    let sliceStart = Date.now();
    for (let i = 0; i < files.length; i++) {
      // Files are read and scanned synchronously (an awaited read per file costs more than the
      // scan); the loop yields every SLICE_MS so requests, typing and cancellation get through.
      if (Date.now() - sliceStart >= SLICE_MS) {
        progress(i);
        await tick();
        sliceStart = Date.now();
      }
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      scanOne(files[i], result, now, listed);
    }
    for (const uri of previous) if (!now.has(uri) && !host.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    progress(files.length);
    return result;
  });

  return {
    opened(uri) {
      const file = fileUriOf(uri);
      if (file === undefined || !published.delete(file)) return;
      void connection.sendDiagnostics({ uri: file, diagnostics: [] });
    },
  };
}
