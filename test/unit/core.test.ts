/**
 * The detection core's behaviour beyond single rules: suppressions, skipped files, masking,
 * fingerprints, the generic rule's false-positive filters, and the platform hint.
 */
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { maskSecret, scan } from '../../server/src/core';
import { rescan } from '../../server/src/core/incremental';
import { envNameOf, longestRun } from '../../server/src/core/text';
import { mentionsAfterEdit, mentionsOf, platformOfMentions } from '../../server/src/core/platform';

const KEY = Buffer.from('3d6f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b:Wq8Xz2Lp5Rt9Ny3Bm6Vc1Kd7Hs4Gf0Ja_Eu-Oi2Pq8S').toString('base64');
const ids = (text: string, languageId = 'python', path?: string) => scan(text, { languageId, path }).findings.map((f) => f.ruleId);

describe('core: suppression comments', () => {
  const line = `api_key = "${KEY}"`;

  it('keywarden:ignore on the line or on a comment line above, in any comment syntax', () => {
    assert.deepEqual(ids(`${line}  # keywarden:ignore`), []);
    assert.deepEqual(ids(`# keywarden:ignore\n${line}`), []);
    assert.deepEqual(ids(`// keywarden:ignore -- test fixture\nconst k = "${KEY}";`, 'javascript'), []);
    assert.deepEqual(ids(`<!-- keywarden:ignore -->\n<key>${KEY}</key>`, 'xml'), []);
  });

  it('a rule id limits the suppression to that rule; a reason may follow', () => {
    const r = scan(`# keywarden:ignore arthur-engine-api-key fixture for the docs\n${line}`, { languageId: 'python' });
    assert.deepEqual(r.findings, []);
    assert.equal(r.suppressed, 1);
    assert.deepEqual(ids(`# keywarden:ignore generic-password\n${line}`), ['arthur-engine-api-key']);
  });

  it('honours the markers of other tools', () => {
    assert.deepEqual(ids(`${line}  # gitleaks:allow`), []);
    assert.deepEqual(ids(`${line}  # pragma: allowlist secret`), []);
    assert.deepEqual(ids(`# pragma: allowlist nextline secret\n${line}`), []);
    assert.deepEqual(ids(`const k = "${KEY}"; // secretlint-disable-line`, 'javascript'), []);
    assert.deepEqual(ids(`// secretlint-disable-next-line\nconst k = "${KEY}";`, 'javascript'), []);
    assert.deepEqual(ids(`${line}  # nosec`), []);
  });

  it('a marker two lines up or on a code line above does not suppress', () => {
    assert.equal(ids(`# keywarden:ignore\n\n${line}`).length, 1);
    assert.equal(ids(`x = 1  # keywarden:ignore\n${line}`).length, 1);
  });
});

describe('core: files that are not scanned', () => {
  it('says why: too large, binary, lockfile', () => {
    assert.equal(scan('x'.repeat(2000), { maxFileSize: 1000 }).skipped?.reason, 'too-large');
    assert.match(scan('x'.repeat(2000), { maxFileSize: 1000 }).skipped!.message, /over the 1 KB limit/);
    assert.equal(scan(`abc\u0000def ${KEY}`).skipped?.reason, 'binary');
    // Text in a legacy encoding read as UTF-8 (replacement characters) is still text.
    const cp1251AsUtf8 = `# ${'\ufffd'.repeat(40)}\npassword = "Zr7!pQ2vLx9wT4sN"\n`;
    assert.equal(scan(cp1251AsUtf8, { path: 'ru.py' }).skipped, undefined);
    assert.equal(scan(cp1251AsUtf8, { path: 'ru.py' }).findings.length, 1);
    assert.equal(scan(`"integrity": "sha512-${KEY}"`, { path: 'app/package-lock.json' }).skipped?.reason, 'lockfile');
    assert.equal(scan(`token = "${KEY}"`, { path: 'poetry.lock' }).skipped?.reason, 'lockfile');
  });
});

