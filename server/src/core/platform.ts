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

/**
 * What tells that a text is about each platform: a search, and the longest text it can match.
 * The platform order is the order of `mentions`.
 */
const SIGNALS: readonly { readonly platform: string; readonly re: RegExp; readonly longest: number }[] = [
  { platform: 'h2ogpte', re: /h2ogpte/i, longest: 7 },
  { platform: 'whylabs', re: /whylabs/i, longest: 7 },
  { platform: 'rime', re: RIME, longest: 'rime-api-key'.length },
  { platform: 'arthur', re: /arthur/i, longest: 6 },
];
/** The same searches, global, to list the candidates in a window of the text. */
const WINDOW_SEARCH = SIGNALS.map(({ re }) => new RegExp(re.source, 'gi'));
/** And sticky, to confirm one at its place in the whole text. */
const AT = SIGNALS.map(({ re }) => new RegExp(re.source, 'iy'));

/** The one platform mentioned, or null for none or several. */
export function platformOfMentions(mentions: readonly string[]): string | null {
  return mentions.length === 1 ? mentions[0] : null;
}

/** The platforms a text mentions, from the PLATFORM_WORDS the keyword pass found in it (ignoring case). */
export function mentionsFromWords(words: ReadonlySet<string>, text: string): string[] {
  const out: string[] = [];
  if (words.has('h2ogpte')) out.push('h2ogpte');
  if (words.has('whylabs')) out.push('whylabs');
  if ((words.has('rime') || words.has('rbst.io')) && RIME.test(text)) out.push('rime');
  if (words.has('arthur')) out.push('arthur');
  return out;
}

/** The platforms a text mentions. Each search stops at the first mention and copies nothing. */
export function mentionsOf(text: string): string[] {
  return SIGNALS.filter(({ re }) => re.test(text)).map(({ platform }) => platform);
}

/**
 * The platforms `text` mentions after an edit that put new text at [insertedStart, insertedEnd),
 * given those it mentioned before. A platform not mentioned before can only be mentioned now
 * where the edit was, so only a few characters around the edit are searched: the language server
 * asks after every keystroke, and searching a long document for a word it lacks reads all of it.
 * A platform mentioned before is searched for in the whole text, which stops at its first mention.
 */
export function mentionsAfterEdit(before: readonly string[], text: string, insertedStart: number, insertedEnd: number): string[] {
  return SIGNALS.filter(({ platform, re, longest }, i) => {
    if (before.includes(platform)) return re.test(text);
    // A new mention touches the edit (a word boundary next to it counts), so it lies within
    // `longest` characters of it. A match the window's edges make up is not confirmed below.
    const from = Math.max(0, insertedStart - longest);
    const window = text.slice(from, Math.min(text.length, insertedEnd + longest));
    const search = WINDOW_SEARCH[i];
    search.lastIndex = 0;
    for (let m = search.exec(window); m; m = search.exec(window)) {
      AT[i].lastIndex = from + m.index;
      if (AT[i].test(text)) return true;
      search.lastIndex = m.index + 1;
    }
    return false;
  }).map(({ platform }) => platform);
}

/** The one platform the text mentions, or null when it mentions none or several. */
export function platformOf(text: string): string | null {
  return platformOfMentions(mentionsOf(text));
}

export const PLATFORM_ENV: Readonly<Record<string, string>> = {
  arthur: 'ARTHUR_API_KEY',
  whylabs: 'WHYLABS_API_KEY',
  h2ogpte: 'H2OGPTE_API_KEY',
  rime: 'RIME_API_KEY',
};

/** Names too generic to become a variable name of their own when the platform is known. */
export const GENERIC_KEY_NAME = /^(?:api[_-]?key|apikey|key|token|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key)$/i;
