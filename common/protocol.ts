/**
 * Custom messages between the KeyWarden client and language server, in the style of
 * vscode-eslint's customMessages: each is a namespace with a literal `method` and its types.
 */

/** Sent by the server when a file was not scanned (too large, binary), so the client can say why once. */
export namespace SkippedFileNotification {
  export const method = 'keywarden/skippedFile' as const;
  export interface Params {
    uri: string;
    message: string;
  }
}

/** Sent by the client after settings change or a secret is stored, asking the server to lint open documents again. */
export namespace RelintNotification {
  export const method = 'keywarden/relint' as const;
}

/** Sent by the client to lint one file's text that is not open (workspace scan); returns diagnostics-ready findings count. */
export namespace ScanTextRequest {
  export const method = 'keywarden/scanText' as const;
  export interface Params {
    uri: string;
    text: string;
    languageId?: string;
  }
  export interface Result {
    findings: number;
    skipped?: string;
  }
}

/** Arguments of the keywarden.storeSecret command that the env-var quick-fix carries. */
export interface StoreSecretArgs {
  /** Environment variable name the code now reads, e.g. ARTHUR_API_KEY. */
  envVar: string;
  /** The literal that was removed from the code; kept in SecretStorage, never logged. */
  value: string;
  /** Document the literal came from, so the client can offer a .env next to its folder. */
  uri: string;
}
