/**
 * `keywarden scan --verify` as a user runs it (the dist/cli.js bundle), with every provider check
 * sent to a loopback stand-in by the test harness (KEYWARDEN_VERIFY_TEST_ORIGIN, honoured only
 * on 127.0.0.1) and platform keys checked only at a --verify-host Engine stand-in.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startIssuers, type IssuerStandIn } from '../servers/issuers';
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { git } from '../fixtures/gitRepo';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const alnum = (n: number) =>
  Array.from(randomBytes(n), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');

/** Async: the stand-ins answer from this process, so the CLI must not block it. */
function run(
  cwd: string,
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('keywarden scan --verify (CLI)', () => {
  let dir: string;
  let issuers: IssuerStandIn;
  let engine: ArthurEngine;
  let named: ArthurEngine;
  let env: Record<string, string>;
  const GITHUB = `ghp_${alnum(36)}`;
  const OPENAI = `sk-proj-${alnum(60)}`;
  const PASSWORD = 'Zr7!pQ2vLx9wT4sN';
  let arthurKey: string;
  const secrets = () => [GITHUB, OPENAI, PASSWORD, arthurKey];

  before(async () => {
    issuers = await startIssuers();
    engine = await startArthurEngine();
    named = await startArthurEngine();
    env = { KEYWARDEN_VERIFY_TEST_ORIGIN: issuers.url };
    arthurKey = engine.mintKey(['VALIDATION-USER']).key;
    // The file names another Engine that also knows the key: the CLI must never send it there.
    named.keys.set('copy', { ...[...engine.keys.values()][0] });
    dir = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-verify-'));
    writeFileSync(path.join(dir, 'ci.sh'), `export GITHUB_TOKEN=${GITHUB}\n`);
    writeFileSync(path.join(dir, 'ai.py'), `openai_api_key = "${OPENAI}"\n`);
    writeFileSync(path.join(dir, 'settings.yaml'), `db:\n  password: ${PASSWORD}\n`);
    writeFileSync(path.join(dir, 'engine.py'), `API_URL = "${named.url}"\nclient_key = "${arthurKey}"\n`);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await issuers.close();
    await engine.close();
    await named.close();
  });
  beforeEach(() => {
    issuers.live.clear();
    issuers.live.add(GITHUB);
    issuers.requests.length = 0;
    engine.requests.length = 0;
    named.requests.length = 0;
  });
  const noSecrets = (out: string) => {
    for (const s of secrets()) assert.ok(!out.includes(s.slice(4)), 'a secret was printed');
  };

  it('JSON says live / revoked / unknown with where it was checked; a live key is an error', async () => {
    const { code, stdout, stderr } = await run(dir, env, 'scan', '.', '--verify', '--format', 'json');
    assert.equal(code, 1, stderr);
    const byRule = Object.fromEntries((JSON.parse(stdout) as Record<string, unknown>[]).map((f) => [f.ruleId, f]));
    assert.deepEqual(
      [byRule['github-token'].verified, byRule['github-token'].verifiedAt, byRule['github-token'].severity],
      ['live', 'api.github.com', 'error'],
    );
    assert.deepEqual([byRule['openai-api-key'].verified, byRule['openai-api-key'].verifiedAt], ['revoked', 'api.openai.com']);
    assert.equal(byRule['generic-password'].verified, 'unknown');
    assert.match(String(byRule['generic-password'].verifiedWhy), /cannot check this kind of key/);
    assert.equal(byRule['arthur-engine-api-key'].verified, 'unknown');
    assert.match(String(byRule['arthur-engine-api-key'].verifiedWhy), /no Arthur Engine address given \(--verify-host URL\)/);
    assert.deepEqual(issuers.requests.sort(), ['GET /api.github.com/user', 'GET /api.openai.com/v1/models']);
    assert.deepEqual(named.requests, [], 'the Engine named in the file was not contacted');
    noSecrets(stdout + stderr);
  });

  it('an Arthur key is checked only at the --verify-host Engine, never at the one the file names', async () => {
    const { stdout, stderr } = await run(dir, env, 'scan', 'engine.py', '--verify', '--verify-host', engine.url, '--format', 'json');
    const [f] = JSON.parse(stdout) as Record<string, unknown>[];
    assert.deepEqual([f.verified, f.verifiedAt], ['live', new URL(engine.url).host], stderr);
    assert.ok(engine.requests.length > 0);
    assert.deepEqual(named.requests, []);
  });

  it('an AWS key id and its secret key written together are checked as one pair at STS, both findings live', async () => {
    const id = `AKIA${Array.from(randomBytes(16), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('')}`;
    const secret = alnum(40);
    const sub = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-verify-aws-'));
    try {
      writeFileSync(path.join(sub, 'credentials.ini'), `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
      issuers.awsSecrets.set(id, { secretAccessKey: secret });
      issuers.live.add(id);
      const { stdout, stderr } = await run(sub, env, 'scan', '.', '--verify', '--format', 'json');
      const found = JSON.parse(stdout) as Record<string, unknown>[];
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.verified, f.verifiedAt]).sort(),
        [
          ['aws-access-key-id', 'live', 'sts.amazonaws.com'],
          ['aws-secret-access-key', 'live', 'sts.amazonaws.com'],
        ],
        stderr,
      );
      assert.deepEqual(issuers.requests, ['GET /sts.amazonaws.com/'], 'one signed request for the pair');
      assert.ok(!(stdout + stderr).includes(secret.slice(4)) && !(stdout + stderr).includes(id.slice(4)));
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('SARIF carries verified in properties; text output shows it', async () => {
    const sarif = await run(dir, env, 'scan', '.', '--verify', '--format', 'sarif');
    const results = (
      JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string; properties?: Record<string, string> }[] }[] }
    ).runs[0].results;
    const gh = results.find((r) => r.ruleId === 'github-token')!;
    assert.deepEqual([gh.level, gh.properties?.verified, gh.properties?.verifiedAt], ['error', 'live', 'api.github.com']);
    assert.equal(results.find((r) => r.ruleId === 'openai-api-key')!.properties?.verified, 'revoked');
    const text = await run(dir, env, 'scan', '.', '--verify');
    assert.match(text.stdout, /ci\.sh:1:\d+ .*\[LIVE at api\.github\.com: rotate it now\]/);
    assert.match(text.stdout, /ai\.py:1:\d+ .*\[no longer works at api\.openai\.com: remove it from the code and history\]/);
    assert.match(text.stdout, /settings\.yaml:2:\d+ .*\[could not check: KeyWarden cannot check this kind of key\]/);
    noSecrets(sarif.stdout + text.stdout);
  });

  it('--fail-on live exits 1 only when a key is live', async () => {
    assert.equal((await run(dir, env, 'scan', '.', '--verify', '--fail-on', 'live')).code, 1);
    issuers.live.clear();
    const none = await run(dir, env, 'scan', '.', '--verify', '--fail-on', 'live');
    assert.equal(none.code, 0, none.stdout);
    assert.match(none.stdout, /4 hard-coded secrets/);
    assert.equal((await run(dir, env, 'scan', '.')).code, 1, 'without --fail-on live any finding fails');
  });

  it('without --verify nothing is sent and no verdict is reported; --fail-on live needs --verify', async () => {
    const { stdout } = await run(dir, env, 'scan', '.', '--format', 'json');
    assert.ok((JSON.parse(stdout) as Record<string, unknown>[]).every((f) => !('verified' in f)));
    assert.deepEqual(issuers.requests, []);
    const bad = await run(dir, env, 'scan', '.', '--fail-on', 'live');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on live needs --verify/);
  });

  it('a test origin that is not 127.0.0.1 sends nothing anywhere: every check is unknown', async () => {
    const { stdout } = await run(
      dir,
      { KEYWARDEN_VERIFY_TEST_ORIGIN: 'http://localhost.invalid:1' },
      'scan',
      'ci.sh',
      '--verify',
      '--format',
      'json',
    );
    const [f] = JSON.parse(stdout) as Record<string, unknown>[];
    assert.equal(f.verified, 'unknown');
    assert.match(String(f.verifiedWhy), /127\.0\.0\.1/);
  });

  it("--verify on the repository's own corpus (rule examples, demo) contacts nothing but the loopback stand-in", async () => {
    const root = path.join(__dirname, '..', '..');
    const preload = path.join(root, 'test', 'fixtures', 'loopbackOnly.cjs');
    const { code, stdout, stderr } = await run(
      root,
      { ...env, NODE_OPTIONS: `--require ${preload}` },
      'scan',
      'server/src/core/rules',
      'demo',
      '--verify',
      '--no-baseline',
      '--format',
      'json',
      '--jobs',
      '1',
    );
    assert.equal(code, 1, stderr);
    assert.doesNotMatch(stderr, /NON-LOOPBACK/);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    const checked = findings.filter((f) => f.verifiedAt);
    assert.ok(checked.length >= 5, `only ${checked.length} keys were checked`);
    assert.ok(issuers.requests.length >= 5 && issuers.requests.length <= 30, `${issuers.requests.length} requests`);
    assert.ok(
      findings.every((f) => f.verified === 'revoked' || f.verified === 'unknown'),
      'the corpus holds no live key',
    );
  });

  it('--staged and --git check the staged text and the added lines, not the working tree', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'keywarden-cli-verify-git-'));
    try {
      git(repo, 'init', '-q', '-b', 'main');
      writeFileSync(path.join(repo, 'ci.sh'), `# setup\nexport GITHUB_TOKEN=${GITHUB}\n`);
      git(repo, 'add', 'ci.sh');
      // The working tree no longer holds the key: only the staged text can give its value.
      writeFileSync(path.join(repo, 'ci.sh'), '# setup\n');
      const staged = await run(repo, env, 'scan', '--staged', '--verify', '--format', 'json');
      const [s1] = JSON.parse(staged.stdout) as Record<string, unknown>[];
      assert.deepEqual([s1.verified, s1.verifiedAt], ['live', 'api.github.com'], staged.stderr);
      git(repo, 'commit', '-q', '-m', 'add ci');
      const history = await run(repo, env, 'scan', '--git', 'HEAD', '--verify', '--format', 'json');
      const [h1] = JSON.parse(history.stdout) as Record<string, unknown>[];
      assert.deepEqual([h1.line, h1.verified], [2, 'live'], history.stderr);
      noSecrets(staged.stdout + history.stdout);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
