// Types for scripts/code-server.mjs, so the TypeScript e2e harness can import it checked.
import type { ChildProcess } from 'node:child_process';

export declare const CODE_SERVER_VERSION: string;
/** User settings for a throwaway profile (no welcome page, trust prompt, chat, telemetry). */
export declare const QUIET_SETTINGS: Readonly<Record<string, unknown>>;

export interface CodeServerPaths {
  cacheDir: string;
  marker: string;
  logDir: string;
  nodeDir: string;
  nodeBin: string;
  codeServerDir: string;
  entry: string;
}

export interface StartOptions {
  /** Folder opened in the workbench. */
  workspace: string;
  /** Defaults to a fresh temp dir. */
  extensionsDir?: string;
  /** Defaults to a fresh temp dir. */
  userDataDir?: string;
  /** Defaults to a free port on 127.0.0.1. */
  port?: number;
  /** Extra environment for the server, its extension host and its terminals. */
  env?: Record<string, string>;
  /** How long to wait for the HTTP server to answer (default 60 s). */
  timeoutMs?: number;
  /** 'pipe' keeps the last 20 kB of output for `output()`; 'inherit' shows it. */
  stdio?: 'pipe' | 'inherit';
}

export interface CodeServer {
  url: string;
  port: number;
  userDataDir: string;
  extensionsDir: string;
  workspace: string;
  output(): string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Writes `settings` into a code-server user-data dir where its remote window reads them:
 * KeyWarden's machine-scoped settings to Machine/settings.json, the rest to User/settings.json.
 */
export declare function writeSettings(userDataDir: string, settings: Record<string, unknown>): void;
export declare function paths(): CodeServerPaths;
export declare function ensureSetup(): Promise<CodeServerPaths>;
export declare function freePort(): Promise<number>;
export declare function installExtension(vsixPath: string, extensionsDir: string, options?: { userDataDir?: string }): Promise<string>;
export declare function startCodeServer(options: StartOptions): Promise<CodeServer>;
