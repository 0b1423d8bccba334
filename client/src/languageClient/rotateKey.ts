/**
 * "Rotate now" / "Create a new key and replace it": a new key from the platform, then the edit the
 * code action carries (the literal becomes an environment read), then, for a key that was
 * verified live, deactivation of the old key once the user confirms. One flow, no second
 * code-action request.
 */
import * as vscode from 'vscode';
import type { RotateKeyArgs } from '../../../common/protocol';
import type { Provider } from '../providers/types';

const toRange = (r: RotateKeyArgs['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export async function rotateKey(providers: readonly Provider[], args: RotateKeyArgs, log: vscode.LogOutputChannel): Promise<void> {
  const provider = providers.find((p) => p.platform === args.platform && p.newKey);
  if (!provider?.newKey || !args?.uri || !Array.isArray(args.edits)) return;
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  // Held only for the deactivation below; never shown, logged or stored.
  const old = doc.getText(toRange(args.range));
  if (!(await provider.newKey())) return;
  const where = vscode.workspace.asRelativePath(uri);
  if (args.edits.length === 0 || doc.version !== args.version) {
    const why = args.edits.length === 0 ? 'KeyWarden cannot rewrite this literal safely' : `${where} changed meanwhile`;
    void vscode.window.showWarningMessage(
      `The new ${provider.label} key is stored, but ${why}: replace the old key in the code with a read of the environment variable yourself.`,
    );
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    args.edits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText)),
  );
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(
      `The new ${provider.label} key is stored, but ${where} could not be edited: replace the old key there yourself.`,
    );
    return;
  }
  log.info(`Replaced the leaked ${provider.label} key in ${where} with an environment read`);
  if (args.live && provider.deactivateLeaked) {
    try {
      if (await provider.deactivateLeaked(old)) return;
    } catch (err) {
      log.error(`Deactivating the leaked ${provider.label} key failed: ${(err as Error).message}`);
      void vscode.window.showErrorMessage(
        `The code now reads the new ${provider.label} key, but deactivating the old one failed: ${(err as Error).message} Deactivate it with "KeyWarden: Manage keys".`,
      );
      return;
    }
  }
  void vscode.window.showInformationMessage(
    `The code now reads the new ${provider.label} key from the environment. Deactivate the leaked key once nothing uses it ("KeyWarden: Manage keys").`,
  );
}
