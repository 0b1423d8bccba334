/**
 * The .env writer behind "Also write to .env" and Manage stored variables → Write to .env, on
 * real files in throwaway folders and git repositories: the dotenv forms people write are
 * recognised (no duplicates), another value is never replaced unless the user agreed, and a
 * .env that git tracks is never written.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'dotenv';
import { conflicts, DotEnvRefused, dotenvValue, readDotEnv, writeDotEnv } from '../../client/src/dotenv/file';
import { git } from '../fixtures/gitRepo';

const SECRET = 'Zr7!pQ2vLx9wT4sN';

describe('.env writer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-dotenv-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const envText = () => readFileSync(path.join(dir, '.env'), 'utf8');

  it('never overwrites a value the file already sets, unless asked to', async () => {
    writeFileSync(path.join(dir, '.env'), 'DB_PASSWORD=my-local-dev-password\n');
    const state = await readDotEnv(dir);
    assert.deepEqual(conflicts(state, [{ envVar: 'DB_PASSWORD', value: SECRET }]), ['DB_PASSWORD']);
    const kept = await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }]);
    assert.deepEqual(kept.kept, ['DB_PASSWORD']);
    assert.equal(envText(), 'DB_PASSWORD=my-local-dev-password\n');
    const replaced = await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }], new Set(['DB_PASSWORD']));
    assert.deepEqual(replaced.written, ['DB_PASSWORD']);
    assert.equal(parse(envText()).DB_PASSWORD, SECRET);
    assert.equal(
      envText()
        .split('\n')
        .filter((l) => l.includes('DB_PASSWORD')).length,
      1,
    );
  });

  it('recognises NAME = value, export, quotes and comments: no duplicate is added', async () => {
    const forms = [
      'DB_PASSWORD = my-local-dev-password',
      'export DB_PASSWORD=my-local-dev-password',
      'DB_PASSWORD="my-local-dev-password" # local only',
      "  DB_PASSWORD = 'my-local-dev-password'",
      'DB_PASSWORD: my-local-dev-password',
    ];
    for (const line of forms) {
      const before = `# settings\nAPI_URL=http://localhost:3030\n${line}\nOTHER="a # not a comment"\n`;
      writeFileSync(path.join(dir, '.env'), before);
      assert.deepEqual(conflicts(await readDotEnv(dir), [{ envVar: 'DB_PASSWORD', value: SECRET }]), ['DB_PASSWORD'], line);
      const same = await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: 'my-local-dev-password' }]);
      assert.deepEqual(same.unchanged, ['DB_PASSWORD'], line);
      assert.equal(envText(), before, `${line}: the file is untouched`);
      await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }], new Set(['DB_PASSWORD']));
      const after = envText();
      assert.deepEqual(parse(after), { API_URL: 'http://localhost:3030', DB_PASSWORD: SECRET, OTHER: 'a # not a comment' }, line);
      assert.equal((after.match(/DB_PASSWORD/g) ?? []).length, 1, `${line}: one assignment, replaced in place:\n${after}`);
      assert.ok(after.startsWith('# settings\nAPI_URL=http://localhost:3030\n'), after);
    }
  });

  it('replaces a multi-line quoted value whole, and appends new names', async () => {
    writeFileSync(path.join(dir, '.env'), 'KEY="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1');
    await writeDotEnv(
      dir,
      [
        { envVar: 'KEY', value: 'short' },
        { envVar: 'NEW_ONE', value: "it's home" },
      ],
      new Set(['KEY']),
    );
    assert.deepEqual(parse(envText()), { KEY: 'short', NEXT: '1', NEW_ONE: "it's home" });
  });

  it('writes values so dotenv reads them back unchanged; refuses the ones it cannot', async () => {
    for (const v of ['plain-Value_1', 'a b#c', 'with $DOLLAR and "quotes"', "it's", 'two\nlines']) {
      const rhs = dotenvValue(v);
      assert.ok(rhs !== undefined, v);
      assert.equal(parse(`X=${rhs}\n`).X, v, `${v} as ${rhs}`);
    }
    assert.equal(dotenvValue(`it's "both"`), undefined);
    await assert.rejects(writeDotEnv(dir, [{ envVar: 'X', value: `it's "both"` }]), DotEnvRefused);
  });

  it('creates .env readable by the owner only, and adds it to .gitignore', async () => {
    git(dir, 'init', '-q');
    const r = await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }]);
    assert.equal(r.ignoreAdded, true);
    assert.equal(statSync(path.join(dir, '.env')).mode & 0o777, 0o600);
    assert.equal(git(dir, 'check-ignore', '.env').trim(), '.env');
    assert.equal((await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }])).ignoreAdded, false);
  });

  it('refuses a .env that git tracks, even when .gitignore lists it, and says why', async () => {
    git(dir, 'init', '-q');
    writeFileSync(path.join(dir, '.env'), 'API_URL=http://localhost:3030\n');
    git(dir, 'add', '.env');
    writeFileSync(path.join(dir, '.gitignore'), '.env\n');
    assert.equal((await readDotEnv(dir)).tracked, true);
    await assert.rejects(writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }]), (err: Error) => {
      assert.ok(err instanceof DotEnvRefused);
      assert.match(
        err.message,
        /git tracks \.env, so a secret written there would go into your next commit\. Adding \.env to \.gitignore does not untrack.*git rm --cached \.env/,
      );
      return true;
    });
    assert.equal(envText(), 'API_URL=http://localhost:3030\n');
    git(dir, 'rm', '-q', '--cached', '.env');
    assert.deepEqual((await writeDotEnv(dir, [{ envVar: 'DB_PASSWORD', value: SECRET }])).written, ['DB_PASSWORD']);
  });
});
