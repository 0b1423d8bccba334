/**
 * The README is the user's reference: every setting and every palette command must be in its
 * tables, taken from the one table each lives in (common/), so a new setting or command cannot
 * ship undocumented and a removed one cannot linger.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Commands, COMMAND_CATEGORY } from '../../common/commands';
import { SETTINGS_SECTION, SettingSpecs } from '../../common/settings';
import { COMMITTED_HELP } from '../../server/src/lsp/findings';

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
function block(name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  assert.ok(start >= 0 && end > start, `README has no ${name}:start/${name}:end markers`);
  return readme.slice(start, end);
}

describe('README lists what a user can set and run', () => {
  it('has one row per setting of common/settings.ts, and no other', () => {
    const listed = [...block('settings').matchAll(/^\| `([a-zA-Z0-9.]+)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(
      listed,
      Object.keys(SettingSpecs)
        .map((k) => `${SETTINGS_SECTION}.${k}`)
        .sort(),
    );
  });

  it('has one row per palette command of common/commands.ts, with its title, and no other', () => {
    const listed = [...block('commands').matchAll(/^\| ([^|]+?) \|/gm)]
      .map((m) => m[1])
      .filter((t) => t !== 'Command')
      .sort();
    const expected = Object.values(Commands)
      .filter((c) => c.palette)
      .map((c) => `${COMMAND_CATEGORY}: ${c.title}`)
      .sort();
    assert.deepEqual(listed, expected);
  });

  it('has the section that committed and pushed findings link to', () => {
    const anchor = new URL(COMMITTED_HELP).hash.slice(1);
    assert.ok(anchor, COMMITTED_HELP);
    assert.match(readme, new RegExp(`<a id="${anchor}"></a>\\s*\\n## Committed secrets`));
  });
});
