/**
 * Document URIs and file paths, one way for the whole language server: vscode-uri, as VS Code
 * itself converts them (drive letters, UNC hosts and percent-encoding included).
 */
import { URI } from 'vscode-uri';

/** The path a document URI names (a file's, or a notebook cell's notebook), in the platform's form; undefined when it is not a URI. */
export function pathOfUri(uri: string): string | undefined {
  try {
    return URI.parse(uri, true).fsPath;
  } catch {
    return undefined;
  }
}

/** The file URI of a path. */
export function uriOfPath(path: string): string {
  return URI.file(path).toString();
}

/**
 * The file URI (as the workspace scan publishes it) of the file a document belongs to: a notebook
 * cell (`vscode-notebook-cell:/a/b.ipynb#W0s…`) belongs to the .ipynb the scan reports on.
 */
export function fileUriOf(uri: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1].toLowerCase();
  if (scheme !== 'file' && scheme !== 'vscode-notebook-cell') return undefined;
  const p = pathOfUri(uri);
  return p === undefined ? undefined : uriOfPath(p);
}
