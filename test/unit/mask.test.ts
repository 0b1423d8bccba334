/**
 * The one masking helper (common/mask.ts): how much of a value may be shown, and the
 * redaction of server replies that echo a credential.
 */
import assert from 'node:assert/strict';
import { MASK_MAX_SHOWN, MASK_MIN_LENGTH, maskedLength, maskSecret, redactSecrets } from '../../common/mask';
import { scan } from '../../server/src/core';

describe('masking: never more than 4 characters and a quarter of a value, none under 8', () => {
  it('shows nothing of short values', () => {
    for (const v of ['', 'a', 'Zx9q', 'Zx9qW7', 'Zx9qW7k']) assert.equal(maskSecret(v), '…', v);
  });

  it('shows a quarter of mid-length values, 4 characters of long ones', () => {
    assert.equal(maskSecret('Zx9qW7kP'), 'Zx…');
    assert.equal(maskSecret('Zx9qW7kPa1b'), 'Zx…');
    assert.equal(maskSecret('Zx9qW7kPa1b2'), 'Zx9…');
    assert.equal(maskSecret('Zx9qW7kPa1b2c3d4'), 'Zx9q…');
    assert.equal(maskSecret('x'.repeat(400)), 'xxxx…');
  });

  it('holds the rule for every length and counts characters, not UTF-16 units', () => {
    for (let n = 0; n <= 64; n++) {
      const v = 'ab€😀'.repeat(16).slice(0, n);
      const chars = [...v].length;
      const shown = [...maskSecret(v)].length - 1;
      assert.ok(shown <= MASK_MAX_SHOWN && shown <= chars / 4, `${n}: ${shown} of ${chars}`);
      if (chars < MASK_MIN_LENGTH) assert.equal(shown, 0);
      assert.equal(shown, maskedLength(chars));
    }
  });

  it('keeps a masked value on one line', () => {
    assert.equal(maskSecret('a\nb\tcd\u0007efghijklmnop'), 'a b …');
  });

  it('a finding of a short password shows none of it', () => {
    const [f] = scan('db:\n  password: Zx9q\n', { path: 'settings.yaml' }).findings;
    assert.equal(f.masked, '…');
  });
});

describe('redactSecrets: a server reply that echoes a credential', () => {
  const key = 'Ab3dEf6hIj.k1M2n3O4p5Q6r7S8t9U0v';
  it('replaces the credential by its mask', () => {
    assert.equal(redactSecrets(`Invalid API key ${key} for org-1`, [key]), `Invalid API key ${maskSecret(key)} for org-1`);
  });

  it('hides any run of 8 or more characters of it (a partial echo)', () => {
    const out = redactSecrets(`key k1M2n3O4p5Q6 is revoked; ${key.slice(0, 20)}`, [key]);
    assert.equal(out, 'key … is revoked; …');
  });

  it('leaves other text and short secrets alone, and bounds the work', () => {
    assert.equal(redactSecrets('Not authorized for organization org-2', [key, 'abc', undefined]), 'Not authorized for organization org-2');
    const long = redactSecrets('y'.repeat(1_000_000), [key]);
    assert.ok(long.length <= 2001);
  });
});