describe('core: what a finding shows and how it is identified', () => {
  it('masks to the first 4 characters; nothing else of the value appears in the finding', () => {
    const [f] = scan(`api_key = "${KEY}"`, { languageId: 'python' }).findings;
    assert.equal(f.masked, `${KEY.slice(0, 4)}…`);
    assert.equal(maskSecret('ab'), '…');
    const shown = JSON.stringify({ ...f, start: 0, end: 0 });
    assert.ok(!shown.includes(KEY.slice(4, 12)), shown);
    assert.match(f.why, /Arthur Engine API key/);
  });

  it('names already in UPPER_SNAKE stay as written (H2OGPTE_API_KEY, not H2_OGPTE_API_KEY); other names become UPPER_SNAKE', () => {
    const sk = 'sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X';
    for (const [text, options] of [
      [`H2OGPTE_API_KEY = "${sk}"\n`, { languageId: 'python' }],
      [`H2OGPTE_API_KEY=${sk}\n`, { path: '.env.example' }],
    ] as const) {
      const [f] = scan(text, options).findings;
      assert.equal(f.envVar, 'H2OGPTE_API_KEY', text);
    }
    assert.equal(envNameOf('K8S_TOKEN'), 'K8S_TOKEN');
    assert.equal(envNameOf('h2ogpteApiKey'), 'H2OGPTE_API_KEY');
    assert.equal(envNameOf('dbPassword'), 'DB_PASSWORD');
    assert.equal(envNameOf('DB.password'), 'DB_PASSWORD');
  });

  it('fingerprints survive moved lines and edits elsewhere, and differ per path and value', () => {
    const a = scan(`api_key = "${KEY}"\n`, { languageId: 'python', path: 'a.py' }).findings[0];
    const moved = scan(`import os\n\n\ndef f():\n    key = "${KEY}"\n`, { languageId: 'python', path: 'a.py' }).findings[0];
    const other = scan(`api_key = "${KEY}"\n`, { languageId: 'python', path: 'b.py' }).findings[0];
    assert.equal(moved.fingerprint, a.fingerprint);
    assert.notEqual(other.fingerprint, a.fingerprint);
    assert.match(a.fingerprint, /^[0-9a-f]{32}$/);
  });

  it('findings do not keep the scanned text alive (a CLI run holds findings, not files)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // Each file: 1 MB of code, then a secret under a long name read back from the environment.
    // In V8 a slice of 13+ characters is a view of its parent string: a finding holding one
    // (its name, its variable, its explanation) would hold the whole file.
    const file = (i: number) =>
      `${`x_${i} = compute(${i})\n`.repeat(50_000)}const replicaDatabasePassword${i} = process.env.REPLICA_DATABASE_PASSWORD_${i} ?? "Tr0ub4dor&3x-${i}-Zq8v";\n`;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [];
    for (let i = 0; i < 40; i++) kept.push(...scan(file(i), { languageId: 'javascript', path: `f${i}.js` }).findings);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(kept.length, 40);
    assert.equal(kept[7].envVar, 'REPLICA_DATABASE_PASSWORD_7');
    assert.match(kept[7].why, /replicaDatabasePassword7/);
    assert.ok(
      grown < 5e6,
      `40 findings hold ${(grown / 1e6).toFixed(1)} MB after the 40 files (of ${((file(0).length * 2 * 40) / 1e6).toFixed(0)} MB) are gone`,
    );
  });
});

