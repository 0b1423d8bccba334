/**
 * The input steps of the sign-in flows: every step says in its title and prompt what it is for,
 * secrets are asked in password boxes, and Escape cancels the whole flow (undefined).
 */
import * as vscode from 'vscode';
import { isLoopback } from '../../../common/api/http';

export function askUrl(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title,
      prompt,
      value,
      ignoreFocusOut: true,
      validateInput: (v) => {
        try {
          const u = new URL(v.trim());
          if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'Use an http:// or https:// address.';
          if (u.protocol === 'http:' && !isLoopback(u.hostname)) {
            return {
              message:
                'Plain http:// sends credentials unencrypted to another machine: use https:// if the server has it (KeyWarden asks before using http://).',
              severity: vscode.InputBoxValidationSeverity.Warning,
            };
          }
          return undefined;
        } catch {
          return 'Enter a full address, e.g. http://localhost:3030';
        }
      },
    })
    .then((v) => v?.trim().replace(/\/+$/, ''));
}

export function askSecret(title: string, prompt: string, placeHolder: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title,
      prompt,
      placeHolder,
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) =>
        v.trim() === ''
          ? 'Paste the value, or press Escape to cancel.'
          : /\s/.test(v.trim())
            ? 'The value has spaces in it: paste it again.'
            : undefined,
    })
    .then((v) => v?.trim());
}

export function askText(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true });
}

const PLAIN_HTTP_KEY = 'keywarden.plainHttpAllowed';

/**
 * How the platform clients ask before sending credentials over plain http:// to another machine
 * (common/api/http.ts): a modal warning, asked once per origin; a yes is remembered
 * (the origin only, never a credential), a no is asked again next time.
 */
export function plainHttpConsent(state: vscode.Memento, log: vscode.LogOutputChannel): (origin: string) => Promise<boolean> {
  const pending = new Map<string, Promise<boolean>>();
  return (origin) => {
    if (state.get<string[]>(PLAIN_HTTP_KEY, []).includes(origin)) return Promise.resolve(true);
    const asking =
      pending.get(origin) ??
      Promise.resolve(
        vscode.window.showWarningMessage(
          `${origin} is not https: your credentials would cross the network unencrypted.`,
          {
            modal: true,
            detail: `Anyone on the network path can read and reuse keys and tokens sent to ${origin}. Use the server's https:// address if it has one. Allow plain http:// for ${origin} only on a network you trust; KeyWarden will not ask again for this address.`,
          },
          'Allow plain http',
        ),
      ).then(async (choice) => {
        pending.delete(origin);
        if (choice !== 'Allow plain http') return false;
        await state.update(PLAIN_HTTP_KEY, [...state.get<string[]>(PLAIN_HTTP_KEY, []), origin]);
        log.warn(`Plain http:// allowed for ${origin} (credentials to it are sent unencrypted)`);
        return true;
      });
    pending.set(origin, asking);
    return asking;
  };
}
