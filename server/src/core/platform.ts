/**
 * Which of the platforms KeyWarden serves a document is about, from what it imports or calls.
 * A generic `api_key = "…"` in an h2oGPTe script should become H2OGPTE_API_KEY, not API_KEY.
 * This is the one document-wide fact the rules use; an incremental rescan updates it from the
 * edit (`mentionsAfterEdit`) and falls back to a full scan when it changes.
 * The platforms, their words and variables are common/platforms.ts's table (it imports nothing).
 */
import { PLATFORMS } from '../../../common/platforms';

/** How a text names a platform, in the order of `mentions`. */
const SIGNALS = PLATFORMS.map(({ id, words, confirm }) => ({ platform: id, words, confirm }));

/** Words whose presence decides the platform (the core's keyword pass looks for them). */
export const PLATFORM_WORDS: readonly string[] = SIGNALS.flatMap((s) => s.words);

/** Each signal as one case-insensitive search, and the longest text it can match. */
const SEARCHES = SIGNALS.map(({ words, confirm }) => ({
  re: confirm?.search ?? new RegExp(words.map((w) => w.replace(/[.]/g, '\\.')).join('|'), 'i'),
  longest: confirm?.longest ?? Math.max(...words.map((w) => w.length)),
}));
/** The same searches, global, to list the candidates in a window of the text. */
const WINDOW_SEARCH = SEARCHES.map(({ re }) => new RegExp(re.source, 'gi'));
/** And sticky, to confirm one at its place in the whole text. */
const AT = SEARCHES.map(({ re }) => new RegExp(re.source, 'iy'));

/** The one platform mentioned, or null for none or several. */
export function platformOfMentions(mentions: readonly string[]): string | null {
  return mentions.length === 1 ? mentions[0] : null;
}

/** The platforms a text mentions, from the PLATFORM_WORDS the keyword pass found in it (ignoring case). */
export function mentionsFromWords(words: ReadonlySet<string>, text: string): string[] {
  return SIGNALS.filter((s) => s.words.some((w) => words.has(w)) && (!s.confirm || s.confirm.search.test(text))).map((s) => s.platform);
}

/** The platforms a text mentions. Each search stops at the first mention and copies nothing. */
export function mentionsOf(text: string): string[] {
  return SIGNALS.filter((_, i) => SEARCHES[i].re.test(text)).map(({ platform }) => platform);
}

/**
 * The platforms `text` mentions after an edit that put new text at [insertedStart, insertedEnd),
 * given those it mentioned before. A platform not mentioned before can only be mentioned now
 * where the edit was, so only a few characters around the edit are searched: the language server
 * asks after every keystroke, and searching a long document for a word it lacks reads all of it.
 * A platform mentioned before is searched for in the whole text, which stops at its first mention.
 */
export function mentionsAfterEdit(before: readonly string[], text: string, insertedStart: number, insertedEnd: number): string[] {
  return SIGNALS.filter(({ platform }, i) => {
    const { re, longest } = SEARCHES[i];
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

/** The variable each platform's key is read from. */
export const PLATFORM_ENV: Readonly<Record<string, string>> = Object.fromEntries(PLATFORMS.map((p) => [p.id, p.keyVar]));

/**
 * Clients and modules that say whose key a generic `api_key=…` on their line is
 * (`OpenAI(api_key="…")`, `cohere.Client(api_key=…)`, `wandb.login(key=…)`). The line beats the
 * file's platform: a notebook about WhyLabs that also calls OpenAI names each key after its owner.
 */
const LINE_PROVIDERS: readonly (readonly [RegExp, string])[] = [
  [/\bAzureOpenAI\b|\bazure_openai\b/i, 'AZURE_OPENAI_API_KEY'],
  [/\b(?:Async)?OpenAI\b|\bopenai\./, 'OPENAI_API_KEY'],
  [/\b(?:Async)?Anthropic\b|\banthropic\./, 'ANTHROPIC_API_KEY'],
  [/\bcohere\b/i, 'COHERE_API_KEY'],
  [/\b(?:Async)?Groq\b|\bgroq\./, 'GROQ_API_KEY'],
  [/\bMistral(?:Client)?\b|\bmistralai\b/, 'MISTRAL_API_KEY'],
  [/\bPinecone\b|\bpinecone\./, 'PINECONE_API_KEY'],
  [/\bwandb\b/i, 'WANDB_API_KEY'],
  [/\bHfApi\b|\bhuggingface_hub\b|\bInferenceClient\b/, 'HF_TOKEN'],
  [/\breplicate\.|\bReplicate\(/, 'REPLICATE_API_TOKEN'],
  [/\blangsmith\b/i, 'LANGSMITH_API_KEY'],
  [/\bgenai\.configure\b|\bgoogle\.generativeai\b/, 'GOOGLE_API_KEY'],
];

/** The variable a generic key on `line` belongs in when the line names its client or platform. */
export function envOfLine(line: string): string | undefined {
  for (const [re, envVar] of LINE_PROVIDERS) if (re.test(line)) return envVar;
  const i = SEARCHES.findIndex(({ re }) => re.test(line));
  return i < 0 ? undefined : PLATFORM_ENV[SIGNALS[i].platform];
}

/**
 * Names the platforms' SDKs and docs give the credential (Arthur's legacy `ArthurAI(access_key=…)`,
 * Arthur Platform's `ArthurClientCredentialsAPISession(client_secret=…)`, the WhyLabs client's
 * `configuration.api_key['ApiKeyAuth']`, a `legacy_key`): in a call or file of that platform they
 * hold its key, and the fix reads the variable its SDK and KeyWarden's sign-in use, not a
 * variable made from the parameter's name.
 */
const SDK_KEY_NAME =
  /^(?:access[_-]?key|legacy[_-]?(?:api[_-]?)?key|api[_-]?key[_-]?auth|x-api-key|rime-api-key|client[_-]?secret|(?:arthur|whylabs|h2ogpte|rime)[_-]?(?:api[_-]?)?(?:key|token|secret))$/i;
const CLIENT_SECRET_NAME = /client[_-]?secret$/i;

/**
 * The variable a credential named `name` belongs in when it sits in a call or file of `platform`:
 * that platform's (ARTHUR_CLIENT_SECRET for an Arthur client secret), or undefined when the name
 * is not one its SDK gives a key (a `db_password` in a WhyLabs notebook keeps its own name).
 */
export function platformEnvOfName(name: string, platform: string): string | undefined {
  if (!GENERIC_KEY_NAME.test(name) && !SDK_KEY_NAME.test(name)) return undefined;
  if (platform === 'arthur' && CLIENT_SECRET_NAME.test(name)) return 'ARTHUR_CLIENT_SECRET';
  return PLATFORM_ENV[platform];
}

/** Names too generic to become a variable name of their own when the platform is known. */
export const GENERIC_KEY_NAME =
  /^(?:api[_-]?key|apikey|key|token|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key|(?:proxy-)?authorization)$/i;