describe('core: the generic rule and its filters', () => {
  const flagged = (text: string, languageId = 'python') => scan(text, { languageId }).findings.map((f) => text.slice(f.start, f.end));

  it('finds secret-like names given literals in many syntaxes', () => {
    assert.deepEqual(flagged('db_password = "Tr0ub4dor&3x"'), ['Tr0ub4dor&3x']);
    assert.deepEqual(flagged('connect(host="db", password="Tr0ub4dor&3x")'), ['Tr0ub4dor&3x']);
    assert.deepEqual(flagged('{"client_secret": "9fK2mQ7xLp4vR8sT1wY6zB3n"}', 'json'), ['9fK2mQ7xLp4vR8sT1wY6zB3n']);
    assert.deepEqual(flagged('const cfg = { apiKey: "Xb7dEf0q2W4k6m8pXyZ" };', 'javascript'), ['Xb7dEf0q2W4k6m8pXyZ']);
    assert.deepEqual(flagged('DB_PASSWORD=Tr0ub4dor&3x', 'dotenv'), ['Tr0ub4dor&3x']);
    assert.deepEqual(flagged('spring.datasource.password=Tr0ub4dor3x', 'properties'), ['Tr0ub4dor3x']);
    assert.deepEqual(flagged('psql --password=Tr0ub4dor3x', 'shellscript'), ['Tr0ub4dor3x']);
    assert.deepEqual(flagged('password: str = "Tr0ub4dor&3x"'), ['Tr0ub4dor&3x']);
  });

  it('ignores placeholders, references, calls and ids (the complaints users file against other tools)', () => {
    for (const text of [
      'api_key = "<API_KEY>"',
      'api_key = "YOUR_API_KEY"',
      'password = "changeme"',
      'token = "xxxxxxxxxxxxxxxxxxxx"',
      'password = "********"',
      'password = "${DB_PASSWORD}"',
      'password = "{{ db_password }}"',
      'password = "%DB_PASSWORD%"',
      'password = os.environ["DB_PASSWORD"]',
      'password = get_password()',
      'key_id = "AKIDX8W5N2Q4"',
      'org_id = "org-8f3a9c2e1b7d"',
      'api_version = "2023-05-01"',
      'token_url = "https://auth.example.com/oauth/token"',
      'secret_name = "prod/db/password"',
      'password_length = 16',
    ]) {
      assert.deepEqual(flagged(text), [], text);
    }
    assert.deepEqual(flagged('{"key": "ctrl+shift+down", "command": "editor.action.moveLinesDown"}', 'json'), []);
    assert.deepEqual(flagged('"version": "1.2.3"', 'json'), []);
    assert.deepEqual(flagged('public_key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A"'), []);
  });

  it('takes test… values for stand-ins in test files only', () => {
    const at = (path: string) => scan('    password = "testpass8Xq2"\n', { path }).findings.map((f) => f.ruleId);
    assert.deepEqual(at('tests/test_login.py'), []);
    assert.deepEqual(at('src/app/login_test.go'), []);
    assert.deepEqual(at('src/login.spec.ts'), []);
    assert.deepEqual(at('src/login.py'), ['generic-password'], 'outside tests it is a password like any other');
    assert.deepEqual(at('contest/login.py'), ['generic-password']);
  });

  it('takes a long counting run for a typed stand-in in keys and tokens, not in passwords', () => {
    assert.equal(longestRun('0123456789abcdef'), 10);
    assert.equal(longestRun('xZYXWVq'), 5, 'counting down');
    assert.equal(longestRun('yzAB89:;'), 2, 'runs stay within one class of characters');
    assert.equal(longestRun('9fK2mQ7xLp4vR8sT1wY6zB3n'), 1);
    assert.deepEqual(flagged('api_key = "Kq7ZrT2m0123456789"'), []);
    assert.deepEqual(flagged('api_key = "Kq7ZrT2m01234Wx9Lp"'), ['Kq7ZrT2m01234Wx9Lp'], 'five in a row can be chance');
    assert.deepEqual(flagged('password = "Summer123456!"'), ['Summer123456!'], 'people do choose such passwords');
  });

  it('names the variable after the platform the file is about', () => {
    const text = 'from h2ogpte import H2OGPTE\n\nAPI_KEY = "sk-qQ4ARteT9cGWAO98J1i14o7juDk00FBJC1XThH2IV3QcGG2J"\n';
    const [f] = scan(text, { languageId: 'python' }).findings;
    assert.equal(f.ruleId, 'h2ogpte-api-key');
    assert.equal(f.envVar, 'H2OGPTE_API_KEY');
    const rime = 'from rime_sdk import Client\nAPI_TOKEN = "7dbc2bba7b85385698f10cad56f3726eb375c05f1357a9c3ee375a117e57654a"\n';
    assert.equal(scan(rime, { languageId: 'python' }).findings[0].envVar, 'RIME_API_KEY');
  });

  it("names a generic key after the client on its line before the file's platform", () => {
    const text = [
      'import whylabs_client',
      'llm = OpenAI(api_key="Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG")',
      'co = cohere.Client(api_key="Vb3nM8kL2pQ7rT4wZ9xC6yH1jF5dS0aG")',
      'api_key = "Lp4nR8tZ3bF6hJ1cY5dA0eGxq7mW2pL9"',
      'db_password = "Tr0ub4dor&3x"',
    ].join('\n');
    assert.deepEqual(
      scan(text, { languageId: 'python' }).findings.map((f) => f.envVar),
      ['OPENAI_API_KEY', 'COHERE_API_KEY', 'WHYLABS_API_KEY', 'DB_PASSWORD'],
    );
    assert.equal(
      scan('client = Anthropic(api_key="Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG")', { languageId: 'python' }).findings[0].envVar,
      'ANTHROPIC_API_KEY',
      'without a platform in the file',
    );
  });

  it('names a token in an Authorization header after the API it is sent to, else API_TOKEN (not AUTHORIZATION)', () => {
    const envOf = (text: string, languageId: string) => scan(text, { languageId }).findings.map((f) => `${f.ruleId} ${f.envVar}`);
    assert.deepEqual(
      envOf('curl -H "Authorization: Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc" https://api.openai.com/v1/models', 'shellscript'),
      ['bearer-token OPENAI_API_KEY'],
    );
    assert.deepEqual(
      envOf('curl -H "Authorization: Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc" https://api.example.com', 'shellscript'),
      ['bearer-token API_TOKEN'],
    );
    assert.deepEqual(envOf('headers = {"Authorization": "Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc"}', 'python'), [
      'bearer-token API_TOKEN',
    ]);
    assert.deepEqual(
      envOf('curl -H "Authorization: Token 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc" https://api.example.com', 'shellscript'),
      ['generic-token API_TOKEN'],
    );
    // A name of the user's own still wins over the header's service.
    assert.deepEqual(envOf('SERVICE_TOKEN = "Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc"  # api.openai.com', 'python'), [
      'bearer-token SERVICE_TOKEN',
    ]);
  });
});

