/** The platforms table (common/platforms.ts): findings carry their platform from it, never from a variable's prefix. */
import { strict as assert } from 'assert';
import { PLATFORMS, platformOfVariable } from '../../common/platforms';
import { scan } from '../../server/src/core';
import { ALL_RULES } from '../../server/src/core/rules';

// Fake but well-formed: base64("<uuid>:<43 url-safe chars>"), the Arthur Engine key format.
const ARTHUR_KEY = Buffer.from('8c1f5a2e-7d4b-4f3a-9e6c-2b1d0a9f8e7d:Xk3vQ9mLp2Rt8Wy4Un6Bq1Sd7Fh0Jk5Gc3Ea9Xv2ZmQ').toString('base64');
const TOKEN = ['Qm9vdF', 'h7Kp2Lx', '9Vr4Tz8Nw'].join('');

describe('platforms table', () => {
  it("a platform rule's finding carries its platform", () => {
    const [f] = scan(`from arthur_client import Engine\nclient = Engine(api_key="${ARTHUR_KEY}")\n`, { path: 'app.py' }).findings;
    assert.equal(f.platform, 'arthur');
  });

  it('a generic key in a file about one platform carries that platform, with its key variable', () => {
    const [f] = scan(`from h2ogpte import H2OGPTE\napi_key = "${TOKEN}"\n`, { path: 'app.py' }).findings;
    assert.equal(f.envVar, 'H2OGPTE_API_KEY');
    assert.equal(f.platform, 'h2ogpte');
  });

  it("a name that merely starts like a platform's variable is no platform's key", () => {
    const [f] = scan(`WHYLABS_NOTES_PASSWORD = "${TOKEN}"\n`, { path: 'app.py' }).findings;
    assert.equal(f?.envVar, 'WHYLABS_NOTES_PASSWORD');
    assert.equal(f.platform, undefined);
    assert.equal(platformOfVariable('WHYLABS_NOTES_PASSWORD'), undefined);
  });

  it("every rule's platform and every variable belong to one row", () => {
    const ids = new Set(PLATFORMS.map((p) => p.id));
    for (const r of ALL_RULES) if (r.platform) assert.ok(ids.has(r.platform), r.id);
    const vars = PLATFORMS.flatMap((p) => p.env);
    assert.equal(new Set(vars).size, vars.length, 'no variable in two rows');
    for (const p of PLATFORMS) assert.ok(p.env.includes(p.keyVar), p.id);
  });
});
