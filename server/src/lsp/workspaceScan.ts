/**
 * "KeyWarden: Scan workspace" on the server side: the same file selection and reading as the
 * CLI, diagnostics published for files that are not open (open ones are linted live), progress
 * reported as it goes, and the scan yields between files so typing stays responsive.
 * Diagnostics go out as soon as a file is scanned; git states (committed, pushed) follow through
 * the same batched path as open files (EditorGit) and the file's diagnostics are sent again.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { ScanProgressNotification, ScanWorkspaceRequest } from '../../../common/protocol';
import type { Settings } from '../../../common/settings';
import { listFiles, readTextFileSync } from '../files';
import { scanFileText } from '../scanFile';
import { blobId } from '../git';
import { diagnosticOf } from './findings';
import type { EditorGit } from './gitState';
import type { LocatedFinding } from '../scanFile';

interface Host {
  isOpen(uri: string): boolean;
  settings(): Settings;
  git: EditorGit;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Longest stretch of scanning between two turns of the event loop. */
const SLICE_MS = 15;

export function registerWorkspaceScan(connection: Connection, host: Host): void {
  /** URIs that got diagnostics from the last workspace scan, cleared by the next one. */
  let published = new Set<string>();

  connection.onRequest(ScanWorkspaceRequest.method, async (params: ScanWorkspaceRequest.Params, token): Promise<ScanWorkspaceRequest.Result> => {
    const result: ScanWorkspaceRequest.Result = { files: 0, filesWithFindings: 0, findings: 0, skipped: 0, cancelled: false };
    const files: { root: string; file: string }[] = [];
    for (const folder of params.folders) {
      const root = decodeURIComponent(new URL(folder).pathname);
      if (!fs.existsSync(root)) continue;
      for (const file of await listFiles(root, { exclude: params.exclude })) files.push({ root, file });
    }
    const now = new Set<string>();
    const previous = published;
    published = now; // a later git answer for an earlier scan's file is dropped once this one runs
    const severity = host.settings().severity;
    const diagnosticsOf = (findings: readonly LocatedFinding[]) =>
      findings
        .map((l) => diagnosticOf(l.finding, { start: { line: l.line, character: l.column }, end: { line: l.endLine, character: l.endColumn } }, severity, host.git.stateOf(l.finding.fingerprint)))
        .filter((d): d is Diagnostic => d !== undefined);
    void connection.sendNotification(ScanProgressNotification.method, { done: 0, total: files.length } satisfies ScanProgressNotification.Params);
    let sliceStart = Date.now();
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      // Files are read and scanned synchronously (an awaited read per file costs more than the
      // scan); the loop yields every SLICE_MS so requests, typing and cancellation get through.
      if (Date.now() - sliceStart >= SLICE_MS) {
        void connection.sendNotification(ScanProgressNotification.method, { done: i, total: files.length } satisfies ScanProgressNotification.Params);
        await tick();
        sliceStart = Date.now();
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
      }
      const { root, file } = files[i];
      const uri = pathToFileURL(file).toString();
      const read = readTextFileSync(file, params.maxFileSize);
      result.files++;
      if ('skipped' in read) {
        result.skipped++;
        continue;
      }
      const rel = path.relative(root, file).split(path.sep).join('/');
      const r = scanFileText(read.text, { path: rel, maxFileSize: params.maxFileSize });
      if (r.skipped) {
        result.skipped++;
        continue;
      }
      if (r.findings.length === 0 || host.isOpen(uri)) continue;
      const diagnostics = diagnosticsOf(r.findings);
      if (diagnostics.length === 0) continue;
      result.filesWithFindings++;
      result.findings += diagnostics.length;
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
      // Git states come later (never holding up the scan) and the file's diagnostics follow them.
      const located = r.findings.map((l) => ({ fingerprint: l.finding.fingerprint, line: l.line }));
      if (!r.findings.every((l) => host.git.stateOf(l.finding.fingerprint))) {
        void host.git.annotateFile(root, rel, blobId(read.text, 'sha1'), located).then(() => {
          if (published === now && !host.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(r.findings) });
        });
      }
    }
    for (const uri of previous) if (!now.has(uri) && !host.isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    void connection.sendNotification(ScanProgressNotification.method, { done: files.length, total: files.length });
    return result;
  });
}