describe('core: the single keyword pass', () => {
  it('sees a word where a longer one starts (arthur in ARTHUR_API_KEY, sk- in sk-ant-)', () => {
    for (const text of ['ARTHUR_API_KEY = os.environ["ARTHUR_API_KEY"]', 'from h2ogpte import H2OGPTE', 'import whylabs_client', 'x = 1']) {
      assert.equal(scan(text, { languageId: 'python' }).platform, platformOfMentions(mentionsOf(text)), text);
    }
    const openai = 'sk-proj-' + 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7';
    assert.deepEqual(ids(`k = "${openai}"`), ['openai-api-key']);
  });
});

describe('core: the platform after an edit', () => {
  // Edits that add, remove, split and join platform words, and near-misses ("prime", "rime2").
  const pieces = [
    'from h2ogpte import H2OGPTE\n',
    'import whylabs\n',
    'from rime_sdk import Client\n',
    'rbst.io',
    'arthur',
    'ar',
    'thur',
    'arthu',
    'r',
    'h2og',
    'pte',
    'whyla',
    'bs',
    'rime',
    'rime_sd',
    'k',
    'prime',
    'rime2',
    'RIME-API-KEY',
    'rime-api-ke',
    'x',
    '\n',
    ' ',
    '',
  ];
  const base = Array.from({ length: 40 }, (_, i) => `value_${i} = compute(${i})\n`).join('');
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

  it('matches a fresh look at the whole text after every edit', () => {
    let text = base;
    let mentions = mentionsOf(text);
    for (let i = 0; i < 3000; i++) {
      const start = rand(text.length + 1);
      const end = Math.min(text.length, start + (rand(3) === 0 ? rand(40) : 0));
      const insert = pieces[rand(pieces.length)];
      text = text.slice(0, start) + insert + text.slice(end);
      mentions = mentionsAfterEdit(mentions, text, start, start + insert.length);
      assert.deepEqual(mentions, mentionsOf(text), `edit ${i}: [${start},${end}) -> ${JSON.stringify(insert)}`);
    }
  });

  it('finds a mention the edit completes, and none that only a cut-off window would show', () => {
    assert.deepEqual(mentionsAfterEdit([], 'arthur', 5, 6), ['arthur']); // "arthu" + "r"
    assert.deepEqual(mentionsAfterEdit([], 'x rime-api-key', 13, 14), ['rime']); // "rime-api-ke" + "y"
    assert.deepEqual(mentionsAfterEdit([], 'ar thur', 2, 2), []);
    // "prime" is no mention of RIME, even where the searched window starts inside it.
    assert.deepEqual(mentionsAfterEdit([], `prime${' '.repeat(9)}x`, 14, 15), []);
    assert.deepEqual(mentionsAfterEdit(['arthur'], 'no longer', 0, 0), []);
  });

  it('an incremental rescan equals a full scan when an import names or unnames the platform', () => {
    const key = 'API_KEY = "sk-qQ4ARteT9cGWAO98J1i14o7juDk00FBJC1XThH2IV3QcGG2J"\n';
    let text = base + key;
    let result = scan(text, { languageId: 'python' });
    assert.equal(result.platform, null);
    const edits: [number, number, string][] = [
      [0, 0, 'from h2ogpte import H2OGPTE\n'], // now about h2oGPTe
      [0, 0, 'import whylabs\n'], // two platforms: none
      [0, 'import whylabs\n'.length, ''], // back to h2oGPTe
      [5, 6, 'X'], // "from X2ogpte import H2OGPTE": still named by the class
      [0, 'from X2ogpte import H2OGPTE\n'.length, ''], // the import removed: none
    ];
    for (const [start, end, insert] of edits) {
      text = text.slice(0, start) + insert + text.slice(end);
      result = rescan(scan, result, text, { start, end, newText: insert }, { languageId: 'python' });
      const full = scan(text, { languageId: 'python' });
      assert.equal(result.platform, full.platform, JSON.stringify(insert));
      assert.deepEqual(
        result.findings.map((f) => [f.start, f.ruleId, f.envVar]),
        full.findings.map((f) => [f.start, f.ruleId, f.envVar]),
      );
    }
    assert.equal(result.platform, null);
  });

  it('an incremental rescan equals a full scan for XML element text under its tag, whichever line is edited', () => {
    // The value line is judged by the tag line above it: every window must see that line.
    const original =
      '<settings>\n  <server>\n    <password>\n      Tr0ub4dor&amp;3xQ9\n    </password>\n  </server>\n  <note>x</note>\n</settings>\n';
    const options = { path: 'settings.xml' };
    const full = scan(original, options);
    assert.equal(full.findings.length, 1);
    const lineStarts = [0, ...[...original.matchAll(/\n/g)].map((m) => m.index + 1)].filter((o) => o < original.length);
    for (const at of lineStarts) {
      for (const insert of [' ', '<!-- keywarden:ignore generic-password -->\n']) {
        const text = original.slice(0, at) + insert + original.slice(at);
        const result = rescan(scan, full, text, { start: at, end: at, newText: insert }, options);
        const expected = scan(text, options).findings.map((f) => [f.start, f.ruleId]);
        assert.deepEqual(
          result.findings.map((f) => [f.start, f.ruleId]),
          expected,
          `insert ${JSON.stringify(insert)} at line ${lineStarts.indexOf(at) + 1}`,
        );
      }
    }
  });
});
