/**
 * Owns the language client: started lazily when the first document KeyWarden can lint is
 * open, restarted on request, stopped with the extension.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type ConfigurationParams,
  type RequestParam,
  type RequestType,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { BASELINE_FILE } from '../../../common/baseline';
import { SETTINGS_SECTION } from '../../../common/settings';
import { getSettings } from '../config';
import { HeldVariablesNotification, SkippedFileNotification, VerifyContextNotification } from '../../../common/protocol';

/** Documents the server lints: files on disk, unsaved editors and notebook cells, in any language. */
const DOCUMENT_SELECTOR = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }];

const lintable = (doc: vscode.TextDocument) => DOCUMENT_SELECTOR.some((s) => s.scheme === doc.uri.scheme);

export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Files already reported as not scanned, so the notice appears once per file. */
  private readonly skippedNoticed = new Set<string>();
  /** The latest variables the client holds, sent again to every server it starts. */
  private held: HeldVariablesNotification.Params | undefined;
  /** The latest hosts for key verification, sent again to every server it starts. */
  private verifyContext: VerifyContextNotification.Params | undefined;
  /** Called with each new client, to register handlers of server-sent messages (key verification). */
  private readonly onClient: ((client: LanguageClient) => void)[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    if (vscode.workspace.textDocuments.some(lintable)) void this.start();
    else {
      const sub = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!lintable(doc)) return;
        sub.dispose();
        void this.start();
      });
      this.disposables.push(sub);
    }
  }

  /** The running client, starting it if needed. */
  start(): Promise<LanguageClient> {
    if (this.client) return Promise.resolve(this.client);
    this.starting ??= this.create().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async create(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.log,
      diagnosticPullOptions: { onChange: true, onSave: false },
      // The server asks for settings per document and per workspace folder; they are resolved and
      // validated here, once, so the server takes them as they come.
      middleware: { workspace: { configuration: (params) => this.settingsFor(params) } },
      // A baseline the CLI or a pull rewrites is read again (workspace/didChangeWatchedFiles).
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${BASELINE_FILE}`) },
    };
    const client = new LanguageClient('keywarden', 'KeyWarden', serverOptions, clientOptions);
    client.onNotification(SkippedFileNotification.type, (p) => this.noticeSkipped(p));
    for (const register of this.onClient) register(client);
    const started = Date.now();
    await client.start();
    this.log.info(`Language server started in ${Date.now() - started} ms`);
    this.client = client;
    if (this.held) await client.sendNotification(HeldVariablesNotification.type, this.held);
    if (this.verifyContext) await client.sendNotification(VerifyContextNotification.type, this.verifyContext);
    return client;
  }

  /** Each item's KeyWarden settings, resolved for its scope (a document or folder URI); null for other sections. */
  private settingsFor(params: ConfigurationParams): (object | null)[] {
    return params.items.map((item) =>
      item.section === SETTINGS_SECTION ? getSettings(this.log, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null,
    );
  }

  /** Registers handlers on the current client and every later one. */
  withClient(register: (client: LanguageClient) => void): void {
    this.onClient.push(register);
    if (this.client) register(this.client);
  }

  /** Tells the server where platform keys may be checked, now and after restarts. */
  setVerifyContext(params: VerifyContextNotification.Params): void {
    this.verifyContext = params;
    void this.client
      ?.sendNotification(VerifyContextNotification.type, params)
      .catch((err: unknown) => this.log.error('Telling the language server about verification hosts failed', err));
  }

  /** A request to the server, starting it if needed. */
  async request<P extends object, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const client = await this.start();
    return client.sendRequest(type, params as RequestParam<P>);
  }

  /** Tells the server which variable names hold which values (as salted digests), now and after restarts. */
  setHeldVariables(params: HeldVariablesNotification.Params): void {
    this.held = params;
    void this.client
      ?.sendNotification(HeldVariablesNotification.type, params)
      .catch((err: unknown) => this.log.error('Telling the language server about stored variables failed', err));
  }

  private noticeSkipped(p: SkippedFileNotification.Params): void {
    if (this.skippedNoticed.has(p.uri)) return;
    this.skippedNoticed.add(p.uri);
    this.log.info(p.message);
    void vscode.window.showInformationMessage(p.message, 'Open setting').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'keywarden.maxFileSize');
    });
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    if (old) await old.stop().catch((err: unknown) => this.log.error('Stopping the language server failed', err));
    await this.start();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.client?.stop();
  }
}
