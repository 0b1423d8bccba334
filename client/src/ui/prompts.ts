/**
 * The input steps of the sign-in flows: every step says in its title and prompt what it is for,
 * secrets are asked in password boxes, and Escape cancels the whole flow (undefined).
 */
import * as vscode from 'vscode';

export function step(title: string, n: number, of: number): string {
  return `${title} (${n}/${of})`;
}

export function askUrl(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value,
    ignoreFocusOut: true,
    validateInput: (v) => {
      try {
        const u = new URL(v.trim());
        return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'Use an http:// or https:// address.';
      } catch {
        return 'Enter a full address, e.g. http://localhost:3030';
      }
    },
  }).then((v) => v?.trim().replace(/\/+$/, ''));
}

export function askSecret(title: string, prompt: string, placeHolder: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? 'Paste the value, or press Escape to cancel.' : /\s/.test(v.trim()) ? 'The value has spaces in it: paste it again.' : undefined),
  }).then((v) => v?.trim());
}

export function askText(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true });
}
