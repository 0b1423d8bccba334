// Builds the three bundles: the extension (client), the language server and the CLI.
// `--watch` rebuilds on change; `--production` minifies and drops sourcemaps.
// Rule examples (fake keys) live in server/src/core/rules/<id>.examples.ts, which only the tests
// import, so no bundle holds them (test/unit/bundle-examples.test.ts checks).
import * as esbuild from 'esbuild';
import { readFileSync } from 'fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
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
  { ...common, entryPoints: { server: 'server/src/lsp/server.ts', scanWorker: 'server/src/lsp/scanWorker.ts' }, outdir: 'dist' },
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
