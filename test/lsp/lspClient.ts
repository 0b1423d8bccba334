/**
 * A minimal LSP client for tests: spawns `node dist/server.js --stdio` and speaks real JSON-RPC
 * to it. Diagnostics are awaited by document version, never by sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.join(__dirname, '../../dist/server.js');

/** Servers still running: a test that fails before `close()` leaves one, and mocha would wait for it forever. */
const running = new Set<ChildProcessWithoutNullStreams>();

/** Ends every server a test left running (the root hook in hooks.ts calls it after the run); returns how many. */
export function killLeftoverServers(): number {
  const count = running.size;
  for (const proc of running) proc.kill();
  return count;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** When the client received it (process.hrtime, ms). */
  at: number;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly published: Published[] = [];
  private readonly waiters: { match: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';
  private versions = new Map<string, number>();

  /** Every `workspace/configuration` item the server asked for, in order. */
  readonly configurationAsked: { scopeUri?: string; section?: string }[] = [];

  /** `configuration`: the settings answered for every item, or per item's scope (a folder or document URI). */
  constructor(
    options: {
      configuration?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
      env?: Record<string, string>;
    } = {},
  ) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], {
      stdio: 'pipe',
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    running.add(this.proc);
    this.proc.on('exit', () => running.delete(this.proc));
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const entry = { ...p, at: now() };
      this.published.push(entry);
      for (const w of [...this.waiters]) {
        if (w.match(entry)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(entry);
        }
      }
    });
    for (const method of ['keywarden/skippedFile', 'keywarden/scanProgress', 'window/showMessage', 'window/logMessage']) {
      this.conn.onNotification(method, (params: unknown) => void this.notifications.push({ method, params }));
    }
    this.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => {
        this.configurationAsked.push(item);
        const c = options.configuration;
        return typeof c === 'function' ? c(item.scopeUri) : (c ?? {});
      }),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  async initialize(rootPath = process.cwd(), configuration = false): Promise<InitializeResult> {
    const rootUri = `file://${rootPath}`;
    const result = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown'] },
        },
        workspace: { configuration, workspaceFolders: true },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics published for `uri` (at `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Published> {
    const match = (p: Published) => p.uri === uri && (version === undefined || p.version === version);
    const done = this.published.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Resolves with the latest (or next) diagnostics for `uri` that satisfy `ok`. */
  waitForDiagnostics(uri: string, ok: (d: Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<Published> {
    const latest = [...this.published].reverse().find((p) => p.uri === uri);
    if (latest && ok(latest.diagnostics)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`diagnostics for ${uri} never matched within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match: (p) => p.uri === uri && ok(p.diagnostics), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<Published> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return this.diagnostics(uri, 1);
  }

  /** Sends one incremental change and returns the diagnostics published for it. */
  async change(uri: string, range: Range, text: string): Promise<Published> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return this.diagnostics(uri, version);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.on('exit', (code) => resolve(code)));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}

export function now(): number {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}
