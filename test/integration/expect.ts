import assert from 'node:assert/strict';
import { PlatformError } from '../../common/api/http';

/** Asserts that `p` rejects with a PlatformError of `kind` whose message matches; returns it. */
export async function rejectsWith(p: Promise<unknown>, kind: PlatformError['kind'], message: RegExp): Promise<PlatformError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof PlatformError, `expected a PlatformError, got ${err}`);
    assert.equal(err.kind, kind, err.message);
    assert.match(err.message, message);
    return err;
  }
  assert.fail('expected a rejection');
}
