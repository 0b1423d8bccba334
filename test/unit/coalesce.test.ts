/**
 * The accounts' one refresh trigger (SecretStorage.onDidChange) fires once per stored secret: a
 * sign-in that stores three secrets must not give three overlapping refreshes, and the last
 * refresh must read what was stored last (terminals never keep a stale set).
 */
import assert from 'node:assert/strict';
import { Coalesced } from '../../client/src/accounts/coalesce';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('Coalesced (the accounts refresh)', () => {
  it('folds a burst of requests into one more run, which sees the latest state', async () => {
    let state = 0;
    const seen: number[] = [];
    let running = 0;
    let overlapped = false;
    const c = new Coalesced(
      async () => {
        running++;
        overlapped ||= running > 1;
        const read = state;
        await tick();
        seen.push(read);
        running--;
      },
      (err) => assert.fail(String(err)),
    );
    state = 1;
    const first = c.request();
    state = 2;
    void c.request();
    state = 3;
    const last = c.request();
    await Promise.all([first, last]);
    assert.equal(overlapped, false, 'two runs at once');
    assert.deepEqual(seen, [1, 3], 'one run for the first request, one for the two during it, reading the latest state');
  });

  it('runs again for a request after the previous run ended, and goes on after a failing run', async () => {
    let runs = 0;
    const errors: unknown[] = [];
    const c = new Coalesced(
      async () => {
        runs++;
        if (runs === 1) throw new Error('secret storage unavailable');
      },
      (err) => errors.push(err),
    );
    await c.request();
    await c.request();
    assert.equal(runs, 2);
    assert.equal(errors.length, 1);
  });
});
