/** "KeyWarden: Scan workspace": the server scans every file the workspace tracks; we show progress. */
import * as vscode from 'vscode';
import { ScanProgressNotification, ScanWorkspaceRequest } from '../../../common/protocol';
import type { LanguageServer } from './languageServer';

export async function scanWorkspace(server: LanguageServer, log: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('KeyWarden: open a folder to scan it.');
    return;
  }
  const client = await server.start();
  const started = Date.now();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'KeyWarden: scanning workspace', cancellable: true },
    async (progress, token) => {
      let last = 0;
      const sub = client.onNotification(ScanProgressNotification.type, ({ done, total }) => {
        const pct = total ? (done / total) * 100 : 100;
        progress.report({ message: `${done} of ${total} files`, increment: pct - last });
        last = pct;
      });
      try {
        const params: ScanWorkspaceRequest.Params = { folders: folders.map((f) => f.uri.toString()) };
        return await client.sendRequest(ScanWorkspaceRequest.type, params, token);
      } finally {
        sub.dispose();
      }
    },
  );
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `${result.files} files scanned in ${secs} s${result.skipped ? `, ${result.skipped} not scanned (listed in the log)` : ''}${result.baselined ? `, ${result.baselined} in the baseline` : ''}`;
  for (const n of result.notScanned ?? []) log.info(`${vscode.workspace.asRelativePath(n.path)}: ${n.reason}`);
  if ((result.notScanned?.length ?? 0) < result.skipped)
    log.info(`… and ${result.skipped - (result.notScanned?.length ?? 0)} more not scanned`);
  log.info(
    `Workspace scan${result.cancelled ? ' cancelled' : ''}: ${result.findings} findings in ${result.filesWithFindings} files; ${summary}`,
  );
  if (result.cancelled) void vscode.window.showInformationMessage(`KeyWarden: scan cancelled (${summary}).`);
  else if (result.findings === 0) void vscode.window.showInformationMessage(`KeyWarden: no hard-coded secrets found (${summary}).`);
  else {
    const choice = await vscode.window.showWarningMessage(
      `KeyWarden found ${result.findings} hard-coded secret${result.findings === 1 ? '' : 's'} in ${result.filesWithFindings} file${result.filesWithFindings === 1 ? '' : 's'} (${summary}).`,
      'Show Problems',
    );
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}
