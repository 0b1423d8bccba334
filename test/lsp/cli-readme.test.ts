/**
 * Every option the CLI's own help lists is in the README's CLI section, so a new flag does not
 * ship undocumented. The help comes from the bundle a user runs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

describe('README documents the CLI', () => {
  it('mentions every option of `keywarden --help`', () => {
    const help = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    const options = [...new Set([...help.matchAll(/^\s+(?:-[a-z], )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]))];
    assert.ok(options.length >= 10, `only ${options.length} options found in the help: ${options.join(' ')}`);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const cli = readme.slice(readme.indexOf('## CLI'), readme.indexOf('\n## ', readme.indexOf('## CLI') + 1));
    assert.deepEqual(
      options.filter((o) => !new RegExp(`${o}(?![a-z-])`).test(cli)),
      [],
    );
  });
});
