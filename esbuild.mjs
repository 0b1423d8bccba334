// Builds the three bundles: the extension (client), the language server and the CLI.
// `--watch` rebuilds on change; `--production` minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import { readFileSync } from 'fs';
import { readFile } from 'fs/promises';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * Each rule file carries must/must-not examples: fake keys that only the unit tests read. They
 * stay out of the bundles, so the shipped extension holds no key-shaped strings (and vsce's own
 * secret check passes without exemptions).
 */
const EXAMPLES = /^ {2}(mustMatch|mustNotMatch): \[\n[\s\S]*?\n {2}\],$/gm;
/** @type {import('esbuild').Plugin} */
const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(EXAMPLES, '  $1: [],'), loader: 'ts' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  plugins: [stripRuleExamples],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  // Warnings and errors only: esbuild's own summary flags any file over 1 MB with ⚠️, and the
  // extension bundle (vscode-languageclient, openid-client) is 1.1 MB by design; sizes are
  // printed below instead.
  logLevel: 'warning',
  metafile: true,
  // openid-client v6 is ESM-only; bundling it into CommonJS is what makes it loadable here.
  mainFields: ['module', 'main'],
  define: { KEYWARDEN_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', scanWorker: 'server/src/lsp/scanWorker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching client, server and cli');
} else {
  const started = Date.now();
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  const outputs = results.flatMap((r) => Object.entries(r.metafile.outputs).filter(([file]) => file.endsWith('.js')));
  const sizes = outputs.map(([file, o]) => `${file} ${(o.bytes / 1024).toFixed(0)} kB`).join(', ');
  console.log(`[build] ${sizes} (${Date.now() - started} ms${production ? ', minified' : ''})`);
}
