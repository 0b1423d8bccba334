/** Small pure helpers over secret values: entropy, fingerprints (masking is in ./mask). */
import { createHash } from 'node:crypto';

/** Counts of ASCII characters, reused by every call (entropy runs on every candidate value). */
const ASCII_COUNTS = new Uint32Array(128);

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return entropyOfAny(value);
    ASCII_COUNTS[c]++;
  }
  let bits = 0;
  // Each count is read once, then cleared for the next call.
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const count = ASCII_COUNTS[c];
    if (count === 0) continue;
    ASCII_COUNTS[c] = 0;
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Entropy over code points, for values with non-ASCII characters. */
function entropyOfAny(value: string): number {
  ASCII_COUNTS.fill(0);
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  // Per UTF-16 unit, as always: a character outside the BMP counts twice in the length.
  const n = value.length;
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * `s` as a string of its own. V8 keeps a slice of 13 or more characters as a view of the string
 * it was cut from, and a concatenation as a pair of its parts: a name cut from a document, kept
 * in a finding after the scan (CLI reports, workspace scans), would keep the whole document
 * alive. Flattening a one-character prefix copies the characters; the slice then points there.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Edit-stable identity of a finding: rule, value and file path, never the line. The value goes
 * through SHA-256 so fingerprints can be written to a baseline without leaking the secret.
 */
export function fingerprint(ruleId: string, value: string, path = ''): string {
  return createHash('sha256')
    .update(`${ruleId}\0${value}\0${path.replace(/\\/g, '/')}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * `dbPassword`, `db-password`, `DB.password` → `DB_PASSWORD`. A name already in UPPER_SNAKE
 * stays as written: re-splitting it at case changes would turn `H2OGPTE_API_KEY` into
 * `H2_OGPTE_API_KEY`, a variable nobody reads.
 */
export function envNameOf(name: string): string {
  const upper = /^[A-Z][A-Z0-9_]*$/.test(name) ? name.replace(/^_+|_+$/g, '') : undefined;
  const snake =
    upper ??
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase();
  if (!snake) return 'SECRET';
  return /^[0-9]/.test(snake) ? `_${snake}` : snake;
}

/**
 * The longest run of consecutive letters or digits counting up or down by one (`abcdef`,
 * `98765`): 1 when there is none. Random values almost never hold one of 5 or more.
 */
export function longestRun(value: string): number {
  let best = 1;
  let run = 1;
  let step = 0;
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1);
    const c = value.charCodeAt(i);
    const d = c - prev;
    if ((d === 1 || d === -1) && sameClass(prev, c)) {
      run = d === step ? run + 1 : 2;
      step = d;
    } else {
      run = 1;
      step = 0;
    }
    if (run > best) best = run;
  }
  return best;
}

const classOf = (c: number) => (c >= 48 && c <= 57 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 97 && c <= 122 ? 3 : 0);
const sameClass = (a: number, b: number) => classOf(a) !== 0 && classOf(a) === classOf(b);

/** Character classes present in a value: lower, upper, digit, other. */
export function classesOf(value: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
