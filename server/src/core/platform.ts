/**
 * Which of the platforms KeyWarden serves a document is about, from what it imports or calls.
 * A generic `api_key = "…"` in an h2oGPTe script should become H2OGPTE_API_KEY, not API_KEY.
 * This is the one document-wide fact the rules use; incremental rescans recompute it and fall
 * back to a full scan when it changes.
 */

/** Words whose presence decides the platform (the core's keyword pass looks for them). */
export const PLATFORM_WORDS = ['h2ogpte', 'whylabs', 'rime', 'rbst.io', 'arthur'] as const;

/** "rime" is a common substring: only these forms name the platform. */
const RIME = /\brime(?:_sdk)?\b|rbst\.io|rime-api-key/i;

/** The one platform whose words occur (`words`: PLATFORM_WORDS found in `text`, ignoring case), or null for none or several. */
export function platformFromWords(words: ReadonlySet<string>, text: string): string | null {
  const has: Record<string, boolean> = {
    h2ogpte: words.has('h2ogpte'),
    whylabs: words.has('whylabs'),
    rime: (words.has('rime') || words.has('rbst.io')) && RIME.test(text),
    arthur: words.has('arthur'),
  };
  const found = Object.keys(has).filter((k) => has[k]);
  return found.length === 1 ? found[0] : null;
}

/** Each platform word as a case-insensitive search: stops at the first occurrence, copies nothing. */
const WORD_TESTS = PLATFORM_WORDS.map((w) => [w, new RegExp(w.replace(/[.]/g, '\\.'), 'i')] as const);

/**
 * The one platform the text mentions, or null when it mentions none or several. The language
 * server asks this after every edit, so it reads the text without lower-casing a copy of it.
 */
export function platformOf(text: string): string | null {
  return platformFromWords(new Set(WORD_TESTS.filter(([, re]) => re.test(text)).map(([w]) => w)), text);
}

export const PLATFORM_ENV: Readonly<Record<string, string>> = {
  arthur: 'ARTHUR_API_KEY',
  whylabs: 'WHYLABS_API_KEY',
  h2ogpte: 'H2OGPTE_API_KEY',
  rime: 'RIME_API_KEY',
};

/** Names too generic to become a variable name of their own when the platform is known. */
export const GENERIC_KEY_NAME = /^(?:api[_-]?key|apikey|key|token|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key)$/i;
