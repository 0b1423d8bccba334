/**
 * "Replace with environment variable named…": the user chooses the variable's name (offered:
 * the one the preferred fix would use), the language server computes the edit for that name,
 * and the value goes to SecretStorage exactly as with the preferred fix. A name the server
 * refuses (not a valid name, holds another value) keeps the input box open with the reason.
 */
import * as vscode from 'vscode';
import { ENV_NAME, ENV_NAME_HINT, NamedEnvVarFixRequest, type NamedVariableArgs } from '../../../common/protocol';
import type { Accounts } from '../accounts';
import type { LanguageServer } from './languageServer';
import { storeSecrets } from './storeSecret';

type Accepted = Extract<NamedEnvVarFixRequest.Result, { ok: true }>;

export async function replaceWithNamedVariable(
  server: LanguageServer,
  accounts: Accounts,
  log: vscode.LogOutputChannel,
  args: NamedVariableArgs,
): Promise<void> {
  if (!args || typeof args.uri !== 'string' || typeof args.fingerprint !== 'string') return;
  const accepted = await askName(server, args);
  if (!accepted) return;
  const uri = vscode.Uri.parse(args.uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || doc.version !== accepted.version) {
    void vscode.window.showWarningMessage(
      'KeyWarden: the file changed while you chose the name, so nothing was replaced. Run the quick-fix again.',
    );
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    accepted.edits.map(
      (e) =>
        new vscode.TextEdit(
          new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
          e.newText,
        ),
    ),
  );
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('KeyWarden: VS Code did not apply the edit. The code is unchanged and nothing was stored.');
    return;
  }
  await storeSecrets(accounts, log, accepted.secrets);
}

/** The input box; resolves with the server's edit for the accepted name, or undefined when dismissed. */
function askName(server: LanguageServer, args: NamedVariableArgs): Promise<Accepted | undefined> {
  const input = vscode.window.createInputBox();
  input.title = 'KeyWarden: Replace with environment variable';
  input.prompt =
    'The code will read this variable, and KeyWarden keeps the value under this name in its secret storage (new terminals get it).';
  input.placeholder = args.suggested;
  input.value = args.suggested;
  input.valueSelection = [0, args.suggested.length];
  input.ignoreFocusOut = true;
  const syntax = (value: string) => (value === '' || ENV_NAME.test(value.trim()) ? undefined : ENV_NAME_HINT);
  return new Promise<Accepted | undefined>((resolve) => {
    let settled = false;
    const finish = (result: Accepted | undefined) => {
      if (settled) return;
      settled = true;
      resolve(result);
      input.dispose();
    };
    input.onDidChangeValue((value) => (input.validationMessage = syntax(value)));
    input.onDidAccept(async () => {
      const envVar = input.value.trim();
      if (envVar === '' || syntax(envVar)) return;
      input.busy = true;
      input.enabled = false;
      try {
        const result = await server.request(NamedEnvVarFixRequest.type, {
          uri: args.uri,
          fingerprint: args.fingerprint,
          start: args.start,
          envVar,
        });
        if (result.ok) finish(result);
        else input.validationMessage = result.problem;
      } catch (err) {
        input.validationMessage = `The language server did not answer: ${(err as Error).message ?? String(err)}`;
      } finally {
        input.busy = false;
        input.enabled = true;
      }
    });
    input.onDidHide(() => finish(undefined));
    input.show();
  });
}
