/**
 * The layers import downwards only: the client (dist/client.js) builds on common/ alone, the
 * server never reaches into the client, and common/ into neither. (The core's own, stricter rule
 * is core-purity.test.ts; cycles are cycles.test.ts.)
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { sourceFiles, specifiersOf } from './imports';

const ROOT = path.join(__dirname, '../..');

/** Relative imports of the files under `from` that land under one of `forbidden`, as "file: specifier". */
function crossings(from: string, forbidden: readonly string[]): string[] {
  return sourceFiles(path.join(ROOT, from)).flatMap((file) =>
    specifiersOf(file, fs.readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .filter((spec) => {
        const target = path
          .relative(ROOT, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/');
        return forbidden.some((f) => target === f || target.startsWith(`${f}/`));
      })
      .map((spec) => `${path.relative(ROOT, file).split(path.sep).join('/')}: ${spec}`),
  );
}

describe('layers', () => {
  it('the client imports nothing from server/: what it shares with the server lives in common/', () => {
    assert.deepEqual(crossings('client/src', ['server']), []);
  });

  it('the server imports nothing from the client', () => {
    assert.deepEqual(crossings('server/src', ['client']), []);
  });

  it('common/ imports neither the client nor the server', () => {
    assert.deepEqual(crossings('common', ['client', 'server']), []);
  });
});
