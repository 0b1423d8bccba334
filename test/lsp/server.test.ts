import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeAction, Diagnostic, MarkupContent, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HeldVariablesNotification, heldDigest, NamedEnvVarFixRequest, type NamedVariableArgs } from '../../common/protocol';
import { scan } from '../../server/src/core';
import { LspClient } from './lspClient';

// Fake but well-formed: base64("<uuid>:<43 url-safe chars>"), the Arthur Engine key format.
const ARTHUR_KEY = Buffer.from('8c1f5a2e-7d4b-4f3a-9e6c-2b1d0a9f8e7d:Xk3vQ9mLp2Rt8Wy4Un6Bq1Sd7Fh0Jk5Gc3Ea9Xv2ZmQ').toString('base64');
const PASSWORD = 'Zx9!qT4#vLm2@Rk7';
const PEM = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEpAIBAAKCAQEAu8c0ZlB4q6r9Vn2YtWk7Xh3JcLp5Qm1Rs0Tg8Uf2Ia6Ob4Kd',
  'Jx7Hw9Ey3Fn5Cz1Gb8Vq2Mk6Pl0Ro4Ts9Uj3Ai7Ye5Bw1Cx8Dv2Ez6Fu4Gt0Hs3',
  'Nq5Lr9Ko2Jp6Im8Hn4Go0Fq7Es1Dt3Cu9Bv5Aw2Zx6Yy8Xz4Wa0Vb7Uc1Td3Se9R',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

const PY = `from arthur_client import Engine\n\nclient = Engine(url="http://localhost:3030", api_key="${ARTHUR_KEY}")\n`;

const uri = (name: string) => `file:///work/demo/${name}`;

function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

