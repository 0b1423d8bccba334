/**
 * Custom messages between the KeyWarden client and language server, in the style of
 * vscode-eslint's customMessages: each is a namespace with a literal `method`, its types and a
 * typed `type` constant that call sites pass (`sendRequest(ScanWorkspaceRequest.type, …)`), so
 * none restates the generics.
 */
import { createHash } from 'node:crypto';
import { NotificationType, NotificationType0, RequestType } from 'vscode-languageserver-protocol';
import type { PlatformId } from './platforms';

/** A place in a document as LSP counts it: 0-based line, UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Sent by the server when a file was not scanned (too large, binary), so the client can say why once. */
export namespace SkippedFileNotification {
  export const method = 'keywarden/skippedFile' as const;
  export interface Params {
    uri: string;
    message: string;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * Sent by the client whenever the variables it exports to terminals change: each name with a
 * salted SHA-256 of its value (the salt is random per window, so no value leaves the client and
 * digests cannot be compared across windows). The env-var quick-fix then never picks a name that
 * already holds a different value (it numbers the new one: `DB_PASSWORD_2`), and reuses a name
 * that holds the same value.
 */
export namespace HeldVariablesNotification {
  export const method = 'keywarden/heldVariables' as const;
  export interface Params {
    salt: string;
    /** Variable name to `heldDigest(salt, value)`. */
    digests: Record<string, string>;
  }
  export const type = new NotificationType<Params>(method);
}

export function heldDigest(salt: string, value: string): string {
  return createHash('sha256').update(`${salt}\0${value}`).digest('hex');
}

/**
 * Sent by the client for "KeyWarden: Scan workspace": the server lists the folders' files as the
 * CLI does (.gitignore respected), scans them, publishes diagnostics for files that are not open,
 * and reports progress with ScanProgressNotification. Cancellable through the request's token.
 */
export namespace ScanWorkspaceRequest {
  export const method = 'keywarden/scanWorkspace' as const;
  export interface Params {
    /** Folder URIs to scan; each with its own settings, which the server asks the client for. */
    folders: string[];
  }
  export interface Result {
    files: number;
    filesWithFindings: number;
    findings: number;
    skipped: number;
    cancelled: boolean;
    /** Findings left out because the baseline (.keywarden/baseline.json) accepts them. */
    baselined?: number;
    /** What was not scanned and why (the first 200; `skipped` counts all). */
    notScanned?: { path: string; reason: string }[];
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** Sent by the server while a workspace scan runs. */
export namespace ScanProgressNotification {
  export const method = 'keywarden/scanProgress' as const;
  export interface Params {
    done: number;
    total: number;
  }
  export const type = new NotificationType<Params>(method);
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

/** What an environment variable's name may be: letters, digits and underscores, not starting with a digit. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What to tell someone whose name ENV_NAME refuses. */
export const ENV_NAME_HINT = 'Use letters, digits and underscores, not starting with a digit.';

/**
 * Arguments of keywarden.replaceWithNamedVariable, the "Replace with environment variable
 * named…" quick-fix: which finding, and the name offered first. The value is not among them:
 * the server hands it over only with the edit (NamedEnvVarFixRequest).
 */
export interface NamedVariableArgs {
  uri: string;
  fingerprint: string;
  /** Where the finding starts (two equal values in one file share a fingerprint). */
  start: Position;
  suggested: string;
}

/**
 * Sent by the client once the user has chosen a name: the server answers with the edits that
 * make the code read that variable and the value to keep under it, or with why it cannot
 * (the name is not valid or holds another value, the finding is gone), for the input box to show.
 */
export namespace NamedEnvVarFixRequest {
  export const method = 'keywarden/namedEnvVarFix' as const;
  export interface Params {
    uri: string;
    fingerprint: string;
    start: Position;
    envVar: string;
  }
  export type Result =
    | {
        ok: true;
        /** The document version the edits apply to. */
        version: number;
        edits: { range: Range; newText: string }[];
        secrets: StoreSecretArgs[];
      }
    | { ok: false; problem: string };
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * Arguments of keywarden.rotateKey: which platform's key to create, where the old one is, and the
 * edit that replaces it with an environment read (applied once the new key is stored, only to
 * the document version it was made for).
 */
export interface RotateKeyArgs {
  platform: PlatformId;
  uri: string;
  range: Range;
  version: number;
  edits: { range: Range; newText: string }[];
  /** The old key works (verified live): after the replacement, offer to deactivate it. */
  live: boolean;
}

/** Where a platform URL came from, for key verification (see server/src/verify/hosts.ts). */
export type VerifyHostSource = 'user' | 'signed-in' | 'workspace';

/**
 * Sent by the client at start and whenever settings, workspace trust or sign-ins change: the
 * platform addresses a found key may be checked at, each with where it came from, and whether
 * the workspace is trusted. The server decides from these alone (hosts named in a file are
 * "file" hosts, asked about like workspace ones).
 */
export namespace VerifyContextNotification {
  export const method = 'keywarden/verifyContext' as const;
  export interface Params {
    trusted: boolean;
    /** Platform id to its addresses. */
    hosts: Partial<Record<PlatformId, { url: string; source: VerifyHostSource }[]>>;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * Sent by the server before a key found in the code is first sent to a platform host the user did
 * not choose (from workspace settings or the file), in a trusted workspace only; once per host.
 * The client asks the user and answers true only on an explicit yes.
 */
export namespace ConfirmVerifyHostRequest {
  export const method = 'keywarden/confirmVerifyHost' as const;
  export interface Params {
    host: string;
    /** The platform's name for people ("Arthur Engine"). */
    platform: string;
  }
  export type Result = boolean;
  export const type = new RequestType<Params, Result, void>(method);
}

/** Sent by the server, once per session, when a committed key is found while verification is off: the client may offer to turn it on (once ever). */
export namespace OfferVerifyNotification {
  export const method = 'keywarden/offerVerify' as const;
  export const type = new NotificationType0(method);
}
