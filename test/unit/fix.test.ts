import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scan } from '../../server/src/core';
import { envVarFix, ignoreFix, type FixTarget, type OffsetEdit } from '../../server/src/core/fix';

/** The text with offset edits (non-overlapping) applied, as an editor applies a fix. */
function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

// A fake Arthur Engine key: base64("<uuid>:<43 url-safe chars>").
const ENGINE_KEY = Buffer.from('0f8e6c1a-3b2d-4c5e-9f70-1a2b3c4d5e6f:Zq3v9XkLmP2rT8wY4uN6bQ1sD7fH0jK5gC3eA9xV2zM').toString('base64');
const TOKEN = 'tok_9fK2mQ7xZ4pL8vB3';

function target(text: string, value: string, envVar: string, ruleId = 'test-rule', nth = 0): FixTarget {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(value, start + 1);
  assert.ok(start >= 0, `value ${value} not in text`);
  return { start, end: start + value.length, envVar, ruleId };
}

function fixed(text: string, language: string, targets: FixTarget[], filePath?: string): string {
  const fix = envVarFix(text, language, targets, filePath);
  assert.ok(fix, `expected a fix for ${language}`);
  return applyEdits(text, fix.edits);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-fix-'));
function writeTemp(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Runs a program with only the given environment added; returns stdout. */
function run(cmd: string, args: string[], env: Record<string, string>): string {
  const r = spawnSync(cmd, args, { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('env-var quick-fix', () => {
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('Python', () => {
    it('replaces a whole literal with os.environ and adds import os; the code reads the variable', () => {
      const src = `#!/usr/bin/env python3\n"""Demo."""\nfrom __future__ import annotations\nimport json\n\nKEY = "${ENGINE_KEY}"\nprint(KEY)\n`;
      const out = fixed(src, 'python', [target(src, ENGINE_KEY, 'ARTHUR_API_KEY')]);
      assert.match(out, /^KEY = os\.environ\["ARTHUR_API_KEY"\]$/m);
      assert.ok(!out.includes(ENGINE_KEY));
      assert.match(out, /from __future__ import annotations\nimport os\nimport json/);
      const file = writeTemp('a.py', out);
      execFileSync('python3', ['-m', 'py_compile', file]);
      assert.equal(run('python3', [file], { ARTHUR_API_KEY: 'from-env' }).trim(), 'from-env');
    });

    it('keeps an existing `import os, sys` and rewrites a keyword argument', () => {
      const src = `import os, sys\nclient = dict(address="https://h2ogpte.genai.h2o.ai", api_key='sk-${TOKEN}')\nprint(client["api_key"])\n`;
      const out = fixed(src, 'python', [target(src, `sk-${TOKEN}`, 'H2OGPTE_API_KEY')]);
      assert.equal(out.match(/import os/g)?.length, 1);
      assert.match(out, /api_key=os\.environ\["H2OGPTE_API_KEY"\]\)/);
      const file = writeTemp('b.py', out);
      assert.equal(run('python3', [file], { H2OGPTE_API_KEY: 'sk-env' }).trim(), 'sk-env');
    });

    it('turns a header string into an f-string, escaping braces of the rest', () => {
      const src = `headers = {"Authorization": "Bearer ${TOKEN} {x}"}\nprint(headers["Authorization"])\n`;
      const out = fixed(src, 'python', [target(src, TOKEN, 'ARTHUR_API_KEY')]);
      assert.match(out, /"Authorization": f"Bearer \{os\.environ\['ARTHUR_API_KEY'\]\} \{\{x\}\}"/);
      const file = writeTemp('c.py', out);
      assert.equal(run('python3', [file], { ARTHUR_API_KEY: 'k' }).trim(), 'Bearer k {x}');
    });

    it('inserts into an existing f-string with the other quote', () => {
      const src = `user = "me"\nurl = f'postgres://{user}:${TOKEN}@db/app'\nprint(url)\n`;
      const out = fixed(src, 'python', [target(src, TOKEN, 'DB_PASSWORD')]);
      const file = writeTemp('d.py', out);
      assert.equal(run('python3', [file], { DB_PASSWORD: 'pw' }).trim(), 'postgres://me:pw@db/app');
    });

    it('replaces a multi-line PEM literal in triple quotes', () => {
      const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
      const src = `KEY = """${pem}"""\nprint(len(KEY) > 0)\n`;
      const out = fixed(src, 'python', [target(src, pem, 'PRIVATE_KEY')]);
      assert.equal(out, `import os\nKEY = os.environ["PRIVATE_KEY"]\nprint(len(KEY) > 0)\n`);
    });
  });

  describe('JavaScript / TypeScript', () => {
    it('replaces a literal with process.env and a header with a template literal; node runs it', () => {
      const src = `const key = '${ENGINE_KEY}';\nconst headers = { Authorization: "Bearer ${TOKEN}" };\nconsole.log(key, headers.Authorization);\n`;
      const out = fixed(src, 'javascript', [target(src, ENGINE_KEY, 'ARTHUR_API_KEY'), target(src, TOKEN, 'ARTHUR_TOKEN')]);
      assert.match(out, /const key = process\.env\.ARTHUR_API_KEY;/);
      assert.match(out, /Authorization: `Bearer \$\{process\.env\.ARTHUR_TOKEN\}`/);
      const file = writeTemp('a.js', out);
      execFileSync('node', ['--check', file]);
      assert.equal(run('node', [file], { ARTHUR_API_KEY: 'a', ARTHUR_TOKEN: 'b' }).trim(), 'a Bearer b');
    });

    it('escapes backticks and ${ of the rest of the string', () => {
      const src = 'const s = "`${x}` ' + TOKEN + '";\nconsole.log(s);\n';
      const out = fixed(src, 'typescript', [target(src, TOKEN, 'TOKEN')]);
      const file = writeTemp('b.js', out);
      assert.equal(run('node', [file], { TOKEN: 't' }).trim(), '`${x}` t');
    });
    it('a name declared string in TypeScript reads process.env.X! (tsc --strict accepts the fix); untyped names read process.env.X', () => {
      const src = [
        `export const apiKey: string = "${TOKEN}a";`,
        `export const loose = "${TOKEN}b";`,
        'export class Client {',
        `  private secret: string = '${TOKEN}c';`,
        `  constructor(readonly token: string = "${TOKEN}d", readonly maybe?: string) {}`,
        '  size(): number {',
        '    return this.secret.length + this.token.length;',
        '  }',
        '}',
        '',
      ].join('\n');
      const names = ['API_KEY', 'LOOSE', 'CLIENT_SECRET', 'TOKEN'];
      const out = fixed(
        src,
        'typescript',
        ['a', 'b', 'c', 'd'].map((suffix, i) => target(src, TOKEN + suffix, names[i])),
      );
      assert.match(out, /export const apiKey: string = process\.env\.API_KEY!;/);
      assert.match(out, /export const loose = process\.env\.LOOSE;/);
      assert.match(out, /private secret: string = process\.env\.CLIENT_SECRET!;/);
      assert.match(out, /readonly token: string = process\.env\.TOKEN!,/);
      const file = writeTemp('typed.ts', out);
      const tsc = path.join(__dirname, '../../node_modules/typescript/bin/tsc');
      const r = spawnSync(
        process.execPath,
        [tsc, '--strict', '--noEmit', '--types', 'node', '--typeRoots', path.join(__dirname, '../../node_modules/@types'), file],
        {
          encoding: 'utf8',
        },
      );
      assert.equal(r.status, 0, `tsc --strict rejects the fix:\n${r.stdout}${r.stderr}`);
    });
  });

  describe('shell', () => {
    it('fixes curl headers in double and single quotes and a bare assignment; bash expands them', () => {
      const src = [
        `export ARTHUR_KEY=${ENGINE_KEY}`,
        `H1="Authorization: Bearer ${TOKEN}"`,
        `H2='rime-api-key: ${TOKEN}'`,
        'echo "$ARTHUR_KEY|$H1|$H2"',
        '',
      ].join('\n');
      const out = fixed(src, 'shellscript', [
        target(src, ENGINE_KEY, 'ARTHUR_API_KEY'),
        target(src, TOKEN, 'ARTHUR_TOKEN', 'r', 0),
        target(src, TOKEN, 'RIME_API_KEY', 'r', 1),
      ]);
      assert.match(out, /^export ARTHUR_KEY="\$ARTHUR_API_KEY"$/m);
      assert.match(out, /^H1="Authorization: Bearer \$ARTHUR_TOKEN"$/m);
      assert.match(out, /^H2='rime-api-key: '"\$RIME_API_KEY"$/m);
      const file = writeTemp('a.sh', out);
      execFileSync('bash', ['-n', file]);
      assert.equal(
        run('bash', [file], { ARTHUR_API_KEY: 'k', ARTHUR_TOKEN: 't', RIME_API_KEY: 'r' }).trim(),
        'k|Authorization: Bearer t|rime-api-key: r',
      );
    });

    it('uses ${NAME} when a word character follows', () => {
      const src = `URL="https://user:${TOKEN}x@host"\n`;
      const out = fixed(src, 'shellscript', [target(src, TOKEN, 'PW')]);
      assert.equal(out, 'URL="https://user:${PW}x@host"\n');
    });
  });

  describe('other languages', () => {
    it('Go: os.Getenv and the import, in a block, a single import, or none', () => {
      const block = `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() { fmt.Println("${TOKEN}") }\n`;
      assert.match(
        fixed(block, 'go', [target(block, TOKEN, 'TOKEN')]),
        /import \(\n\t"os"\n\t"fmt"\n\)[\s\S]*fmt\.Println\(os\.Getenv\("TOKEN"\)\)/,
      );
      const single = `package main\n\nimport "fmt"\n\nvar h = "Bearer ${TOKEN}"\n`;
      assert.match(
        fixed(single, 'go', [target(single, TOKEN, 'TOKEN')]),
        /import \(\n\t"fmt"\n\t"os"\n\)[\s\S]*var h = "Bearer " \+ os\.Getenv\("TOKEN"\)/,
      );
      const none = `package main\n\nvar k = "${TOKEN}"\n`;
      assert.equal(fixed(none, 'go', [target(none, TOKEN, 'TOKEN')]), `package main\n\nimport "os"\n\nvar k = os.Getenv("TOKEN")\n`);
      const already = `package main\n\nimport (\n\t"os"\n)\n\nvar k = "${TOKEN}"\n`;
      assert.equal(fixed(already, 'go', [target(already, TOKEN, 'TOKEN')]).match(/"os"/g)?.length, 1);
    });

    it('Java: System.getenv (javac compiles it when installed)', function () {
      const src = `public class Demo {\n  static String KEY = "${TOKEN}";\n  static String H = "Bearer ${TOKEN}";\n}\n`;
      const out = fixed(src, 'java', [target(src, TOKEN, 'API_KEY', 'r', 0), target(src, TOKEN, 'API_KEY', 'r', 1)]);
      assert.match(out, /KEY = System\.getenv\("API_KEY"\);/);
      assert.match(out, /H = "Bearer " \+ System\.getenv\("API_KEY"\);/);
      if (!has('javac')) return this.skip();
      const file = writeTemp('java/Demo.java', out);
      execFileSync('javac', ['-d', path.join(tmp, 'java'), file]);
    });

    it('C#, Kotlin, Ruby, PHP, PowerShell', () => {
      const cs = `var h = $"Bearer ${TOKEN}";\nvar k = "${TOKEN}";\n`;
      assert.equal(
        fixed(cs, 'csharp', [target(cs, TOKEN, 'K', 'r', 0), target(cs, TOKEN, 'K', 'r', 1)]),
        `var h = $"Bearer {System.Environment.GetEnvironmentVariable("K")}";\nvar k = System.Environment.GetEnvironmentVariable("K");\n`,
      );
      const kt = `val h = "Bearer ${TOKEN}"\n`;
      assert.equal(fixed(kt, 'kotlin', [target(kt, TOKEN, 'K')]), 'val h = "Bearer ${System.getenv("K")}"\n');
      const rb = `key = '${TOKEN}'\nh = "Bearer ${TOKEN}"\n`;
      assert.equal(
        fixed(rb, 'ruby', [target(rb, TOKEN, 'K', 'r', 0), target(rb, TOKEN, 'K', 'r', 1)]),
        'key = ENV.fetch("K")\nh = "Bearer #{ENV.fetch("K")}"\n',
      );
      const php = `<?php\n$h = 'Bearer ${TOKEN}';\n`;
      assert.equal(fixed(php, 'php', [target(php, TOKEN, 'K')]), "<?php\n$h = 'Bearer ' . getenv('K');\n");
      const ps = `$h = "Bearer ${TOKEN}"\n$k = '${TOKEN}'\n`;
      assert.equal(
        fixed(ps, 'powershell', [target(ps, TOKEN, 'K', 'r', 0), target(ps, TOKEN, 'K', 'r', 1)]),
        '$h = "Bearer $env:K"\n$k = $env:K\n',
      );
    });

    it('Rust and C compile when their compilers are installed', function () {
      const rs = `pub fn f() -> usize { let k = "${TOKEN}"; let h = format!("{}", "Bearer ${TOKEN}"); k.len() + h.len() }\n`;
      const rsOut = fixed(rs, 'rust', [target(rs, TOKEN, 'K', 'r', 0), target(rs, TOKEN, 'K', 'r', 1)]);
      assert.match(rsOut, /let k = &std::env::var\("K"\)/);
      const c = `#include <stdio.h>\nint main(void) { const char *k = "${TOKEN}"; return k[0] == 0; }\n`;
      const cOut = fixed(c, 'c', [target(c, TOKEN, 'K')]);
      assert.match(cOut, /^#include <stdlib.h>\n/);
      if (!has('rustc') || !has('gcc')) return this.skip();
      execFileSync('rustc', [
        '--edition',
        '2021',
        '--crate-type',
        'lib',
        '--emit',
        'metadata',
        '-o',
        path.join(tmp, 'r.rmeta'),
        writeTemp('r.rs', rsOut),
      ]);
      execFileSync('gcc', ['-fsyntax-only', writeTemp('c.c', cOut)]);
    });

    it('YAML uses ${NAME}; GitHub Actions workflows use ${{ secrets.NAME }}', () => {
      const y = `services:\n  app:\n    environment:\n      API_KEY: ${TOKEN}\n      DB: "postgres://u:${TOKEN}@db"\n`;
      assert.equal(
        fixed(y, 'yaml', [target(y, TOKEN, 'API_KEY', 'r', 0), target(y, TOKEN, 'API_KEY', 'r', 1)]),
        'services:\n  app:\n    environment:\n      API_KEY: ${API_KEY}\n      DB: "postgres://u:${API_KEY}@db"\n',
      );
      const w = `env:\n  TOKEN: "${TOKEN}"\n`;
      assert.equal(fixed(w, 'yaml', [target(w, TOKEN, 'TOKEN')], '.github/workflows/ci.yml'), 'env:\n  TOKEN: "${{ secrets.TOKEN }}"\n');
    });

    it('offers no env-var fix where a language has no such read (JSON, Markdown)', () => {
      const j = `{"password": "${TOKEN}"}`;
      assert.equal(envVarFix(j, 'json', [target(j, TOKEN, 'PASSWORD')]), undefined);
      assert.equal(envVarFix(j, 'markdown', [target(j, TOKEN, 'PASSWORD')]), undefined);
    });
  });

  describe('fix all', () => {
    it('gives two different values of one name distinct variables and keeps both values', () => {
      const src = `a = "${TOKEN}"\nb = "${TOKEN}X"\nc = "${TOKEN}"\n`;
      const fix = envVarFix(src, 'python', [
        target(src, TOKEN, 'PASSWORD', 'r', 0),
        target(src, `${TOKEN}X`, 'PASSWORD'),
        target(src, TOKEN, 'PASSWORD', 'r', 2),
      ]);
      assert.ok(fix);
      assert.deepEqual(fix.secrets, [
        { envVar: 'PASSWORD', value: TOKEN },
        { envVar: 'PASSWORD_2', value: `${TOKEN}X` },
      ]);
      const out = applyEdits(src, fix.edits);
      assert.equal(out, 'import os\na = os.environ["PASSWORD"]\nb = os.environ["PASSWORD_2"]\nc = os.environ["PASSWORD"]\n');
    });

    it('never reuses a name that already holds another value elsewhere, and reuses one that holds this value', () => {
      const src = `a = "${TOKEN}"\n`;
      const stored = new Map([
        ['PASSWORD', 'a value stored from another file'],
        ['PASSWORD_2', TOKEN],
      ]);
      const heldElsewhere = (name: string, value: string) => stored.has(name) && stored.get(name) !== value;
      const fix = envVarFix(src, 'python', [target(src, TOKEN, 'PASSWORD')], undefined, heldElsewhere);
      assert.deepEqual(fix?.secrets, [{ envVar: 'PASSWORD_2', value: TOKEN }]);
      assert.equal(applyEdits(src, fix!.edits), 'import os\na = os.environ["PASSWORD_2"]\n');
      stored.set('PASSWORD_2', 'another one');
      assert.deepEqual(envVarFix(src, 'python', [target(src, TOKEN, 'PASSWORD')], undefined, heldElsewhere)?.secrets, [
        { envVar: 'PASSWORD_3', value: TOKEN },
      ]);
      stored.set('PASSWORD', TOKEN);
      assert.deepEqual(envVarFix(src, 'python', [target(src, TOKEN, 'PASSWORD')], undefined, heldElsewhere)?.secrets, [
        { envVar: 'PASSWORD', value: TOKEN },
      ]);
    });
  });

  describe('a hard-coded fallback of an environment read', () => {
    const fixScanned = (text: string, languageId: string, heldElsewhere?: (n: string, v: string) => boolean) => {
      const findings = scan(text, { languageId }).findings;
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.ruleId)));
      const fix = envVarFix(text, languageId, findings, undefined, heldElsewhere);
      assert.ok(fix);
      return { out: applyEdits(text, fix.edits), secrets: fix.secrets };
    };

    it('is removed, and its value kept under the variable the code already reads', () => {
      const py = fixScanned('import os\npassword = os.environ.get("DB_PASSWORD") or "Tr0ub4dor&3x"\n', 'python');
      assert.equal(py.out, 'import os\npassword = os.environ.get("DB_PASSWORD")\n');
      assert.deepEqual(py.secrets, [{ envVar: 'DB_PASSWORD', value: 'Tr0ub4dor&3x' }]);
      execFileSync('python3', ['-m', 'py_compile', writeTemp('fallback.py', py.out)]);
      const js = fixScanned('const apiKey = process.env.OPENAI_API_KEY || "Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG";\n', 'javascript');
      assert.equal(js.out, 'const apiKey = process.env.OPENAI_API_KEY;\n');
      assert.deepEqual(js.secrets, [{ envVar: 'OPENAI_API_KEY', value: 'Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG' }]);
      execFileSync('node', ['--check', writeTemp('fallback.js', js.out)]);
    });

    it('becomes a read of a numbered variable when the name already holds another value', () => {
      const ts = fixScanned(
        'const password = process.env.DB_PASSWORD ?? "Tr0ub4dor&3x";\n',
        'typescript',
        (name) => name === 'DB_PASSWORD',
      );
      assert.equal(ts.out, 'const password = process.env.DB_PASSWORD ?? process.env.DB_PASSWORD_2;\n');
      assert.deepEqual(ts.secrets, [{ envVar: 'DB_PASSWORD_2', value: 'Tr0ub4dor&3x' }]);
    });
  });

  describe('a line that only put the literal into the environment', () => {
    const fixScanned = (text: string, languageId: string, heldElsewhere?: (n: string, v: string) => boolean) => {
      const findings = scan(text, { languageId }).findings;
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => [f.ruleId, f.envVar])));
      const fix = envVarFix(text, languageId, findings, undefined, heldElsewhere);
      assert.ok(fix);
      return { out: applyEdits(text, fix.edits), secrets: fix.secrets };
    };

    it('is removed (Python, JavaScript, shell export, PowerShell $env:), the value kept under that variable', () => {
      const py = fixScanned(
        `import os\n\n# set it for the SDK\nos.environ["ARTHUR_API_KEY"] = "${ENGINE_KEY}"  # temporary\nprint(os.environ["ARTHUR_API_KEY"])\n`,
        'python',
      );
      assert.equal(py.out, 'import os\n\n# set it for the SDK\nprint(os.environ["ARTHUR_API_KEY"])\n');
      assert.deepEqual(py.secrets, [{ envVar: 'ARTHUR_API_KEY', value: ENGINE_KEY }]);
      assert.equal(run('python3', [writeTemp('setter.py', py.out)], { ARTHUR_API_KEY: 'from-env' }).trim(), 'from-env');

      const js = fixScanned(`process.env.ARTHUR_API_KEY = '${ENGINE_KEY}';\nconsole.log(process.env.ARTHUR_API_KEY);\n`, 'javascript');
      assert.equal(js.out, 'console.log(process.env.ARTHUR_API_KEY);\n');
      assert.equal(run('node', [writeTemp('setter.js', js.out)], { ARTHUR_API_KEY: 'from-env' }).trim(), 'from-env');

      const sh = fixScanned(`#!/bin/sh\nexport ARTHUR_API_KEY=${ENGINE_KEY}\necho "$ARTHUR_API_KEY"\n`, 'shellscript');
      assert.equal(sh.out, '#!/bin/sh\necho "$ARTHUR_API_KEY"\n');
      assert.equal(run('sh', [writeTemp('setter.sh', sh.out)], { ARTHUR_API_KEY: 'from-env' }).trim(), 'from-env');

      const ps = fixScanned(`$env:ARTHUR_API_KEY = "${ENGINE_KEY}"\r\nWrite-Output $env:ARTHUR_API_KEY\r\n`, 'powershell');
      assert.equal(ps.out, 'Write-Output $env:ARTHUR_API_KEY\r\n');
    });

    it('stays, reading the numbered variable, when the name holds another value; other lines are rewritten as before', () => {
      const held = fixScanned(`import os\nos.environ["ARTHUR_API_KEY"] = "${ENGINE_KEY}"\n`, 'python', (name) => name === 'ARTHUR_API_KEY');
      assert.equal(held.out, 'import os\nos.environ["ARTHUR_API_KEY"] = os.environ["ARTHUR_API_KEY_2"]\n');
      // Something else on the line: it does more than set the variable.
      const more = fixScanned(`import os\nos.environ["ARTHUR_API_KEY"] = "${ENGINE_KEY}"; start()\n`, 'python');
      assert.equal(more.out, 'import os\nos.environ["ARTHUR_API_KEY"] = os.environ["ARTHUR_API_KEY"]; start()\n');
    });
  });

  describe('platform keys are named for the variable their SDK reads', () => {
    // Fake keys in each platform's documented format.
    const WHYLABS_KEY = 'n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07Q:org-abc123';
    const CLIENT_SECRET = 'JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2';
    const H2O_KEY = 'sk-X2sau4rEE7naW8mHDKw3OaWDyyIdYxWDsU78E9kcE3oEJJ8X';
    const RIME_KEY = '1o9585yMa6Fv4ngcVnSOgsR8uQYuY8CstQTuNzuN';

    /** Scans, fixes every finding, checks the variables and that Python still compiles and reads them. */
    const fixAll = (name: string, src: string, vars: Record<string, string>) => {
      const findings = scan(src, { languageId: 'python' }).findings;
      assert.deepEqual(
        findings.map((f) => f.envVar).sort(),
        Object.keys(vars).sort(),
        JSON.stringify(findings.map((f) => [f.ruleId, f.envVar])),
      );
      const fix = envVarFix(src, 'python', findings);
      assert.ok(fix);
      assert.deepEqual(Object.fromEntries(fix.secrets.map((s) => [s.envVar, s.value])), vars);
      const out = applyEdits(src, fix.edits);
      for (const v of Object.values(vars)) assert.ok(!out.includes(v));
      const file = writeTemp(name, out);
      execFileSync('python3', ['-m', 'py_compile', file]);
      return out;
    };

    it("WhyLabs: a key in configuration.api_key['ApiKeyAuth'] or legacy_key reads WHYLABS_API_KEY", () => {
      const out = fixAll(
        'wl.py',
        `import whylabs_client\nconfiguration = whylabs_client.Configuration()\nconfiguration.api_key['ApiKeyAuth'] = '${WHYLABS_KEY}'\n`,
        { WHYLABS_API_KEY: WHYLABS_KEY },
      );
      assert.match(out, /configuration\.api_key\['ApiKeyAuth'\] = os\.environ\["WHYLABS_API_KEY"\]/);
      fixAll('wl2.py', `# WhyLabs upload\nlegacy_key = "${WHYLABS_KEY}"\n`, { WHYLABS_API_KEY: WHYLABS_KEY });
    });

    it('Arthur: access_key= reads ARTHUR_API_KEY, client_secret= in ArthurClientCredentialsAPISession reads ARTHUR_CLIENT_SECRET', () => {
      const out = fixAll(
        'ar.py',
        `from arthurai import ArthurAI\nclient = ArthurAI(url="https://app.arthur.ai", access_key="${ENGINE_KEY}")\n`,
        { ARTHUR_API_KEY: ENGINE_KEY },
      );
      assert.match(out, /access_key=os\.environ\["ARTHUR_API_KEY"\]\)/);
      const src = `from arthur_client.auth import ArthurClientCredentialsAPISession\nsess = ArthurClientCredentialsAPISession(client_id="svc-account", client_secret="${CLIENT_SECRET}", metadata=None)\n`;
      assert.match(fixAll('ar2.py', src, { ARTHUR_CLIENT_SECRET: CLIENT_SECRET }), /client_secret=os\.environ\["ARTHUR_CLIENT_SECRET"\]/);
    });

    it("h2oGPTe and RI Platform keys under names of the code's own read H2OGPTE_API_KEY and RIME_API_KEY", () => {
      fixAll(
        'h2o.py',
        `from h2ogpte import H2OGPTE\nmy_token = "${H2O_KEY}"\nclient = H2OGPTE(address="https://h2ogpte.genai.h2o.ai", api_key=my_token)\n`,
        { H2OGPTE_API_KEY: H2O_KEY },
      );
      fixAll('rime.py', `import rime_sdk\nrime_api_token = "${RIME_KEY}"\n`, { RIME_API_KEY: RIME_KEY });
    });

    it("a key passed positionally to a platform client becomes a read of the platform's variable", () => {
      const out = fixAll(
        'pos.py',
        [
          'import rime_sdk',
          'from h2ogpte import H2OGPTE',
          'from arthur_client.auth import ArthurClientCredentialsAPISession',
          'cluster_url = "https://acme.rbst.io"',
          `rime = rime_sdk.Client(cluster_url, "${RIME_KEY}")`,
          'h2o = H2OGPTE("https://h2ogpte.genai.h2o.ai", "Zr7pQ2wX9kLm4NvB8cT3yH6j")',
          `sess = ArthurClientCredentialsAPISession("svc-account", "${CLIENT_SECRET}", None)`,
          '',
        ].join('\n'),
        { RIME_API_KEY: RIME_KEY, H2OGPTE_API_KEY: 'Zr7pQ2wX9kLm4NvB8cT3yH6j', ARTHUR_CLIENT_SECRET: CLIENT_SECRET },
      );
      assert.match(out, /rime_sdk\.Client\(cluster_url, os\.environ\["RIME_API_KEY"\]\)/);
      assert.match(out, /H2OGPTE\("https:\/\/h2ogpte\.genai\.h2o\.ai", os\.environ\["H2OGPTE_API_KEY"\]\)/);
      assert.match(out, /ArthurClientCredentialsAPISession\("svc-account", os\.environ\["ARTHUR_CLIENT_SECRET"\], None\)/);
    });

    it("keeps an UPPER_SNAKE name (already a variable's) and a non-key name; numbers the platform's variable when it holds another value", () => {
      fixAll('keep.py', `GENAI_ENGINE_ADMIN_KEY = "${ENGINE_KEY}"\n`, { GENAI_ENGINE_ADMIN_KEY: ENGINE_KEY });
      fixAll('db.py', `import whylogs as why  # WhyLabs\ndb_password = "Tr0ub4dor&3x-9q"\n`, { DB_PASSWORD: 'Tr0ub4dor&3x-9q' });
      const src = `# WhyLabs upload\nlegacy_key = "${WHYLABS_KEY}"\n`;
      const fix = envVarFix(src, 'python', scan(src, { languageId: 'python' }).findings, undefined, (name) => name === 'WHYLABS_API_KEY');
      assert.deepEqual(fix?.secrets, [{ envVar: 'WHYLABS_API_KEY_2', value: WHYLABS_KEY }]);
    });
  });

  describe('provider tokens of the new families are fixed into code that still parses', () => {
    // Fake tokens in each provider's documented format (see the rule files).
    const GITLAB = 'glcbt-xp5QEz_-x9L6HzGpPwEv';
    const SENTRY = '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';
    const LINEAR = 'lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1';
    const PSCALE = 'pscale_pw_415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7t';
    const fixAll = (src: string, languageId: string) => {
      const findings = scan(src, { languageId }).findings;
      const fix = envVarFix(src, languageId, findings);
      assert.ok(fix);
      return {
        out: applyEdits(src, fix.edits),
        vars: fix.secrets.map((x) => x.envVar).sort(),
        rules: findings.map((f) => f.ruleId).sort(),
      };
    };

    it('Python, JavaScript and shell', () => {
      const py = fixAll(`import requests\nheaders = {"PRIVATE-TOKEN": "${GITLAB}"}\nsentry = "${SENTRY}"\n`, 'python');
      assert.deepEqual(py.rules, ['gitlab-token', 'sentry-token']);
      assert.deepEqual(py.vars, ['PRIVATE_TOKEN', 'SENTRY_AUTH_TOKEN']); // a header's own name is kept, as for every provider
      execFileSync('python3', ['-m', 'py_compile', writeTemp('prov.py', py.out)]);
      const js = fixAll(
        `const client = new LinearClient({ apiKey: "${LINEAR}" });\nconst url = \`mysql://app:${PSCALE}@aws.connect.psdb.cloud/db\`;\n`,
        'javascript',
      );
      assert.deepEqual(js.rules, ['linear-api-key', 'planetscale-token']);
      assert.ok(!js.out.includes(LINEAR) && !js.out.includes(PSCALE));
      execFileSync('node', ['--check', writeTemp('prov.js', js.out)]);
      const sh = fixAll(
        `#!/bin/bash\ncurl -H "PRIVATE-TOKEN: ${GITLAB}" https://gitlab.example.com/api/v4/projects\nexport SENTRY_AUTH_TOKEN=${SENTRY}\n`,
        'shellscript',
      );
      assert.deepEqual(sh.rules, ['gitlab-token', 'sentry-token']);
      execFileSync('bash', ['-n', writeTemp('prov.sh', sh.out)]);
      // The export only put the literal into the environment: the line goes, the value is kept under its name.
      assert.ok(!sh.out.includes('SENTRY_AUTH_TOKEN') && !sh.out.includes(SENTRY));
      assert.deepEqual(sh.vars, ['PRIVATE_TOKEN', 'SENTRY_AUTH_TOKEN']);
    });
  });

  describe('declaration forms of issue 18 are fixed into code that still parses', () => {
    const fixAll = (src: string, languageId: string) => {
      const findings = scan(src, { languageId }).findings;
      const fix = envVarFix(src, languageId, findings);
      assert.ok(fix, `expected a fix for ${languageId}`);
      return { out: applyEdits(src, fix.edits), rules: findings.map((f) => f.ruleId) };
    };

    it("a literal compared on the name's left (JavaScript)", () => {
      const js = fixAll(`const password = process.argv[2];\nif ("Tr0ub4dor&3xQ9" === password) console.log("ok");\n`, 'javascript');
      assert.deepEqual(js.rules, ['generic-password']);
      assert.ok(!js.out.includes('Tr0ub4dor&3xQ9'));
      execFileSync('node', ['--check', writeTemp('compare.js', js.out)]);
    });

    it('a Rust `&str` declaration', function () {
      if (!has('rustc')) this.skip();
      this.timeout(60000);
      const rs = fixAll(`fn main() {\n    let token: &str = "q8Xv2LmN4pRt7WzK9bYc";\n    println!("{}", token);\n}\n`, 'rust');
      assert.deepEqual(rs.rules, ['generic-token']);
      assert.ok(!rs.out.includes('q8Xv2LmN4pRt7WzK9bYc'));
      execFileSync('rustc', ['--edition', '2021', '--emit=metadata', '-o', path.join(tmp, 'decl.rmeta'), writeTemp('decl.rs', rs.out)]);
    });
  });

  describe('C/C++ declarations are fixed into code the compiler accepts', () => {
    const VALUE = 'Tr0ub4dor9xQ2mLk7vZ';
    const fixC = (src: string, languageId: 'c' | 'cpp') => {
      const findings = scan(src, { languageId }).findings;
      assert.equal(findings.length, 1, `one finding in ${src}`);
      return envVarFix(src, languageId, findings);
    };
    const compile = (compiler: string, lang: string, out: string) => {
      const r = spawnSync(compiler, ['-fsyntax-only', '-x', lang, writeTemp(`decl.${lang === 'c' ? 'c' : 'cc'}`, out)], {
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `${compiler} -x ${lang} rejects the fixed code:\n${out}\n${r.stderr}`);
    };
    const cases: [string, RegExp][] = [
      [`char password[] = "${VALUE}";`, /const char \*const password = getenv\("PASSWORD"\);/],
      [`char password[32] = "${VALUE}";`, /const char \*const password = getenv\("PASSWORD"\);/],
      [`const char *secret = "${VALUE}";`, /const char \*secret = getenv\("SECRET"\);/],
      [`const char api_key[] = "${VALUE}";`, /const char \*const api_key = getenv\("API_KEY"\);/],
    ];
    for (const [decl, expected] of cases) {
      it(`${decl.replace(VALUE, '…')} inside a function (gcc -x c, g++ -x c++)`, function () {
        const src = `#include <stdio.h>\nint main(void) {\n    ${decl}\n    return puts(${/\*?(\w+) *(?:\[|=)/.exec(decl.replace('const char *', ''))![1]}) < 0;\n}\n`;
        for (const lang of ['c', 'cpp'] as const) {
          const fix = fixC(src, lang);
          assert.ok(fix, `a fix for ${lang}`);
          const out = applyEdits(src, fix.edits);
          assert.match(out, expected);
          assert.match(out, /^#include <stdlib.h>\n/);
          assert.ok(!out.includes(VALUE));
          const compiler = lang === 'c' ? 'gcc' : 'g++';
          if (!has(compiler)) return this.skip(); // gcc/g++ not installed: the text checks above still ran
          compile(compiler, lang === 'c' ? 'c' : 'c++', out);
        }
      });
    }

    it('static const char api_key[] = "…": C++ gets a pointer; C (constant initialisers only) gets no env-var fix', function () {
      const file = `#include <stdio.h>\nstatic const char api_key[] = "${VALUE}";\nint main(void) { return puts(api_key) < 0; }\n`;
      const local = `#include <stdio.h>\nint main(void) {\n    static const char api_key[] = "${VALUE}";\n    return puts(api_key) < 0;\n}\n`;
      for (const src of [file, local]) {
        assert.equal(fixC(src, 'c'), undefined, 'C: getenv cannot initialise a static object');
        const out = applyEdits(src, fixC(src, 'cpp')!.edits);
        assert.match(out, /static const char \*const api_key = getenv\("API_KEY"\);/);
        if (has('g++')) compile('g++', 'c++', out);
      }
      // A global pointer in C has the same limit; in a function body it is fine (see above).
      assert.equal(fixC(`const char *secret = "${VALUE}";\n`, 'c'), undefined);
      if (!has('g++')) this.skip();
    });
  });

  describe('constants of Go, Kotlin, C# and Rust become variables or get no env-var fix', () => {
    it('Go `const` becomes `var`; Kotlin drops `const`; C# member const becomes static readonly', () => {
      const go = `package main\n\nconst apiToken = "${TOKEN}"\n`;
      assert.match(fixed(go, 'go', [target(go, TOKEN, 'API_TOKEN')]), /\nvar apiToken = os\.Getenv\("API_TOKEN"\)\n/);
      const goTyped = `package main\n\nvar apiToken string = "${TOKEN}"\n`;
      assert.match(fixed(goTyped, 'go', [target(goTyped, TOKEN, 'API_TOKEN')]), /\nvar apiToken string = os\.Getenv\("API_TOKEN"\)\n/);
      const goBlock = `package main\n\nconst (\n\tsize = len("ab")\n\tapiToken = "${TOKEN}"\n)\n`;
      assert.equal(envVarFix(goBlock, 'go', [target(goBlock, TOKEN, 'API_TOKEN')]), undefined);
      const kt = `object Keys {\n    private const val API_KEY = "${TOKEN}"\n}\n`;
      assert.match(fixed(kt, 'kotlin', [target(kt, TOKEN, 'API_KEY')]), /private val API_KEY = System\.getenv\("API_KEY"\)/);
      const cs = `class C {\n    private const string ApiKey = "${TOKEN}";\n}\n`;
      assert.match(
        fixed(cs, 'csharp', [target(cs, TOKEN, 'API_KEY')]),
        /private static readonly string ApiKey = System\.Environment\.GetEnvironmentVariable\("API_KEY"\);/,
      );
      const csLocal = `void F() {\n    const string apiKey = "${TOKEN}";\n}\n`;
      assert.equal(envVarFix(csLocal, 'csharp', [target(csLocal, TOKEN, 'API_KEY')]), undefined);
    });

    it('Java typed forms compile with javac when installed', function () {
      const src = `public class Keys {\n  private static final String API_KEY = "${TOKEN}";\n  String f() { final String token = "${TOKEN}"; return token + API_KEY; }\n}\n`;
      const out = fixed(src, 'java', [target(src, TOKEN, 'API_KEY', 'r', 0), target(src, TOKEN, 'API_KEY', 'r', 1)]);
      assert.ok(!out.includes(TOKEN));
      if (!has('javac')) return this.skip();
      this.timeout(60000);
      execFileSync('javac', ['-d', path.join(tmp, 'java-keys'), writeTemp('java-keys/Keys.java', out)]);
    });

    it('Rust `const`/`static` get no env-var fix; `let` forms compile (rustc --emit=metadata)', function () {
      for (const item of [`pub const API_KEY: &str = "${TOKEN}";\n`, `static API_KEY: &str = "${TOKEN}";\n`]) {
        assert.equal(envVarFix(item, 'rust', [target(item, TOKEN, 'API_KEY')]), undefined, item);
      }
      const rs = `pub fn f() -> usize {\n    let api_key: &str = "${TOKEN}";\n    let token = String::from("${TOKEN}");\n    let secret: String = "${TOKEN}".to_string();\n    let key: String = "${TOKEN}".into();\n    api_key.len() + token.len() + secret.len() + key.len()\n}\n`;
      const out = fixed(
        rs,
        'rust',
        [0, 1, 2, 3].map((n) => target(rs, TOKEN, ['API_KEY', 'TOKEN', 'SECRET', 'KEY'][n], 'r', n)),
      );
      assert.match(out, /let secret: String = std::env::var\("SECRET"\)\.expect\("SECRET is not set"\)\.to_string\(\);/);
      assert.ok(!out.includes(TOKEN));
      if (!has('rustc')) return this.skip();
      this.timeout(60000);
      execFileSync('rustc', [
        '--edition',
        '2021',
        '--crate-type',
        'lib',
        '--emit=metadata',
        '-o',
        path.join(tmp, 'consts.rmeta'),
        writeTemp('consts.rs', out),
      ]);
    });
  });

  describe('ignore comment', () => {
    it('goes on its own line above, indented, in the language comment syntax', () => {
      const py = `def f():\n    key = "${TOKEN}"\n`;
      assert.equal(
        applyEdits(py, [ignoreFix(py, 'python', { start: py.indexOf(TOKEN), ruleId: 'generic-api-key' })!]),
        `def f():\n    # keywarden:ignore generic-api-key\n    key = "${TOKEN}"\n`,
      );
      const ts = `  const k = "${TOKEN}";\n`;
      assert.match(
        applyEdits(ts, [ignoreFix(ts, 'typescript', { start: ts.indexOf(TOKEN), ruleId: 'r' })!]),
        /^ {2}\/\/ keywarden:ignore r\n/,
      );
      const md = `token: ${TOKEN}\n`;
      assert.match(
        applyEdits(md, [ignoreFix(md, 'markdown', { start: md.indexOf(TOKEN), ruleId: 'r' })!]),
        /^<!-- keywarden:ignore r -->\n/,
      );
      assert.equal(ignoreFix('{"k": "v"}', 'json', { start: 7, ruleId: 'r' }), undefined);
    });
  });
});