function rangeText(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

describe('language server over stdio', function () {
  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize('/work/demo');
  });
  afterEach(async () => {
    if (client.proc.exitCode === null) await client.close();
  });

  it('announces incremental sync, hover and quick-fix code actions; pushes diagnostics to clients without pull', async () => {
    const fresh = new LspClient();
    const init = await fresh.initialize('/work/demo');
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.keywarden']);
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(await fresh.close(), 0, 'server exits with 0 after shutdown + exit');
  });

  it('flags a hard-coded Arthur Engine key with its exact range, masked in the message', async () => {
    const { diagnostics } = await client.open(uri('engine.py'), 'python', PY);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const d = diagnostics[0];
    const message = d.message as string;
    assert.equal(rangeText(PY, d.range), ARTHUR_KEY);
    assert.equal(d.source, 'keywarden');
    assert.match(String(d.code), /arthur/);
    assert.match(message, /ARTHUR_API_KEY/);
    assert.ok(message.includes(`${ARTHUR_KEY.slice(0, 4)}…`), message);
    assert.ok(!message.includes(ARTHUR_KEY.slice(0, 12)), 'message must not show the key');
    assert.ok(!JSON.stringify(d).includes(ARTHUR_KEY.slice(4, 16)), 'diagnostic data must not carry the key');
  });

  it('explains a finding on hover without showing the value', async () => {
    const { diagnostics } = await client.open(uri('engine.py'), 'python', PY);
    const hover = await client.hover(uri('engine.py'), diagnostics[0].range.start);
    assert.ok(hover);
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /Why:/);
    assert.match(md, /ARTHUR_API_KEY/);
    assert.ok(!md.includes(ARTHUR_KEY.slice(0, 12)));
    assert.equal(await client.hover(uri('engine.py'), { line: 0, character: 0 }), null);
  });

  it('offers "Replace with environment variable" first: the edit parses and the value goes to storeSecret', async () => {
    const { diagnostics } = await client.open(uri('engine.py'), 'python', PY);
    const actions = await client.codeActions(uri('engine.py'), diagnostics[0].range, diagnostics);
    const [fix] = actions;
    assert.equal(fix.title, 'Replace with environment variable ARTHUR_API_KEY');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit!.changes![uri('engine.py')];
    const fixed = applyTextEdits(PY, edits);
    assert.equal(
      fixed,
      `import os\nfrom arthur_client import Engine\n\nclient = Engine(url="http://localhost:3030", api_key=os.environ["ARTHUR_API_KEY"])\n`,
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-lsp-')), 'engine.py');
    fs.writeFileSync(file, fixed);
    execFileSync('python3', ['-m', 'py_compile', file]);
    assert.deepEqual(fix.command, {
      title: 'Store the replaced values',
      command: 'keywarden.storeSecret',
      arguments: [{ envVar: 'ARTHUR_API_KEY', value: ARTHUR_KEY, uri: uri('engine.py') }],
    });
    for (const a of actions) assert.ok(!a.title.includes(ARTHUR_KEY.slice(0, 8)), 'no title shows the key');
  });

  it('numbers the variable when the client already holds a different value under its name, and reuses a name holding the same value', async () => {
    const { diagnostics } = await client.open(uri('engine.py'), 'python', PY);
    const salt = 'a1b2c3';
    const fixFor = async (digests: Record<string, string>) => {
      await client.conn.sendNotification(HeldVariablesNotification.method, { salt, digests } satisfies HeldVariablesNotification.Params);
      const [fix] = await client.codeActions(uri('engine.py'), diagnostics[0].range, diagnostics);
      return fix;
    };
    const numbered = await fixFor({ ARTHUR_API_KEY: heldDigest(salt, 'the key of another engine'), OTHER: heldDigest(salt, ARTHUR_KEY) });
    assert.equal(numbered.title, 'Replace with environment variable ARTHUR_API_KEY_2');
    assert.match(applyTextEdits(PY, numbered.edit!.changes![uri('engine.py')]), /api_key=os\.environ\["ARTHUR_API_KEY_2"\]/);
    assert.deepEqual(
      (numbered.command!.arguments as { envVar: string }[]).map((a) => a.envVar),
      ['ARTHUR_API_KEY_2'],
    );
    const same = await fixFor({ ARTHUR_API_KEY: heldDigest(salt, ARTHUR_KEY) });
    assert.equal(same.title, 'Replace with environment variable ARTHUR_API_KEY');
  });

  it('"Replace with environment variable named…" rewrites the code for the name the user chooses, and refuses names it cannot use', async () => {
    const u = uri('named.py');
    const { diagnostics } = await client.open(u, 'python', PY);
    const actions = await client.codeActions(u, diagnostics[0].range, diagnostics);
    assert.deepEqual(
      actions.slice(0, 2).map((a) => a.title),
      ['Replace with environment variable ARTHUR_API_KEY', 'Replace with environment variable named…'],
    );
    const named = actions[1];
    assert.equal(named.kind, 'quickfix');
    assert.equal(named.edit, undefined, 'the edit waits for the name');
    assert.ok(!JSON.stringify(named).includes(ARTHUR_KEY.slice(4, 16)), 'the action does not carry the value');
    const [args] = named.command!.arguments as NamedVariableArgs[];
    assert.equal(named.command!.command, 'keywarden.replaceWithNamedVariable');
    assert.deepEqual(args, { uri: u, fingerprint: args.fingerprint, start: diagnostics[0].range.start, suggested: 'ARTHUR_API_KEY' });

    const ask = (envVar: string, fingerprint = args.fingerprint) =>
      client.conn.sendRequest<NamedEnvVarFixRequest.Result>(NamedEnvVarFixRequest.method, {
        uri: u,
        fingerprint,
        start: args.start,
        envVar,
      } satisfies NamedEnvVarFixRequest.Params);
    const ok = await ask(' STAGING_ENGINE_KEY ');
    assert.ok(ok.ok, JSON.stringify(ok));
    assert.equal(ok.version, 1);
    const fixed = applyTextEdits(PY, ok.edits);
    assert.equal(
      fixed,
      `import os\nfrom arthur_client import Engine\n\nclient = Engine(url="http://localhost:3030", api_key=os.environ["STAGING_ENGINE_KEY"])\n`,
    );
    assert.deepEqual(ok.secrets, [{ envVar: 'STAGING_ENGINE_KEY', value: ARTHUR_KEY, uri: u }]);

    assert.deepEqual(await ask('1ENGINE'), { ok: false, problem: 'Use letters, digits and underscores, not starting with a digit.' });
    assert.deepEqual(await ask('ENGINE KEY'), { ok: false, problem: 'Use letters, digits and underscores, not starting with a digit.' });
    const gone = await ask('ENGINE_KEY', 'a'.repeat(64));
    assert.equal(gone.ok, false);
    assert.match((gone as { problem: string }).problem, /no longer in the file/);

    const salt = 'd4e5f6';
    await client.conn.sendNotification(HeldVariablesNotification.method, {
      salt,
      digests: { PROD_ENGINE_KEY: heldDigest(salt, 'the key of another engine'), SAME_KEY: heldDigest(salt, ARTHUR_KEY) },
    } satisfies HeldVariablesNotification.Params);
    assert.deepEqual(await ask('PROD_ENGINE_KEY'), {
      ok: false,
      problem: "PROD_ENGINE_KEY already holds another value in KeyWarden's storage; choose another name.",
    });
    assert.equal((await ask('SAME_KEY')).ok, true, 'a name holding this very value can be reused');
  });

  it('"…named…" on a literal fallback keeps the read it falls back from unless that is the name chosen', async () => {
    const u = uri('fallback.js');
    const text = 'const key = process.env.SERVICE_API_KEY ?? "Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG";\n';
    const { diagnostics } = await client.open(u, 'javascript', text);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const named = (await client.codeActions(u, diagnostics[0].range, diagnostics)).find(
      (a) => a.title === 'Replace with environment variable named…',
    );
    const [args] = named!.command!.arguments as NamedVariableArgs[];
    assert.equal(args.suggested, 'SERVICE_API_KEY');
    const ask = async (envVar: string) => {
      const r = await client.conn.sendRequest<NamedEnvVarFixRequest.Result>(NamedEnvVarFixRequest.method, {
        uri: u,
        fingerprint: args.fingerprint,
        start: args.start,
        envVar,
      });
      assert.ok(r.ok, JSON.stringify(r));
      return applyTextEdits(text, r.edits);
    };
    assert.equal(await ask('SERVICE_API_KEY'), 'const key = process.env.SERVICE_API_KEY;\n');
    assert.equal(await ask('LEGACY_API_KEY'), 'const key = process.env.SERVICE_API_KEY ?? process.env.LEGACY_API_KEY;\n');
  });

  it('"Ignore this finding" inserts keywarden:ignore above, and the diagnostic goes away', async () => {
    const u = uri('ignore.py');
    const { diagnostics } = await client.open(u, 'python', PY);
    const ignore = (await client.codeActions(u, diagnostics[0].range, diagnostics)).find((a) => a.title.startsWith('Ignore this finding'));
    assert.ok(ignore);
    const [edit] = ignore.edit!.changes![u];
    assert.match(edit.newText, /^# keywarden:ignore \S+\n$/);
    const after = await client.change(u, edit.range, edit.newText);
    assert.deepEqual(after.diagnostics, []);
  });

  it('"Fix all" rewrites every finding in the file and stores each value', async () => {
    const u = uri('all.py');
    const text = `${PY}db_password = "${PASSWORD}"\n`;
    const { diagnostics } = await client.open(u, 'python', text);
    assert.equal(diagnostics.length, 2, JSON.stringify(diagnostics.map((d) => d.message)));
    const actions = await client.codeActions(u, diagnostics[1].range, diagnostics);
    const all = actions.find((a) => a.title === 'Fix all KeyWarden findings in this file');
    assert.ok(all);
    const fixed = applyTextEdits(text, all.edit!.changes![u]);
    assert.match(fixed, /api_key=os\.environ\["ARTHUR_API_KEY"\]/);
    assert.match(fixed, /db_password = os\.environ\["DB_PASSWORD"\]/);
    assert.deepEqual(
      (all.command!.arguments as { envVar: string }[]).map((a) => a.envVar),
      ['ARTHUR_API_KEY', 'DB_PASSWORD'],
    );
    const source = await client.codeActions(u, diagnostics[0].range, diagnostics, ['source.fixAll']);
    assert.deepEqual(
      source.map((a: CodeAction) => a.kind),
      ['source.fixAll.keywarden'],
    );
  });

  it('honours suppression comments users bring from other tools', async () => {
    const text = [
      `a = "${ARTHUR_KEY}"  # keywarden:ignore`,
      `# gitleaks:allow`,
      `b = "${ARTHUR_KEY}"  # gitleaks:allow`,
      `# pragma: allowlist nextline secret`,
      `c = "${ARTHUR_KEY}"`,
      '',
    ].join('\n');
    const { diagnostics } = await client.open(uri('suppressed.py'), 'python', text);
    assert.deepEqual(diagnostics, []);
  });

  it('lints notebook cells sent as documents', async () => {
    const cell = 'vscode-notebook-cell:/work/demo/nb.ipynb#W1sZmlsZQ%3D%3D';
    const { diagnostics } = await client.open(cell, 'python', `import os\nKEY = "${ARTHUR_KEY}"\n`);
    assert.equal(diagnostics.length, 1);
    const [fix] = await client.codeActions(cell, diagnostics[0].range, diagnostics);
    assert.equal(
      applyTextEdits(`import os\nKEY = "${ARTHUR_KEY}"\n`, fix.edit!.changes![cell]),
      'import os\nKEY = os.environ["ARTHUR_API_KEY"]\n',
    );
  });

  it('flags a PEM private key block and follows edits inside it', async () => {
    const u = uri('key.py');
    const text = `KEY = """${PEM}"""\n`;
    const { diagnostics } = await client.open(u, 'python', text);
    assert.equal(diagnostics.length, 1);
    assert.ok(diagnostics[0].range.end.line > diagnostics[0].range.start.line, 'the finding spans the block');
    const after = await client.change(u, { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } }, 'Q');
    assert.equal(after.diagnostics.length, 1);
  });

  it('says why a too-large file is not scanned instead of scanning it slowly', async () => {
    const big = `x = 1\n`.repeat(400_000); // 2.4 MB
    const { diagnostics } = await client.open(uri('big.py'), 'python', big + `k = "${ARTHUR_KEY}"\n`);
    assert.deepEqual(diagnostics, []);
    const note = client.notifications.find((n) => n.method === 'keywarden/skippedFile');
    assert.ok(note, 'skippedFile notification');
    assert.match((note.params as { message: string }).message, /did not scan big\.py: .*maxFileSize|did not scan big\.py/);
  });

  it('says which line it examined only in part (over the per-line keyword budget), and still flags what it examined', async () => {
    const long = 'password=x api_key: x token = x '.repeat(2000); // 6000 keyword positions on one line
    const { diagnostics } = await client.open(uri('dense.py'), 'python', `db_password = "${PASSWORD}"\n${long}\n`);
    assert.equal(diagnostics.length, 1, 'the secret on line 1 is flagged');
    const note = client.notifications.find(
      (n) => n.method === 'keywarden/skippedFile' && /dense\.py/.test((n.params as { message: string }).message),
    );
    assert.ok(note, 'a notice for the line');
    assert.match(
      (note.params as { message: string }).message,
      /^KeyWarden scanned dense\.py only in part: line 2 not examined past column \d+: over \d+ keyword positions on one line$/,
    );
  });

  it('applies severity overrides from settings, including "off"', async () => {
    const configured = new LspClient({ configuration: { severity: { 'generic-password': 'error' } } });
    await configured.initialize('/work/demo', true);
    const u = uri('sev.py');
    const text = `db_password = "${PASSWORD}"\n`;
    const first = await configured.open(u, 'python', text);
    assert.equal(first.diagnostics[0].severity, 2, 'warning before the settings arrive');
    // Settings arrive asynchronously; the server republishes once they differ from the defaults.
    const republished = await configured.waitForDiagnostics(u, (d) => d[0]?.severity === 1);
    assert.equal(republished.diagnostics[0].code, 'generic-password');
    await configured.close();
  });

  it('clears and stops diagnostics for files the exclude setting matches, and keeps the others', async () => {
    const configured = new LspClient({ configuration: { exclude: ['fixtures/**'] } });
    try {
      await configured.initialize('/work/demo', true);
      const text = `db_password = "${PASSWORD}"\n`;
      const excluded = uri('fixtures/creds.py');
      const first = await configured.open(excluded, 'python', text);
      assert.equal(first.diagnostics.length, 1, 'flagged before the settings arrive');
      const cleared = await configured.waitForDiagnostics(excluded, (d) => d.length === 0);
      assert.deepEqual(cleared.diagnostics, []);
      const edited = await configured.change(
        excluded,
        { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        `api_token = "${PASSWORD}"\n`,
      );
      assert.deepEqual(edited.diagnostics, [], 'still excluded after an edit');
      const kept = await configured.open(uri('app.py'), 'python', text);
      assert.equal(kept.diagnostics.length, 1, 'a file outside the glob is still linted');
    } finally {
      await configured.close();
    }
  });
});

