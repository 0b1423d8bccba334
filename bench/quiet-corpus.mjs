#!/usr/bin/env node
/**
 * `node bench/quiet-corpus.mjs`: fetches the quiet corpus, ordinary open-source code with no
 * secrets meant to be in it, into bench/quiet-corpus/ (git-ignored, never committed). It is what
 * `npm run bench` measures false alarms on (findings per 10 MB; reviewed in docs/quiet-corpus.md).
 *
 * Every artifact is pinned by version and by the SHA-256 of the downloaded file, so anyone on a
 * machine that reaches the npm registry and a Debian 12 (bookworm) mirror rebuilds the same bytes:
 * `npm pack <name>@<version>` for npm packages, `apt-get download <pkg>=<version>` + `dpkg-deb -x`
 * for Debian ones. Existing artifacts are kept (delete the folder to refetch).
 *
 *   node bench/quiet-corpus.mjs [--dir DIR] [--check]   (--check: only verify what is there)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argDir = process.argv.indexOf('--dir');
export const QUIET_DIR = argDir > 0 ? path.resolve(process.argv[argDir + 1]) : path.join(HERE, 'quiet-corpus');

/**
 * The corpus: [source, name, version, sha256 of the downloaded .tgz/.deb, what it brings].
 * Languages: TypeScript/JavaScript, CloudFormation JSON, Python, Go, Ruby, Rust.
 */
export const ARTIFACTS = [
  [
    'npm',
    '@tanstack/query-core',
    '5.90.2',
    'e64f205c927de2e109b9bb3ec76834f5d3486f7c46d2e4d872ca3453ca80d454',
    'React Query core: query keys, cache keys',
  ],
  ['npm', '@tanstack/react-query', '5.90.2', '42e4007ed40b365bd0c68b7dcea4b629806b62ebb0f77540158a81316f429fc5', 'React Query for React'],
  ['npm', 'typescript', '5.9.3', '10e108c9cf7d5f2879053dff18515fb405abf2ccef63eaaf017d9c571687a1d3', "TypeScript's compiler and lib .d.ts"],
  [
    'npm',
    'aws-cdk-lib',
    '2.176.0',
    '2dbb16fd5c827227bfa9745f1086ca3225c5bded017e57e03bade715995d931f',
    'AWS CDK: CloudFormation resources and templates',
  ],
  [
    'npm',
    '@kubernetes/client-node',
    '1.3.0',
    'c78c158f78e7c28bad3feee10af4c7178df33fe8461de48d634e3bfecaab5cdf',
    'Kubernetes client: generated models, label keys',
  ],
  [
    'npm',
    '@aws-sdk/client-secrets-manager',
    '3.758.0',
    'f980637066472d6caf4db01d94677e7daca5fe9bc0b07c53f5e105e67ad65f00',
    'AWS SDK v3: secret-shaped names everywhere',
  ],
  [
    'deb',
    'python3-django',
    '3:3.2.25-0+deb12u7',
    '9ad8ed29d9026207970777e194f658c39b3a7a96a932967f043503fc25bdc319',
    'Django: auth, sessions, password hashers',
  ],
  [
    'deb',
    'python3-botocore',
    '1.29.27+repack-1',
    '72802baa29e20716e3a591b39b03dea0ab24ad9d938f7498a04c365d3803c1b7',
    'botocore: service models (JSON), credential code',
  ],
  [
    'deb',
    'python3-sqlalchemy',
    '1.4.46+ds1-1',
    '141f3ed680b5de944c82aff900b1aeb4909a5d17ee0ddd3d697e250b5f765468',
    'SQLAlchemy: database URLs, dialects',
  ],
  [
    'deb',
    'python3-requests',
    '2.28.1+dfsg-1',
    'c75b5c05d8d4a813bd83c3d432ffe65a2ca13e771bc91d4b9787690097598603',
    'requests: auth, sessions',
  ],
  ['deb', 'python3-sklearn', '1.2.1+dfsg-1', 'ca0c6be401d14871c7e93cfdd8d1f561595dc65e6e2ad2501d568aee7f7efc58', 'scikit-learn: ML code'],
  [
    'deb',
    'golang-github-aws-aws-sdk-go-dev',
    '1.44.133-1',
    'e905654da1859143638b91babf7a37e52668a6b6ad9ddb170a08e07412d3f48e',
    'AWS SDK for Go: Go sources, credential providers',
  ],
  [
    'deb',
    'golang-github-prometheus-client-golang-dev',
    '1.14.0-3',
    'b95081bf869abc26d70ba2a1dfd9d0ac6675b6ac95c9ffa6e25971ee862e7016',
    'Prometheus Go client',
  ],
  [
    'deb',
    'ruby-activerecord',
    '2:6.1.7.10+dfsg-1~deb12u4',
    '26b3d6f69815ba47be52f15a00f34c575a3f1f9851adc931373e41344434571f',
    'Rails Active Record (Ruby)',
  ],
  [
    'deb',
    'ruby-actionpack',
    '2:6.1.7.10+dfsg-1~deb12u4',
    '262bc355d5e93bbb997d5bb15052bd723206331922d0f12077ba3dff0371e236',
    'Rails Action Pack (Ruby): CSRF, cookies, HTTP auth',
  ],
  ['deb', 'ruby-aws-sdk-core', '3.168.1-2', '8cbe3f7051c87a32d6a724b45611f52d90532d519ac3d3a7a686999f95598d28', 'AWS SDK for Ruby core'],
  ['deb', 'librust-tokio-dev', '1.24.2-1', '8b6d6c9cbfcf1980136c4a1472c31053c3282bcd905b73f5201292c62fb5f873', 'tokio (Rust sources)'],
  ['deb', 'librust-regex-dev', '1.7.1-1', '9b8c87bb5aa87c0095f4cc36ed829c80e815c2f71337325bd6e25f8de1fba7f7', 'regex (Rust sources)'],
];

