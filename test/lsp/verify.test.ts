/**
 * Key verification in the editor: the real language server over LSP, with provider checks sent to
 * a loopback stand-in by the test harness (KEYWARDEN_VERIFY_TEST_ORIGIN) and Arthur Engine keys
 * checked at contract-validating Engine stand-ins, only where the host policy allows.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoWithRemote } from '../fixtures/gitRepo';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RotateKeyArgs } from '../../common/protocol';
import { LspClient } from './lspClient';
import { startIssuers, type IssuerStandIn } from '../servers/issuers';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';

const alnum = (n: number) =>
  Array.from(randomBytes(n), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');
const ON = { 'verify.enabled': true };
/** Diagnostic messages are plain strings from this server. */
const msg = (d: Diagnostic) => String(d.message);

describe('Key verification in the editor (LSP)', () => {
  let issuers: IssuerStandIn;
  let engine: ArthurEngine;
  const clients: LspClient[] = [];
  before(async () => {
    issuers = await startIssuers();
    engine = await startArthurEngine();
  });
  after(async () => {
    await issuers.close();
    await engine.close();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    issuers.requests.length = 0;
    engine.requests.length = 0;
  });
  const start = async (configuration: Record<string, unknown>) => {
    const c = new LspClient({ configuration, env: { KEYWARDEN_VERIFY_TEST_ORIGIN: issuers.url } });
    clients.push(c);
    await c.initialize(process.cwd(), true);
    return c;
  };
  const only = (ds: Diagnostic[]) => {
    assert.equal(ds.length, 1, JSON.stringify(ds.map(msg)));
    return ds[0];
  };

  it('a live key becomes an error "LIVE (checked … against api.github.com)"; the hover says when and where', async () => {
    const key = `ghp_${alnum(36)}`;
    issuers.live.add(key);
    const c = await start(ON);
    const uri = 'file:///tmp/kw-verify/ci.sh';
    await c.open(uri, 'shellscript', `export GITHUB_TOKEN=${key}\n`);
    const { diagnostics } = await c.waitForDiagnostics(uri, (ds) => ds.some((d) => msg(d).startsWith('LIVE')));
    const d = only(diagnostics);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(msg(d), /^LIVE \(checked just now against api\.github\.com\): GitHub .* Rotate this key now\.$/);
    const hover = await c.hover(uri, d.range.start);
    const text = (hover?.contents as { value: string }).value;
    assert.match(
      text,
      /\*\*LIVE\*\*: GitHub accepts this key \(checked just now \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\) against api\.github\.com\)/,
    );
    assert.ok(!msg(d).includes(key.slice(4)) && !text.includes(key.slice(4)));
    const actions = await c.codeActions(uri, d.range, [d]);
    assert.equal(actions[0].title, 'Rotate now: revoke this key at GitHub (it works: checked against api.github.com)');
    assert.deepEqual(actions[0].command, {
      title: 'Open the revoke page',
      command: 'keywarden.openRevokePage',
      arguments: ['https://github.com/settings/tokens'],
    });
    assert.deepEqual(issuers.requests, ['GET /api.github.com/user'], 'one request for the key, however often it is published');
  });

  it('a revoked key becomes a warning "no longer works: remove it from the code and history"', async () => {
    const c = await start(ON);
    const uri = 'file:///tmp/kw-verify/ai.py';
    await c.open(uri, 'python', `openai_api_key = "sk-proj-${alnum(60)}"\n`);
    const { diagnostics } = await c.waitForDiagnostics(uri, (ds) => ds.some((d) => msg(d).includes('no longer works')));
    const d = only(diagnostics);
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(
      msg(d),
      /^OpenAI API key sk-p… no longer works \(checked just now against api\.openai\.com\): remove it from the code and history\.$/,
    );
    const actions = await c.codeActions(uri, d.range, [d]);
    assert.ok(!actions.some((a) => a.title.startsWith('Rotate now')), 'a dead key is removed, not rotated');
  });

  it('off by default: nothing is sent and the finding is as before', async () => {
    const key = `ghp_${alnum(36)}`;
    issuers.live.add(key);
    const c = await start({});
    const uri = 'file:///tmp/kw-verify/off.sh';
    const first = await c.open(uri, 'shellscript', `export GITHUB_TOKEN=${key}\n`);
    // Settings arrive after open; give the server its configuration round trip, then look again.
    await c.change(uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, '\n');
    assert.equal(only(first.diagnostics).severity, DiagnosticSeverity.Warning);
    assert.deepEqual(issuers.requests, []);
  });

  it('an Engine named by a workspace setting gets nothing in an untrusted workspace; in a trusted one the user is asked first', async () => {
    const { key } = engine.mintKey(['VALIDATION-USER']);
    const c = await start(ON);
    const asked: unknown[] = [];
    const answer = false;
    c.conn.onRequest('keywarden/confirmVerifyHost', (p: unknown) => (asked.push(p), answer));
    const hosts = { arthur: [{ url: engine.url, source: 'workspace' }] };
    await c.conn.sendNotification('keywarden/verifyContext', { trusted: false, hosts });
    const uri = 'file:///tmp/kw-verify/engine.py';
    const text = `client_key = "${key}"\n`;
    await c.open(uri, 'python', text);
    await c.change(uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, '\n');
    await c.change(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, '\n');
    assert.deepEqual(engine.requests, [], 'untrusted: nothing sent');
    assert.deepEqual(asked, [], 'untrusted: nobody asked');

    await c.conn.sendNotification('keywarden/verifyContext', { trusted: true, hosts });
    await c.change(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, '\n');
    await c.change(uri, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, '\n');
    assert.deepEqual(asked, [{ host: new URL(engine.url).host, platform: 'Arthur Engine' }], 'trusted: asked once for the host');
    assert.deepEqual(engine.requests, [], 'the user said no: nothing sent');
  });

  it('a host from user settings is used without asking: a known Engine key shows LIVE', async () => {
    const { key } = engine.mintKey(['VALIDATION-USER']);
    const c = await start(ON);
    const asked: unknown[] = [];
    c.conn.onRequest('keywarden/confirmVerifyHost', (p: unknown) => (asked.push(p), true));
    await c.conn.sendNotification('keywarden/verifyContext', { trusted: false, hosts: { arthur: [{ url: engine.url, source: 'user' }] } });
    const uri = 'file:///tmp/kw-verify/engine2.py';
    const text = `client_key = "${key}"\n`;
    await c.open(uri, 'python', text);
    const { diagnostics } = await c.waitForDiagnostics(uri, (ds) => ds.some((d) => msg(d).startsWith('LIVE')));
    assert.match(
      msg(only(diagnostics)),
      new RegExp(`^LIVE \\(checked just now against ${new URL(engine.url).host.replace(/\./g, '\\.')}\\)`),
    );
    const d = only(diagnostics);
    const [rotate] = await c.codeActions(uri, d.range, [d]);
    assert.equal(rotate.title, 'Rotate now: create a new key, replace it, then deactivate this one (it works)');
    const args = rotate.command?.arguments?.[0] as RotateKeyArgs;
    assert.deepEqual(
      { platform: args.platform, uri: args.uri, range: args.range, live: args.live },
      { platform: 'arthur', uri, range: d.range, live: true },
    );
    // One flow: the action carries the edit that replaces the literal, for this version of the document.
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'python', args.version, text), args.edits);
    assert.ok(!fixed.includes(key) && /ARTHUR_API_KEY/.test(fixed), fixed);
    assert.deepEqual(asked, []);
  });

  it('the first committed key, with verification off, makes the server offer to turn it on, once', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'keywarden-lsp-verify-'));
    try {
      const a = `export GITHUB_TOKEN=ghp_${alnum(36)}\n`;
      const b = `export GITHUB_TOKEN=ghp_${alnum(36)}\n`;
      const repo = repoWithRemote(tmp, { 'README.md': 'demo\n' }, { 'a.sh': a, 'b.sh': b });
      const c = new LspClient({ env: { KEYWARDEN_VERIFY_TEST_ORIGIN: issuers.url } });
      clients.push(c);
      const offers: unknown[] = [];
      c.conn.onNotification('keywarden/offerVerify', (p: unknown) => void offers.push(p));
      await c.initialize(repo);
      const committed = (ds: Diagnostic[]) => ds[0]?.severity === DiagnosticSeverity.Error;
      const first = await c.open(`file://${path.join(repo, 'a.sh')}`, 'shellscript', a);
      assert.deepEqual(offers, [], 'nothing offered before the key is known to be committed');
      await c.waitForDiagnostics(first.uri, committed);
      assert.equal(offers.length, 1);
      const second = await c.open(`file://${path.join(repo, 'b.sh')}`, 'shellscript', b);
      await c.waitForDiagnostics(second.uri, committed);
      assert.equal(offers.length, 1, 'offered once');
      assert.deepEqual(issuers.requests, [], 'an offer sends nothing');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
