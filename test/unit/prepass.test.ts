/**
 * The keyword automaton that gates every rule: it must find exactly what a naive search of the
 * lower-cased text finds (every occurrence, overlapping ones included), whatever the case and
 * whatever non-ASCII text surrounds the words.
 */
import assert from 'node:assert/strict';
import { KeywordScanner } from '../../server/src/core/prepass';

function naive(words: readonly string[], text: string): string[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const out: string[] = [];
  words.forEach((w, i) => {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) out.push(`${at + w.length}:${i}`);
  });
  return out.sort();
}

function found(scanner: KeywordScanner, text: string): string[] {
  const r = scanner.scan(text);
  const out: string[] = [];
  for (let i = 0; i < r.hits; i++) out.push(`${r.hitEnd[i]}:${r.hitWord[i]}`);
  for (let i = 1; i < r.hits; i++) assert.ok(r.hitEnd[i] >= r.hitEnd[i - 1], 'hits come in order of their ends');
  return out.sort();
}

describe('core: keyword prepass', () => {
  const words = ['pass', 'password', 'sk-', 'sk-ant-', 'ass', 'key', 'api_key', '://', 'private key', 'x'];
  const scanner = new KeywordScanner(words);

  it('finds every occurrence, overlapping and nested ones included, ignoring ASCII case', () => {
    const text = 'DB_PASSWORD = "x"; sk-ant-api03 API_KEY https://u:p@h  -----BEGIN PRIVATE KEY-----';
    assert.deepEqual(found(scanner, text), naive(words, text));
    assert.ok(found(scanner, 'PaSsWoRd').includes(`8:${words.indexOf('password')}`));
  });

  it('treats non-ASCII characters as word breaks and never folds them into ASCII letters', () => {
    // U+212A KELVIN SIGN lower-cases to "k" in JavaScript; it is not the letter k in a keyword.
    assert.deepEqual(found(scanner, '\u212Aey \u00e9pass\u00e9 \u{1F511}key'), naive(words, '\u212Aey \u00e9pass\u00e9 \u{1F511}key'));
    assert.deepEqual(found(scanner, '\u212Aey').length, 0);
  });

  it("agrees with a naive search on random text drawn from the words' own characters", () => {
    const alphabet = 'pasSwordk-ntyi_:/ vxPAK\u00e9';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 200; round++) {
      let text = '';
      const n = Math.floor(rand() * 200);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      assert.deepEqual(found(scanner, text), naive(words, text), JSON.stringify(text));
    }
  });

  it('refuses words it could not match (upper-case, non-ASCII, empty)', () => {
    assert.throws(() => new KeywordScanner(['Key']), /lower-case/);
    assert.throws(() => new KeywordScanner(['cl\u00e9']), /ASCII/);
    assert.throws(() => new KeywordScanner(['']), /non-empty/);
  });
});
