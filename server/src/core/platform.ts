/**
 * Which of the platforms KeyWarden serves a document is about, from what it imports or calls.
 * A generic `api_key = "…"` in an h2oGPTe script should become H2OGPTE_API_KEY, not API_KEY.
 * This is the one document-wide fact the rules use; incremental rescans recompute it and fall
 * back to a full scan when it changes.
 */

/** Tests on the lower-cased text: plain substrings where possible (fast), a regex for "rime". */
const HINTS: readonly [string, (lower: string) => boolean][] = [
  ['h2ogpte', (l) => l.includes('h2ogpte')],
  ['whylabs', (l) => l.includes('whylabs')],
  ['rime', (l) => (l.includes('rime') || l.includes('rbst.io')) && RIME.test(l)],
  ['arthur', (l) => l.includes('arthur')],
];

/** Words whose presence decides the platform (the core's keyword pass looks for them). */
export const PLATFORM_WORDS = ['h2ogpte', 'whylabs', 'rime', 'rbst.io', 'arthur'] as const;

/** platformOf, from the words the core's single pass found (same answer, no extra pass). */
export function platformFromWords(words: ReadonlySet<string>, lower: string): string | null {
  const has: Record<string, boolean> = {
    h2ogpte: words.has('h2ogpte'),
    whylabs: words.has('whylabs'),
    rime: (words.has('rime') || words.has('rbst.io')) && RIME.test(lower),
    arthur: words.has('arthur'),
  };
  const found = Object.keys(has).filter((k) => has[k]);
  return found.length === 1 ? found[0] : null;
}

const RIME = /\brime(?:_sdk)?\b|rbst\.io|rime-api-key/;

/** The one platform the text mentions, or null when it mentions none or several. */
export function platformOf(text: string, lower = text.toLowerCase()): string | null {
  let found: string | null = null;
  for (const [id, test] of HINTS) {
    if (test(lower)) {
      if (found) return null;
      found = id;
    }
  }
  return found;
}

export const PLATFORM_ENV: Readonly<Record<string, string>> = {
  arthur: 'ARTHUR_API_KEY',
  whylabs: 'WHYLABS_API_KEY',
  h2ogpte: 'H2OGPTE_API_KEY',
  rime: 'RIME_API_KEY',
};

/** Names too generic to become a variable name of their own when the platform is known. */
export const GENERIC_KEY_NAME = /^(?:api[_-]?key|apikey|key|token|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key)$/i;
