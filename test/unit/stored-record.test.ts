/**
 * What every provider reads back from SecretStorage goes through parseRecord: a record of an
 * older version, a half-written value or another shape means "signed out", never a crash or a
 * credential of the wrong shape in a terminal.
 */
import assert from 'node:assert/strict';
import { hasStrings, parseRecord } from '../../client/src/providers/storedAccount';

const isKeyAtUrl = (v: unknown): v is { key: string; url: string } => hasStrings(v, 'key', 'url');

describe('stored provider records', () => {
  it('reads a record of the expected shape back as it was stored', () => {
    const stored = { key: 'k'.repeat(12), url: 'https://example.test', storedAt: '2026-01-01T00:00:00Z' };
    assert.deepEqual(parseRecord(JSON.stringify(stored), isKeyAtUrl), stored);
  });

  it('takes nothing, unreadable text, JSON null, arrays and records missing a field for "signed out"', () => {
    for (const raw of [undefined, '', '{"key":', 'null', '[]', '"text"', '{"key":"k"}', '{"key":1,"url":"u"}']) {
      assert.equal(parseRecord(raw, isKeyAtUrl), undefined, String(raw));
    }
  });
});