describe('language server: incremental rescans equal full scans', () => {
  it('after random edits to a 2,000-line file, diagnostics match a fresh scan', async () => {
    const client = new LspClient();
    await client.initialize('/work/demo');
    const u = uri('big.ts');
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      if (i % 97 === 0) lines.push(`const token${i} = "${ARTHUR_KEY}";`);
      else if (i % 131 === 0) lines.push(`// keywarden:ignore`);
      else if (i === 500) lines.push(...`const pem = \`${PEM}\`;`.split('\n'));
      else lines.push(`export function f${i}(a: number) { return a * ${i}; }`);
    }
    let text = lines.join('\n');
    await client.open(u, 'typescript', text);
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const inserts = ['x', '\n', `"${ARTHUR_KEY}"`, '// keywarden:ignore\n', '-----END RSA PRIVATE KEY-----\n', ''];
    for (let i = 0; i < 60; i++) {
      const doc = TextDocument.create(u, 'typescript', 0, text);
      const start = rand(text.length);
      const end = Math.min(text.length, start + (rand(4) === 0 ? rand(120) : 0));
      const insert = inserts[rand(inserts.length)];
      const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
      const published = await client.change(u, range, insert);
      text = text.slice(0, start) + insert + text.slice(end);
      const expected = scan(text, { path: 'big.ts', languageId: 'typescript' }).findings;
      const after = TextDocument.create(u, 'typescript', 0, text);
      const got = published.diagnostics.map((d: Diagnostic) => [after.offsetAt(d.range.start), after.offsetAt(d.range.end), d.code]);
      assert.deepEqual(
        got,
        expected.map((f) => [f.start, f.end, f.ruleId]),
        `edit ${i}: [${start},${end}) -> ${JSON.stringify(insert)}`,
      );
    }
    await client.close();
  });
});
