/**
 * "KeyWarden: Scan workspace" on the server side: the same file selection and reading as the
 * CLI, diagnostics published for files that are not open (open ones are linted live), progress
 * reported as it goes, and the scan yields between files so typing stays responsive.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { ScanProgressNotification, ScanWorkspaceRequest } from '../../../common/protocol';
import type { Settings } from '../../../common/settings';
import { listFiles, readTextFile } from '../files';
import { scanFileText } from '../scanFile';
import { diagnosticOf } from './findings';

interface Host {
  /** Whether the file at this path (or a cell of this notebook) is open and linted live. */
  isOpen(file: string): boolean;
  settings(): Settings;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The path of the file a document belongs to, decoded (clients and Node encode URIs
 * differently): a notebook cell (`vscode-notebook-cell:/a/b.ipynb#W0s…`) belongs to the .ipynb
 * file the workspace scan reports on.
 */
export function filePathOf(uri: string): string | undefined {
  try {
    const u = new URL(uri);
    return u.protocol === 'file:' || u.protocol === 'vscode-notebook-cell:' ? decodeURIComponent(u.pathname) : undefined;
  } catch {
    return undefined;
  }
}

export interface WorkspaceScan {
  /**
   * A document was opened and is linted live from now on: the scan's diagnostics for its file
   * are withdrawn, so one finding is one diagnostic (a client that pulls diagnostics keeps
   * pushed and pulled ones apart, and a notebook's cells are other URIs than its file).
   */
  opened(uri: string): void;
}

export function registerWorkspaceScan(connection: Connection, host: Host): WorkspaceScan {
  /** Files (by path) that got diagnostics from the last workspace scan, with the URI they went to. */
  let published = new Map<string, string>();

  connection.onRequest(ScanWorkspaceRequest.method, async (params: ScanWorkspaceRequest.Params, token): Promise<ScanWorkspaceRequest.Result> => {
    const result: ScanWorkspaceRequest.Result = { files: 0, filesWithFindings: 0, findings: 0, skipped: 0, cancelled: false };
    const files: { root: string; file: string }[] = [];
    for (const folder of params.folders) {
      const root = decodeURIComponent(new URL(folder).pathname);
      if (!fs.existsSync(root)) continue;
      for (const file of await listFiles(root, { exclude: params.exclude })) files.push({ root, file });
    }
    const now = new Map<string, string>();
    const severity = host.settings().severity;
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      if (i % 25 === 0) {
        void connection.sendNotification(ScanProgressNotification.method, { done: i, total: files.length } satisfies ScanProgressNotification.Params);
        await tick();
      }
      const { root, file } = files[i];
      const uri = pathToFileURL(file).toString();
      const read = await readTextFile(file, params.maxFileSize);
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
      if (r.findings.length === 0 || host.isOpen(file)) continue;
      const diagnostics = r.findings
        .map((l) => diagnosticOf(l.finding, { start: { line: l.line, character: l.column }, end: { line: l.endLine, character: l.endColumn } }, severity))
        .filter((d): d is Diagnostic => d !== undefined);
      if (diagnostics.length === 0) continue;
      result.filesWithFindings++;
      result.findings += diagnostics.length;
      now.set(file, uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const [file, uri] of published) if (!now.has(file) && !host.isOpen(file)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    published = now;
    void connection.sendNotification(ScanProgressNotification.method, { done: files.length, total: files.length });
    return result;
  });

  return {
    opened(uri) {
      const file = filePathOf(uri);
      const sent = file === undefined ? undefined : published.get(file);
      if (file === undefined || sent === undefined) return;
      published.delete(file);
      void connection.sendDiagnostics({ uri: sent, diagnostics: [] });
    },
  };
}
