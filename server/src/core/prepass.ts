/**
 * The one pass over a document that decides what else runs: an Aho-Corasick automaton over the
 * text's character codes finds every occurrence of every prepass word (rule keywords, the
 * generic rule's name hints, platform names), ignoring ASCII case.
 *
 * A table-driven automaton reads each character once whatever the number of words: a regex
 * alternation of the same words tries each position again (about twice as slow here), and
 * lower-casing the text first costs another pass and a copy.
 */

/** Every occurrence of every word in one text; entries past `hits` are unused. */
export interface Prepass {
  /** Offsets just past each occurrence (exclusive ends), ascending; `hitWord[i]` is its index in `words`. */
  readonly hitEnd: Int32Array;
  readonly hitWord: Int32Array;
  readonly hits: number;
}

export class KeywordScanner {
  /** Class of every UTF-16 code unit (65,536 entries: no branch for non-ASCII text in the loop). */
  private readonly classes = new Uint8Array(65536);
  /** Transitions, pre-multiplied: `delta[s + class]` is the next state times `width`. */
  private readonly delta: Uint16Array | Int32Array;
  /** For each (pre-multiplied) state, the first index into `outWords` of the words ending there (-1: none). */
  private readonly outStart: Int32Array;
  private readonly outWords: Int32Array;
  /** The first (pre-multiplied) state where a word ends; every later state is one too. */
  private readonly firstHit: number;

  constructor(readonly words: readonly string[]) {
    for (const w of words)
      if (w !== w.toLowerCase() || w.length === 0) throw new Error(`prepass word "${w}" must be lower-case and non-empty`);
    // Character classes: each character that occurs in a word gets its own (upper- and lower-
    // case letters share one); every other character is class 0, which only leads back to the root.
    let width = 1;
    for (const w of words) {
      for (const ch of w) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`prepass word "${w}" must be ASCII`);
        if (this.classes[c] === 0) {
          this.classes[c] = width;
          if (c >= 97 && c <= 122) this.classes[c - 32] = width;
          width++;
        }
      }
    }

    // The trie, then failure links breadth first, folded into a complete transition table. Typed
    // arrays throughout: the table is built in every thread that scans, before its first file.
    let capacity = 1;
    for (const w of words) capacity += w.length;
    const delta = new Int32Array(capacity * width).fill(-1); // trie edges first, -1: none yet
    const wordsAt: number[][] = [[]];
    let states = 1;
    words.forEach((w, index) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const k = this.classes[w.charCodeAt(i)];
        if (delta[s * width + k] < 0) {
          delta[s * width + k] = states++;
          wordsAt.push([]);
        }
        s = delta[s * width + k];
      }
      wordsAt[s].push(index);
    });
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let k = 0; k < width; k++) {
      const n = delta[k];
      if (n > 0) queue[tail++] = n;
      else delta[k] = 0;
    }
    for (let head = 0; head < tail; head++) {
      const s = queue[head];
      for (let k = 0; k < width; k++) {
        const n = delta[s * width + k];
        if (n < 0) delta[s * width + k] = delta[fail[s] * width + k];
        else {
          fail[n] = delta[fail[s] * width + k];
          if (wordsAt[fail[n]].length) wordsAt[n] = [...wordsAt[n], ...wordsAt[fail[n]]];
          queue[tail++] = n;
        }
      }
    }
    // States renumbered so that those where words end come last: the scan loop then tells a hit
    // by comparing the state with `firstHit`, without a second table read per character.
    const rank = new Int32Array(states);
    let r = 0;
    for (let s = 0; s < states; s++) if (wordsAt[s].length === 0) rank[s] = r++;
    const firstHit = r;
    for (let s = 0; s < states; s++) if (wordsAt[s].length > 0) rank[s] = r++;
    const premultiplied = states * width < 65536 ? new Uint16Array(states * width) : new Int32Array(states * width);
    for (let s = 0; s < states; s++)
      for (let k = 0; k < width; k++) premultiplied[rank[s] * width + k] = rank[delta[s * width + k]] * width;
    this.delta = premultiplied;
    this.firstHit = firstHit * width;
    this.outStart = new Int32Array(states * width).fill(-1);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      if (wordsAt[s].length === 0) continue;
      this.outStart[rank[s] * width] = flat.length;
      flat.push(...wordsAt[s], -1);
    }
    this.outWords = Int32Array.from(flat);
  }

  scan(text: string): Prepass {
    const { classes, delta, outStart, outWords, firstHit } = this;
    let hitEnd: Int32Array = new Int32Array(64);
    let hitWord: Int32Array = new Int32Array(64);
    let hits = 0;
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      state = delta[state + classes[text.charCodeAt(i)]];
      if (state >= firstHit) {
        for (let j = outStart[state]; outWords[j] >= 0; j++) {
          if (hits === hitEnd.length) {
            hitEnd = grow(hitEnd);
            hitWord = grow(hitWord);
          }
          hitEnd[hits] = i + 1;
          hitWord[hits] = outWords[j];
          hits++;
        }
      }
    }
    return { hitEnd, hitWord, hits };
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