const slug = (name, version) => `${name.replace(/^@/, '').replace(/\//g, '__')}@${version.replace(/[:~+]/g, '_')}`;

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fetchOne([source, name, version, want], tmp) {
  const dest = path.join(QUIET_DIR, source, slug(name, version));
  if (fs.existsSync(path.join(dest, '.complete'))) return { dest, cached: true };
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  let file;
  if (source === 'npm') {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', tmp, '--silent'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    file = path.join(tmp, out);
  } else {
    execFileSync('apt-get', ['download', `${name}=${version}`], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    file = path.join(
      tmp,
      fs.readdirSync(tmp).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb')),
    );
  }
  const got = sha256(file);
  if (want && got !== want)
    throw new Error(`${name}@${version}: sha256 ${got}, pinned ${want} (the registry or mirror serves other bytes)`);
  if (source === 'npm') execFileSync('tar', ['-xzf', file, '-C', dest]);
  else execFileSync('dpkg-deb', ['-x', file, dest]);
  fs.rmSync(file);
  fs.writeFileSync(path.join(dest, '.complete'), `${got}\n`);
  return { dest, cached: false, sha256: got };
}

function bytesUnder(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  return total;
}

function main() {
  const check = process.argv.includes('--check');
  fs.mkdirSync(QUIET_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keywarden-quiet-'));
  let total = 0;
  try {
    for (const a of ARTIFACTS) {
      const [source, name, version, want] = a;
      const dest = path.join(QUIET_DIR, source, slug(name, version));
      if (check) {
        const mark = path.join(dest, '.complete');
        const ok = fs.existsSync(mark) && (!want || fs.readFileSync(mark, 'utf8').trim() === want);
        console.log(`${ok ? 'ok     ' : 'MISSING'} ${source} ${name}@${version}`);
        if (ok) total += bytesUnder(dest);
        continue;
      }
      const r = fetchOne(a, tmp);
      const mb = bytesUnder(r.dest) / 1e6;
      total += mb * 1e6;
      console.log(
        `${r.cached ? 'kept   ' : 'fetched'} ${source} ${name}@${version}  ${mb.toFixed(1)} MB${r.sha256 && !want ? `  sha256 ${r.sha256} (not pinned yet)` : ''}`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`quiet corpus: ${(total / 1e6).toFixed(1)} MB in ${QUIET_DIR}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
