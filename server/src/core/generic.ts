/**
 * The generic rule: a secret-like name (password, secret, api_key, token …) assigned or passed a
 * literal, in the syntax of any language: assignments, keyword arguments, dict/object keys,
 * YAML/INI/TOML/.env/properties lines, XML elements and CLI flags (`--password=…`).
 *
 * One pass finds name hints with a single keyword regex; each hit is then parsed locally (the
 * identifier around it, an operator, a literal), so the cost is linear in the text and every
 * decision depends only on the hit's own line.
 */
import type { NameClass } from './rule';
import { isTemplateMarker, placeholderReason, notSecretReason, wordShare } from './filters';
import { classesOf, detached, entropy, longestRun } from './text';

export interface Assignment {
  /** The identifier or key, as written (`db_password`, `X-Api-Key`). */
  readonly name: string;
  readonly nameClass: NameClass;
  /** Weak names (`key`, `auth`) need a stronger-looking value. */
  readonly weak: boolean;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly entropy: number;
  readonly confidence: 'medium' | 'low';
  /** For the fallback of an environment read: characters from the read's end to `start`, and the variable read. */
  readonly fallbackBefore: number | undefined;
  readonly envRead: string | undefined;
}

/** Lower-case words whose presence in an identifier makes it worth parsing (index.ts finds them). */
export const HINT_WORDS = ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'auth', 'cred', 'salt', 'nonce', 'otp', 'private'] as const;

const IDENT = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.') IDENT[ch.charCodeAt(0)] = 1;
const isIdent = (c: number) => c < 128 && IDENT[c] === 1;

/**
 * The character code at `i`, or -1 outside the text. The parser compares codes, not one-letter
 * strings: no string per character, and no out-of-bounds read for V8 to deoptimise on.
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
const enum Ch {
  Tab = 9,
  Newline = 10,
  Space = 32,
  DoubleQuote = 34,
  Amp = 38,
  Quote = 39,
  OpenParen = 40,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  Less = 60,
  Equals = 61,
  Greater = 62,
  Question = 63,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Backtick = 96,
  OpenBrace = 123,
}
const isQuote = (c: number) => c === Ch.DoubleQuote || c === Ch.Quote || c === Ch.Backtick;
/** What may stand before a flag's dashes: white space, a quote, `=`, `(` or `[`. */
const FLAG_BEFORE = new Set([...' \t\n\r\f\v"\'=(['].map((c) => c.charCodeAt(0)));
const mayPrecedeFlag = (c: number) => FLAG_BEFORE.has(c) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** Name endings that say "this is about a secret, not the secret": ids, urls, sizes, flags … */
const DENY_LAST = new Set(
  (
    'id ids name names url uri urls uris endpoint host hostname path paths file files filename dir ' +
    'directory type types length len size count max min version format prefix suffix field fields ' +
    'label labels hint description desc policy mode method expiry expires expiration timeout ttl ' +
    'time date at enabled enable required valid validator validation regex pattern hash hashed ' +
    'digest checksum provider store storage service manager class factory handler callback error ' +
    'errors message msg text title placeholder input column param params index idx ref source src ' +
    'cache style location env var variable property prop attr attribute option options config ' +
    'settings list map dict set flag check reset changed change update updated visible ' +
    'visibility toggle icon button btn form dialog page view screen route link template schema spec ' +
    'example kind category algorithm algo alg bits encoding scope scopes audience issuer lifetime ' +
    'refresh usage used counter strength rules rule generator mask masked prompt request response ' +
    'event events status state result results header headers region bucket table keyname ' +
    'loader reader writer parser helper util utils test tests mock fake stub fixture fixtures sample server ' +
    'samples regexp re limit attrs attributes uuid guid query sql statement stmt ' +
    // Version-control ids (`PG_AUTH_MON_COMMIT=439697fe…`), tokenizer encodings (`TIKTOKEN_ENCODER =
    // "cl100k_base"`), reading a secret from standard input (`--password-stdin`).
    'commit sha revision rev etag encoder decoder stdin selector'
  ).split(' '),
);

/** First words of names that are about a secret (`no_pass`, i18n keys such as `LABEL_PASSWORD`). */
const DENY_FIRST = new Set(
  (
    'is has use show should allow require validate check verify generate reset forgot get gen hide toggle update on handle ' +
    'no label lbl placeholder title hint msg message text txt error err tooltip caption prompt btn button from ' +
    // Ciphertext and digests of a secret are not the secret (JWE `encrypted_key`, `hashed_password`).
    'encrypted hashed wrapped'
  ).split(' '),
);

const DENY_NAME =
  /^(?:author\w*|authority|authorities|authenticat\w*|authoriz\w*|keyboard\w*|key(?:up|down|press|code|s|word|words|frame|frames|map|binding|bindings|set|chain|store|space|spaces)|\w*(?:monkey|donkey|turkey|hockey|jockey|whiskey)\w*|tokeni[sz]\w*|\w*pass_?th(?:rough|ru)\w*|no_?pass\w*|passport\w*|bypass\w*|compass\w*|passenger\w*|passive\w*|surpass\w*|key|csrf_?token|xsrf_?token|csrf|xsrf|csrf_?secret|public_?token|token_?type|grant_?type|auth_?type|auth_?method|auth_?mode|auth_?scheme|secret_?name|secret_?ref|public_?key_?token|secret_?key_?ref|otp_?length|\w*nonce_?size|(?:sec[-_]?)?websocket[-_]?(?:key|accept))$/i;

/**
 * Keys that look things up rather than unlock them (`queryKey`, `RECIPIENT_NAME_STORAGE_KEY`,
 * `CUSTOMIZE_ROLES_CONTEXT_KEY`, `dedupeKey`, `partition_key`), whatever comes before the qualifier.
 */
const LOOKUP_KEY = (
  'public primary foreign sort partition cache hot shortcut row map dict lookup object idempotency routing group ' +
  'query mutation storage context condition dedupe dedup metadata tag label field column property setting settings translation ' +
  'i18n state item registry search index join unique composite publishable site ssmparameter'
).split(' ');
/** Tokens that page, order or mark rather than authenticate (`NextContinuationToken`, `ChangeToken`, `ClientRequestToken`). */
const SEQUENCE_TOKEN = (
  'change continuation next page pagination paging clientrequest idempotency lifecycleaction sync cancel ' +
  'cancellation retrieval output input resume cursor continue marker'
).split(' ');
/** A tokenizer's special tokens, as whole names (`bos_token`, `pad_token`, `special_tokens`). */
const TOKENIZER_TOKEN = new Set('bos eos pad unk mask sep cls special start end stop'.split(' '));

/** Lookup keys, sequence tokens and tokenizer tokens; endsWith over short lists beats one regex with a leading `\w*`. */
function isNonCredentialKeyOrToken(lower: string): boolean {
  const flat = lower.replace(/[-_]/g, '');
  if (flat.endsWith('key')) {
    const head = flat.slice(0, -3);
    return LOOKUP_KEY.some((w) => head.endsWith(w));
  }
  const head = flat.endsWith('tokens') ? flat.slice(0, -6) : flat.endsWith('token') ? flat.slice(0, -5) : undefined;
  return head !== undefined && (TOKENIZER_TOKEN.has(head) || SEQUENCE_TOKEN.some((w) => head.endsWith(w)));
}

/** The same endings glued to the secret word (`passwordfile`, `tokenurl`, `keyid`). */
const GLUED_DENY =
  /(?:pass(?:word)?|pwd|secret|token|key|auth|cred(?:ential)?s?)(?:file|path|dir|url|uri|name|type|length|len|policy|id|hash|field|label|prompt|hint|regex|pattern|expiry|count|size|format|version|mode|method|provider|store|manager|handler)$/;

function tokensOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `short`: a weak name whose values are short by design (a nonce: 8 to 16 characters). */
type NameInfo = { readonly nameClass: NameClass; readonly weak: boolean; readonly short?: true };

/** Names repeat (`password`, `token`, `apiKey`): their classes are remembered, up to a bound; a name that holds none as null, so one lookup answers. */
const CLASSIFIED = new Map<string, NameInfo | null>();

/** The class of a secret-like name, or undefined for names that are about secrets but do not hold one. */
export function classifyName(name: string): NameInfo | undefined {
  let info = CLASSIFIED.get(name);
  if (info === undefined) {
    if (CLASSIFIED.size >= 10_000) CLASSIFIED.clear();
    // A copy as the key: the name is cut from a document, which the cache must not keep alive.
    CLASSIFIED.set(detached(name), (info = classify(name) ?? null));
  }
  return info ?? undefined;
}

const PASSWORD: NameInfo = { nameClass: 'password', weak: false };
const SECRET: NameInfo = { nameClass: 'secret', weak: false };
const API_KEY: NameInfo = { nameClass: 'api-key', weak: false };
const WEAK_KEY: NameInfo = { nameClass: 'api-key', weak: true };
const TOKEN: NameInfo = { nameClass: 'token', weak: false };
const WEAK_TOKEN: NameInfo = { nameClass: 'token', weak: true };
// OAuth 1.0a and OpenID nonces are commonly 8 to 16 random characters.
const NONCE: NameInfo = { nameClass: 'token', weak: true, short: true };

const SHORT_KEY = /^[a-z]{1,2}key$/;
const PASSWORD_WORD = /passw(?:or)?d|passphrase|passwort|contrase|senha|parol/;
const SECRET_KEY_WORD = /private_?key|privkey|signing_?key|encryption_?key|master_?key|enc_?key|hmac_?key/;
const API_KEY_WORD =
  /api_?key|apikey|access_?key|auth_?key|app_?key|client_?key|service_?key|account_?key|license_?key|subscription_?key|consumer_?key|secret_?key|private_?key|master_?key|session_?key/;

function classify(name: string): NameInfo | undefined {
  const bare = name.replace(/^[-_.$@]+|[-_.]+$/g, '');
  if (!bare || bare.length > 60) return undefined;
  // `GENERATED_PASSWORD_HERE`, `YOUR_API_KEY`: the name itself is a placeholder in a template.
  if (isTemplateMarker(bare)) return undefined;
  const lower = bare.toLowerCase();
  const tokens = tokensOf(bare);
  if (tokens.length === 0) return undefined;
  const last = tokens[tokens.length - 1];
  if (lower === 'key') return WEAK_KEY;
  // The header (`Authorization: …`, `proxy-authorization`), unlike `authorization_url`, `authorized`.
  if (last === 'authorization' && tokens.length <= 2) return WEAK_TOKEN;
  // What the name says it holds first: most names with a hint word say nothing (`keys`, `author`),
  // and then the deny lists need not be read.
  const cls = classOfWords(lower, tokens, last);
  if (!cls || isAboutASecret(lower, tokens, last)) return undefined;
  return cls;
}

/** The class a name's words give it, before the deny lists. */
function classOfWords(lower: string, tokens: readonly string[], last: string): NameInfo | undefined {
  if (PASSWORD_WORD.test(lower) || tokens.some((t) => t === 'pwd' || t === 'pass' || t === 'pw' || t === 'passwd')) return PASSWORD;
  if (lower.includes('secret') || SECRET_KEY_WORD.test(lower)) return SECRET;
  if (API_KEY_WORD.test(lower.replace(/-/g, '_'))) return API_KEY;
  // `key`, and a key named by one or two letters glued to it (NATS `nkey`/`xkey`, `pkey`, `skey`).
  if (last === 'key' || SHORT_KEY.test(last)) return WEAK_KEY;
  if (
    lower.includes('token') ||
    tokens.some((t) => t === 'credential' || t === 'credentials' || t === 'creds' || t === 'cred' || t === 'bearer')
  )
    return TOKEN;
  if (tokens.includes('nonce')) return NONCE;
  if (tokens.some((t) => t === 'auth' || t === 'authorization' || t === 'oauth' || t === 'otp' || t === 'totp' || t === 'salt'))
    return WEAK_TOKEN;
  return undefined;
}

/** Names about a secret that do not hold one: ids, urls, flags, lookup keys, labels (the deny lists above). */
function isAboutASecret(lower: string, tokens: readonly string[], last: string): boolean {
  if (DENY_LAST.has(last) || (last.length > 3 && last.endsWith('s') && DENY_LAST.has(last.slice(0, -1)))) return true;
  if (tokens.length > 1 && DENY_FIRST.has(tokens[0])) return true;
  return DENY_NAME.test(lower) || GLUED_DENY.test(lower) || isNonCredentialKeyOrToken(lower);
}

/** Last segments of a dotted name that say nothing on their own (`secret.key`, `auth.sid`). */
const GENERIC_SEGMENT = new Set(['key', 'value', 'val', 'sid', 'session']);

// Make's `?=`, `::=` and `:::=` and PHP's `.=` assign too (`DB_PASSWORD ?= …` in a Makefile,
// `$password .= "…"`); `::` alone is a scope (`Secret::Key`), not an assignment.
const OPERATOR = /[ \t]*(===?|!==?|:::?=|:=|=>|\?\?=|\?=|\.=|\|\|=|\+=|<-|=(?!=)|:(?!:)|,|\(|>)[ \t]*/y;
/** What follows a name, as a number: the parser branches on it without comparing strings. */
const enum Op {
  Assign, // =
  Colon, // :
  Walrus, // :=
  Arrow, // =>
  Equal, // == or ===
  Other, // != !== ??= ||= += <-
  Comma,
  Call, // (
  Element, // > of <name>value</name>
  Space, // --flag value
}
/** Each operator's spellings; the ones not listed (`!=`, `??=`, `||=`, `+=`, `<-`) are Op.Other. */
const SPELLINGS: readonly [Op, string][] = [
  [Op.Assign, '= ?= ::= :::= .='],
  [Op.Colon, ':'],
  [Op.Walrus, ':='],
  [Op.Arrow, '=>'],
  [Op.Equal, '== ==='],
  [Op.Comma, ','],
  [Op.Call, '('],
  [Op.Element, '>'],
];
const OPS = new Map<string, Op>(SPELLINGS.flatMap(([op, spellings]) => spellings.split(' ').map((s): [string, Op] => [s, op])));
/** `: string =`, `: &str =`, `: &'static str =`, `: std::string::String =` between a name and its value. */
const TYPE_ANNOTATION = /&?(?:'[A-Za-z_]\w*[ \t]+)?(?:mut[ \t]+)?[A-Za-z_][\w.[\]<>|?:]*[ \t]*=(?![=>])[ \t]*/y;
/** Go's typed declaration, `var apiToken string = …`: the type between the name and `=`. */
const GO_TYPE = /[ \t]+\*?(?:\[\])?[A-Za-z_][\w.]*(?=[ \t]*=(?![=~>]))/y;
/** `var ` or `const ` right before a name (Go). */
const GO_DECLARATION = /(?:^|[\s(])(?:var|const)[ \t]+$/;
/** A C array declarator, `char password[] = …`, `char key[33] = …`. */
const ARRAY_DECLARATOR = /\[\d{0,6}\]/y;
/** .NET configuration, `<add key="ClearTextPassword" value="…"/>`: the name is the key attribute, the value the next attribute. */
const ADD_VALUE = /[ \t]+value[ \t]*=[ \t]*(?=["'])/y;
/** Java's and C#'s comparison methods: `password.equals("…")`. */
const EQUALS_METHOD = new Set(['equals', 'equalsIgnoreCase', 'Equals']);
/** Bounded: a longer value is rejected anyway (MAX_VALUE), and reading each hit's value to the end of a long line is quadratic. */
const BARE = /[^\s'"`,;<>()[\]{}|]{1,1001}/y;
/**
 * What may stand between the operator and the literal: string prefixes (`r"…"`, `@"…"`), a
 * constructor wrapping the literal (`new String("…")`, `Some("…")`, `SecretStr("…")`), or the
 * opening of a list whose first element is judged (`tokens: ["…", "…"]`).
 */
const STRING_PREFIX =
  /(?:(?:new[ \t]+)?[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*(?:::(?:from|new))?\([ \t]*|\[[ \t]*|[rbuRBU]{1,2}|f|@|\$)?/y;

/** An environment read of a named variable (group 1; the name is group 2 or 3), then `||`, `??` or `or` and a quoted literal. */
const FALLBACK =
  /(process\.env\.([A-Za-z_]\w*)|(?:process\.env\[|os\.environ\[|ENV\[|(?:os\.environ\.get|os\.getenv|getenv|ENV\.fetch|System\.getenv)\()[ \t]*["']([A-Za-z_]\w*)["'][^()[\]\n]*[)\]])[ \t]*(?:\|\||\?\?|or\b)[ \t]*(?=["'`])/y;

export interface GenericOptions {
  readonly quotesRequired: boolean;
  /** The file is a test or fixture (isTestPath): values that start with "test" or "mock" are stand-ins there. */
  readonly testFile?: boolean;
}

/**
 * Every secret-like name assigned a literal in `text`, after the value filters. `hints` are the
 * ascending offsets of HINT_WORDS in the text (found by the core's single keyword pass).
 */
export function findAssignments(text: string, hints: readonly number[], options: GenericOptions): Assignment[] {
  const out: Assignment[] = [];
  let parsedUntil = -1;
  for (const hit of hints) {
    if (hit < parsedUntil) continue; // inside an identifier already parsed
    let s = hit;
    while (s > 0 && isIdent(text.charCodeAt(s - 1))) s--;
    let e = hit + 1;
    while (e < text.length && isIdent(text.charCodeAt(e))) e++;
    parsedUntil = e;
    const found = assignmentAt(text, s, e, options);
    if (found) out.push(found);
  }
  return out;
}

/** Characters an operator can start with (`=`, `:`, `,`, `(`, `>`, `!`, `+`, `?`, `|`, `<`, `.` of `.=`). */
const OPERATOR_START = new Set('=:,(>!+?|<.'.split('').map((c) => c.charCodeAt(0)));

function mayAssign(text: string, idStart: number, at: number, flag: boolean): boolean {
  let j = at;
  if (codeAt(text, j) === Ch.Backslash) j++; // \" of JSON inside a string
  if (isQuote(codeAt(text, j))) j++; // closing quote of a quoted key
  if (codeAt(text, j) === Ch.CloseBracket) j++;
  else if (codeAt(text, j) === Ch.OpenBracket) j = declaratorEnd(text, idStart, j);
  if (flag && codeAt(text, j) === Ch.Space) return true;
  let k = j;
  while (codeAt(text, k) === Ch.Space || codeAt(text, k) === Ch.Tab) k++;
  if (OPERATOR_START.has(codeAt(text, k))) return true;
  // A word after a space: a Go type (`var apiToken string = …`) or .NET's `key="…" value="…"`.
  return k > j && (declaratorEnd(text, idStart, j) > j || (j > at && addValueAt(text, idStart, j) >= 0));
}

/** The identifier of a hit: its name's end without trailing dashes and dots, and the dashes of a flag before it. */
interface Identifier {
  readonly nameStart: number;
  readonly nameEnd: number;
  /** `--password=…`, `-p …`: a command-line flag. */
  readonly flag: boolean;
}

function identifierAt(text: string, idStart: number, idEnd: number): Identifier {
  // `--password=…` and `-p`-style flags: the dashes are not part of the name; nor are trailing
  // dashes and dots.
  let nameStart = idStart;
  while (nameStart < idEnd && codeAt(text, nameStart) === Ch.Dash) nameStart++;
  let nameEnd = idEnd;
  while (nameEnd > nameStart && (codeAt(text, nameEnd - 1) === Ch.Dash || codeAt(text, nameEnd - 1) === Ch.Dot)) nameEnd--;
  const flag = nameStart > idStart && (idStart === 0 || mayPrecedeFlag(codeAt(text, idStart - 1)));
  return { nameStart, nameEnd, flag };
}

/** A secret-like name and its class. */
interface Named {
  readonly name: string;
  readonly cls: NameInfo;
}

/**
 * Name classification. Only the last dotted segment names the value: `config.password` yes,
 * `password.length` no (the hint may be in an earlier segment: `sa-token.jwt-secret-key`). A
 * generic last segment takes its meaning from the one before: `fs.s3a.secret.key`,
 * `tesla-auth.sid`, `token.value`.
 */
function namedAt(text: string, id: Identifier): Named | undefined {
  let raw = text.slice(id.nameStart, id.nameEnd);
  let dot = raw.lastIndexOf('.');
  if (dot > 0 && codeAt(text, id.nameEnd) === Ch.OpenParen && EQUALS_METHOD.has(raw.slice(dot + 1))) {
    // `password.equals("…")`: the name is the segment before the method.
    raw = raw.slice(0, dot);
    dot = raw.lastIndexOf('.');
  }
  let name = dot < 0 ? raw : raw.slice(dot + 1);
  if (name === 'self' || name === 'this') name = '';
  let cls = classifyName(name);
  if (dot > 0 && (!cls || cls.weak) && GENERIC_SEGMENT.has(name.toLowerCase())) {
    const pair = raw.slice(raw.lastIndexOf('.', dot - 1) + 1);
    const paired = classifyName(pair.replace('.', '_'));
    if (paired && (!cls || !paired.weak)) {
      name = pair;
      cls = paired;
    }
  }
  return cls ? { name, cls } : undefined;
}

/** What stands between a name and its value: the operator, and how the name was written. */
interface Syntax {
  readonly operator: Op;
  /** Where the value (or its prefix) may start. */
  readonly at: number;
  /** The name is quoted and its closing quote was found (`"password": …`). */
  readonly quoted: boolean;
  /** A quote stands before the name (also `"DB_PASSWORD=…"`, a whole assignment in a string). */
  readonly quotedName: boolean;
  /** `?private_token=…&…`: a URL parameter. */
  readonly parameter: boolean;
}

/** Assignment parsing: the operator after the name, or undefined when the name is not assigned, passed or keyed here. */
function syntaxAt(text: string, idStart: number, id: Identifier, name: string, options: GenericOptions): Syntax | undefined {
  let j = id.nameEnd;
  const before = codeAt(text, idStart - 1);
  const quotedName = isQuote(before);
  let quoted = quotedName;
  if (quotedName) {
    // `"password": …` is a quoted key; `"DB_PASSWORD=…"` and `'user-token: …'` are a whole
    // assignment or header inside a string.
    if (codeAt(text, j) === before) j++;
    // JSON inside a string: `{\"access_token\":\"…\"}`.
    else if (codeAt(text, j) === Ch.Backslash && codeAt(text, j + 1) === before && codeAt(text, idStart - 2) === Ch.Backslash) j += 2;
    else quoted = false;
  }
  const parameter = before === Ch.Question || before === Ch.Amp;
  if (codeAt(text, j) === Ch.CloseBracket) j++;
  else j = declaratorEnd(text, idStart, j);
  let operator: Op;
  const addValue = quoted ? addValueAt(text, idStart, j) : -1;
  OPERATOR.lastIndex = j;
  const op = addValue < 0 ? OPERATOR.exec(text) : null;
  if (addValue >= 0) {
    operator = Op.Assign;
    j = addValue;
  } else if (op) {
    operator = OPS.get(op[1]) ?? Op.Other;
    j = OPERATOR.lastIndex;
  } else if (id.flag && codeAt(text, j) === Ch.Space && codeAt(text, j + 1) !== Ch.Space && codeAt(text, j + 1) !== Ch.Dash) {
    // `--password s3cret`; several spaces are a help text column, not a value, and a dash starts
    // the next flag (`--passwords --current-user`).
    operator = Op.Space;
    j++;
  } else return undefined;
  if (operator === Op.Comma && !quoted) return undefined;
  // `score === 1 ? "Pass" : "Fail"`: a string after `?` is a branch of a conditional, not a key.
  if (quoted && operator === Op.Colon && isAfterQuestionMark(text, idStart - 2)) return undefined;
  // `input[type=password]:focus`: a value inside a CSS attribute selector, not a name.
  if (!quotedName && before === Ch.Equals && codeAt(text, id.nameEnd) === Ch.CloseBracket) return undefined;
  // `urn:ietf:params:oauth:grant-type:…`: a segment of a colon-separated name, not a key.
  if (operator === Op.Colon && before === Ch.Colon && isIdent(codeAt(text, idStart - 2))) return undefined;
  if (operator === Op.Element && before !== Ch.Less) return undefined;
  if (operator === Op.Call && (quoted || !isSetterName(name))) return undefined;
  if (operator === Op.Colon) {
    TYPE_ANNOTATION.lastIndex = j;
    if (TYPE_ANNOTATION.exec(text) && options.quotesRequired) j = TYPE_ANNOTATION.lastIndex;
  }
  return { operator, at: j, quoted, quotedName, parameter };
}

/**
 * `<add key="ClearTextPassword" value="…"/>`: the key attribute holds the name, the value
 * attribute the value. Where the value's quote opens, or -1.
 */
function addValueAt(text: string, idStart: number, at: number): number {
  ADD_VALUE.lastIndex = at;
  return ADD_VALUE.test(text) && /\bkey[ \t]*=[ \t]*$/.test(text.slice(Math.max(0, idStart - 12), idStart - 1)) ? ADD_VALUE.lastIndex : -1;
}

/**
 * After a name, what a declaration may put before its `=`: a C array declarator (`char
 * password[] = …`) or, after `var`/`const`, a Go type (`var apiToken string = …`). `at` if none.
 */
function declaratorEnd(text: string, idStart: number, at: number): number {
  const c = codeAt(text, at);
  if (c === Ch.OpenBracket) {
    ARRAY_DECLARATOR.lastIndex = at;
    return ARRAY_DECLARATOR.test(text) ? ARRAY_DECLARATOR.lastIndex : at;
  }
  if (c !== Ch.Space && c !== Ch.Tab) return at;
  GO_TYPE.lastIndex = at;
  if (!GO_TYPE.test(text) || !GO_DECLARATION.test(text.slice(Math.max(0, idStart - 8), idStart))) return at;
  return GO_TYPE.lastIndex;
}

/**
 * `setPassword("…")`, `SetAuthToken("…")`, `password("…")`: setters. Not `new
 * PasswordCredential("…")` or `t.pass("…")` (constructors and assertions), nor snake_case calls
 * (`auth_password("utf8", pwd)`: functions taking arguments).
 */
function isSetterName(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90 && !/^Set[A-Z]/.test(name)) return false;
  return name.toLowerCase() !== 'pass' && !name.includes('_');
}

/** Where the value lies, and the environment read it is the fallback of, if any. */
interface Span {
  readonly start: number;
  readonly end: number;
  /** `process.env.X ?? "…"`: the read's end and the variable read. */
  readonly readEnd: number;
  readonly envRead: string | undefined;
}

/** The literal after the operator: quoted, escaped-quoted (JSON in a string) or bare. */
function spanAt(text: string, id: Identifier, syntax: Syntax, options: GenericOptions): Span | undefined {
  let j = syntax.at;
  // `process.env.DB_PASSWORD ?? "…"`, `os.environ.get("DB_PASSWORD") or "…"`: the fallback
  // after an environment read is a literal in the code all the same.
  FALLBACK.lastIndex = j;
  const fallback = FALLBACK.exec(text);
  const readEnd = fallback ? j + fallback[1].length : -1;
  const envRead = fallback ? (fallback[2] ?? fallback[3]) : undefined;
  if (fallback) j = FALLBACK.lastIndex;
  STRING_PREFIX.lastIndex = j;
  const prefix = STRING_PREFIX.exec(text);
  const q = codeAt(text, j + (prefix?.[0].length ?? 0));
  const escaped = codeAt(text, j + 1);
  if (codeAt(text, j) === Ch.Backslash && (escaped === Ch.DoubleQuote || escaped === Ch.Quote)) {
    // An escaped quote opens the value: JSON inside a string; it ends at the escaped quote.
    const start = j + 2;
    // Values over MAX_VALUE are rejected anyway: searching no further keeps every hit O(1).
    const window = text.slice(start, start + MAX_VALUE + 2);
    const close = window.indexOf(escaped === Ch.Quote ? "\\'" : '\\"');
    const eol = window.indexOf('\n');
    if (close < 0 || (eol >= 0 && eol < close)) return undefined;
    return { start, end: start + close, readEnd, envRead };
  }
  if (isQuote(q)) {
    const start = j + (prefix?.[0].length ?? 0) + 1;
    let end = start;
    const limit = Math.min(text.length, start + MAX_VALUE + 1);
    for (let c = codeAt(text, end); end < limit && c !== q && c !== Ch.Newline; c = codeAt(text, end)) end += c === Ch.Backslash ? 2 : 1;
    if (codeAt(text, end) !== q) return undefined;
    return { start, end, readEnd, envRead };
  }
  const { operator, quoted, quotedName, parameter } = syntax;
  if (
    options.quotesRequired &&
    !id.flag &&
    !parameter &&
    quoted === quotedName &&
    operator !== Op.Element &&
    !(operator === Op.Colon && inCredentialPair(text, id))
  )
    return undefined;
  if (operator === Op.Call || operator === Op.Comma || operator === Op.Equal) return undefined;
  const bare = bareValueAt(text, j, id.nameEnd, syntax);
  return bare === undefined ? undefined : { start: j, end: bare, readEnd, envRead };
}

/** `{user: derek, password: …}` right before the name, on its line: a user/password pair. */
const CREDENTIAL_PAIR = /\{[ \t]*(?:user|username)[ \t]*:[ \t]*[\w.-]+[ \t]*,[ \t]*$/;

/**
 * A password with an unquoted value after a bare user in one brace pair: configuration text held
 * in a code file's string (NATS and HOCON configs in Go raw strings), not an object literal of
 * variables, whose values the user/password judging below still has to pass.
 */
function inCredentialPair(text: string, id: Identifier): boolean {
  const lineStart = text.lastIndexOf('\n', id.nameStart) + 1;
  return id.nameStart - lineStart < 200 && CREDENTIAL_PAIR.test(text.slice(lineStart, id.nameStart));
}

/** The end of an unquoted value starting at `start`, or undefined when what stands there is not a value. */
function bareValueAt(
  text: string,
  start: number,
  nameEnd: number,
  { operator, quoted, quotedName, parameter }: Syntax,
): number | undefined {
  BARE.lastIndex = start;
  if (!BARE.exec(text)) return undefined;
  let end = BARE.lastIndex;
  // `password = getpass(…)`: a call, not a value; `token=FQoG[...]`: an index or a cut value.
  const after = codeAt(text, end);
  if (after === Ch.OpenParen || after === Ch.OpenBracket) return undefined;
  // `$secpasswd = ConvertTo-SecureString "…" -AsPlainText`: a PowerShell command, not a value.
  if (CMDLET.test(text.slice(start, end))) return undefined;
  // `<password>value</password>`: the element's text starts right after `>` and ends at `<`.
  if (operator === Op.Element && (codeAt(text, start - 1) !== Ch.Greater || after !== Ch.Less)) return undefined;
  // `DOMAIN_PASSWORD= WebLogic admin password`: a description (in shell, an empty variable
  // and a command); real assignments have no space after `=` or spaces on both sides.
  const spaceBefore = codeAt(text, start - 1);
  if (operator === Op.Assign && codeAt(text, nameEnd) === Ch.Equals && (spaceBefore === Ch.Space || spaceBefore === Ch.Tab))
    return undefined;
  // A URL parameter ends at the next one; so does a query string written in a string
  // (`'key=foo&value=one&key=bar'`).
  if (parameter || (quotedName && !quoted)) {
    const amp = text.slice(start, end).search(parameter ? /[&#]/ : /&[A-Za-z_]\w*=/);
    if (amp >= 0) end = start + amp;
  }
  // `--password suffers from the same …`: a flag named in prose (comments, docs), the word after it
  // followed by more words.
  if (operator === Op.Space && /^[a-z]+$/.test(text.slice(start, end)) && /^ [a-z]+\b/.test(text.slice(end, end + 40))) return undefined;
  return end;
}

function assignmentAt(text: string, idStart: number, idEnd: number, options: GenericOptions): Assignment | undefined {
  const id = identifierAt(text, idStart, idEnd);
  // Most names with a hint word are not assigned anything here (`keys.push(…)`, `token.length`):
  // look at the next character before slicing the name or classifying it.
  if (!mayAssign(text, idStart, id.nameEnd, id.flag)) return comparedBefore(text, idStart, id, options);
  const named = namedAt(text, id);
  if (!named) return undefined;
  const syntax = syntaxAt(text, idStart, id, named.name, options);
  if (!syntax) return undefined;
  const span = spanAt(text, id, syntax, options);
  if (!span) return undefined;
  return judgeSpan(text, named, syntax.operator, span, options.testFile === true);
}

/** `== `, `=== `, `!= `, `!== ` or `.equals(` right before a name, after a string literal. */
const COMPARISON_BEFORE = /(?:[!=]==?|\.equals(?:IgnoreCase)?\(|\.Equals\()[ \t]*$/;

/**
 * `"…" == password`, `"…".equals(password)`: a literal compared with a secret-like name, on the
 * name's left (a name on the left is an ordinary operator, in syntaxAt).
 */
function comparedBefore(text: string, idStart: number, id: Identifier, options: GenericOptions): Assignment | undefined {
  let i = idStart - 1;
  while (codeAt(text, i) === Ch.Space || codeAt(text, i) === Ch.Tab) i--;
  const c = codeAt(text, i);
  if (c !== Ch.Equals && c !== Ch.OpenParen) return undefined;
  const op = COMPARISON_BEFORE.exec(text.slice(Math.max(0, idStart - 24), idStart));
  if (!op) return undefined;
  let close = idStart - op[0].length - 1;
  while (codeAt(text, close) === Ch.Space || codeAt(text, close) === Ch.Tab) close--;
  const q = codeAt(text, close);
  if (!isQuote(q)) return undefined;
  let open = close - 1;
  const limit = Math.max(0, close - MAX_VALUE - 1);
  while (open >= limit && codeAt(text, open) !== q && codeAt(text, open) !== Ch.Newline) open--;
  if (codeAt(text, open) !== q || codeAt(text, open - 1) === Ch.Backslash) return undefined;
  const named = namedAt(text, id);
  return (
    named && judgeSpan(text, named, Op.Equal, { start: open + 1, end: close, readEnd: -1, envRead: undefined }, options.testFile === true)
  );
}

/** Value judging, once the value's span is known. */
function judgeSpan(text: string, { name, cls }: Named, operator: Op, span: Span, testFile: boolean): Assignment | undefined {
  let { start, end } = span;
  // `authorization: 'ApiKey …'`, `Authorization: NTLM …`: an HTTP auth scheme names the
  // credential that follows, so the value is the credential, whatever the name's strength.
  let info = cls;
  if (cls.nameClass === 'token' || cls.nameClass === 'api-key') {
    AUTH_SCHEME.lastIndex = start;
    const scheme = AUTH_SCHEME.exec(text);
    if (scheme && AUTH_SCHEME.lastIndex <= end + 1) {
      start = AUTH_SCHEME.lastIndex;
      if (start >= end) {
        // A bare value stopped at the space after the scheme.
        BARE.lastIndex = start;
        if (!BARE.exec(text)) return undefined;
        end = BARE.lastIndex;
      }
      info = TOKEN;
    }
  }
  const value = text.slice(start, end);
  // `('user', 'password', 'credit_card')`, `__properties = ["email", "password", "name"]`,
  // `("auth", "0002_alter_permission_name_max_length")`, `"result":"Pass","rule_type":…`: a list of
  // names (field lists, tuples of identifiers, JSON keys), where the next element is another name.
  if (
    operator === Op.Comma &&
    (/^[A-Za-z][a-z]*$/.test(value) ||
      (/[-_]|[a-z][A-Z]/.test(value) && wordShare(value) >= 0.7) ||
      /^[ \t]*:/.test(text.slice(end + 1, end + 8)))
  )
    return undefined;
  if (codeAt(value, 0) === Ch.OpenBrace) return judgeMembers(name, info, value, start, testFile);
  // A plain assignment (`=`, `:`), not an argument, a list element or a flag.
  const assigned = operator === Op.Assign || operator === Op.Colon || operator === Op.Walrus || operator === Op.Arrow;
  const found = judge(name, info, value, start, end, assigned, testFile);
  return found && span.readEnd >= 0 ? { ...found, fallbackBefore: start - span.readEnd, envRead: span.envRead } : found;
}

/** `?` before `at`, spaces and tabs skipped: the condition of a ternary ends there. */
function isAfterQuestionMark(text: string, at: number): boolean {
  let i = at;
  while (codeAt(text, i) === Ch.Space || codeAt(text, i) === Ch.Tab) i--;
  return codeAt(text, i) === Ch.Question;
}

/** A PowerShell cmdlet name: an approved verb, a dash and a noun. */
const CMDLET =
  /^(?:Add|Clear|Convert|ConvertFrom|ConvertTo|Export|Get|Import|Invoke|Join|New|Out|Protect|Read|Remove|Resolve|Select|Set|Start|Stop|Test|Unprotect|Write)-[A-Z][A-Za-z]+$/;

/** HTTP authentication schemes that precede a credential in a header value. */
const AUTH_SCHEME = /(?:ApiKey|Api-Key|Token|NTLM|Negotiate|Bearer|Basic|Digest|SSWS|GenieKey|Key)[ \t]+(?=[A-Za-z0-9+/=._~-]{8})/iy;

/** A member value inside a JSON object written as a string: `:"…"` or `:\"…\"`. */
const MEMBER_VALUE = /:[ \t]*\\?["']([^"'\\\s]{8,200})\\?["']/dg;

/**
 * A JSON object inside a string assigned to a secret-like name (`"Apitoken": "{\"name\":\"…\",
 * \"sig\":\"…\"}"`): the credential is its most random member value.
 */
function judgeMembers(name: string, cls: NameInfo, value: string, offset: number, testFile: boolean): Assignment | undefined {
  let best: Assignment | undefined;
  MEMBER_VALUE.lastIndex = 0;
  for (let m = MEMBER_VALUE.exec(value); m; m = MEMBER_VALUE.exec(value)) {
    const [s, e] = m.indices![1];
    const found = judge(name, cls, m[1], offset + s, offset + e, true, testFile);
    if (found && (!best || found.entropy > best.entropy)) best = found;
  }
  return best;
}

/**
 * A value made of dictionary-like words (`base64EncodedKey`, `disable-source-control`): an
 * identifier or a description, not a random key. Every letter run has 3+ letters and a vowel.
 */
export function looksLikeWords(value: string): boolean {
  const parts = value.split(/[-_./]|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/).filter(Boolean);
  if (parts.length < 2) return false;
  // A word is written in one case or capitalised (`Key`, `KEY`, `key`), never `ZLADEBmco`.
  return parts.every((p) =>
    /^[0-9]{1,4}$/.test(p)
      ? true
      : /^(?:[A-Z]?[a-z]{2,}|[A-Z]{3,})$/.test(p) && /[aeiouy]/i.test(p) && !/[bcdfghjklmnpqrstvwxz]{4,}/i.test(p),
  );
}

/**
 * Letters no language would spell (`nsabevtxybvqhikbkydk`): few vowels or a long consonant
 * cluster, unlike identifiers and words run together (`reallyreallyverysafe`, `defaultSecret`).
 * Random keys of letters only are rare but do occur (and test keys typed by hand look like this).
 */
export function looksRandomLetters(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '');
  if (letters.length < 12 || letters.length !== value.replace(/[-_.]/g, '').length) return false;
  const vowels = letters.replace(/[^aeiouAEIOU]/g, '').length;
  return vowels / letters.length < 0.3 || /[bcdfghjklmnpqrstvwxz]{5,}/i.test(letters);
}

/**
 * A short quoted value of 2-4 words with something no sentence has: a word mixing letters with
 * digits or symbols, or a word without a vowel (`Pr. I51femz`, `ewf? lbk nh`).
 */
function isPassphrase(value: string): boolean {
  if (value.length > 40 || !/^\S+(?: \S+){1,3}$/.test(value) || /["'`]/.test(value)) return false;
  return !value
    .split(' ')
    .every((w) => (/^[A-Za-z]+[.,:;!?]?$/.test(w) && (/[aeiouy]/i.test(w) || w.length <= 2)) || /^\d+$/.test(w) || /^[-–—&+/]$/.test(w));
}

/**
 * The value spells the name or part of it: an enum constant or an operation name
 * (`RelationalDatabasePasswordVersionCurrent = "CURRENT"`, `opGetKMSEncryptionKey =
 * "GetKMSEncryptionKey"`, `FindingTypeSensitiveDataS3objectCredentials =
 * "SensitiveData:S3Object/Credentials"`), not a secret.
 */
function isNameOfTheName(name: string, value: string): boolean {
  const flatValue = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (
    flatValue.length >= 4 &&
    name
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .includes(flatValue)
  )
    return true;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) return false;
  const nameWords = new Set(tokensOf(name));
  const valueWords = tokensOf(value);
  return valueWords.length > 0 && valueWords.every((w) => nameWords.has(w));
}

/**
 * Base64 of plain text (`dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl` = "this is not a real value"): three or
 * more words of letters and spaces. Key material decodes to bytes, not prose; `user:password`
 * pairs (no spaces) still count.
 */
function isEncodedText(value: string): boolean {
  if (value.length < 16 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  let text: string;
  try {
    text = atob(value);
  } catch {
    return false;
  }
  return /^[A-Za-z]+(?: [A-Za-z]+){2,}[.!]?$/.test(text);
}

/** Longest value the generic rule considers (longer ones are data, not credentials). */
const MAX_VALUE = 1000;

/** The shortest value judged: a password of 4 characters, a key or token of 8, or 16 under a weak name (8 for a nonce). */
const minLengthOf = (cls: NameInfo): number => (cls.nameClass === 'password' ? 4 : cls.weak && !cls.short ? 16 : 8);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_OR_LETTER = /[\x00-\x1f\x7f]|(?![A-Za-z])\p{L}/u;
const ESCAPED_BYTES = /\\x[0-9a-f]{2}|\\[nrt]/i;
const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|pbkdf2[-\w]*)\$/;
const CALL_IN_VALUE = /\(.*\)/;
const WILDCARD = /^[A-Za-z0-9]{0,4}\*$/;
const EXTENSION = /^\.[A-Za-z0-9]{1,5}$/;
const CONCATENATION = /^\+[ \t]*[A-Za-z_$][\w$.]*[ \t]*(?:[)+;,]|$)/;
const WORKING_DIRECTORY_NAME = /(?:^|[^A-Z_])(?:OLD)?PWD$/;
const REFERENCE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const CONSTANT_PART = /^[A-Z]{2,}[0-9]?$|^[A-Z]*[0-9]+$/;
const SAYS_SECRET = /passw(?:or)?d|passphrase|secret|token/i;
const DIGITS_AND_CAPITALS = /\d{3,}.*[A-Z]|[A-Z].*\d{3,}/;
const QUOTED_NAME = /^(["'])[\w.:/-]+\1$/;
const CUT_SHORT = /[-_:]$/;
const NON_ALNUM = /[^a-z0-9]/g;

/**
 * Rejections that hold for every class: code, references, hashes, constants' names and stand-ins.
 * Pure rejections, so their order only decides the cost: the cheap and frequent ones come first.
 */
function isCodeOrStandIn(name: string, value: string): boolean {
  if (placeholderReason(value) || notSecretReason(value)) return true;
  // Localised UI text (i18n files) and escaped bytes are messages, not credentials.
  // (Non-ASCII symbols such as `§` do occur in passwords; non-ASCII letters are language.)
  if (CONTROL_OR_LETTER.test(value) || ESCAPED_BYTES.test(value)) return true;
  // Password hashes (bcrypt, argon2, sha-crypt) are what should be stored: not a leak.
  if (PASSWORD_HASH.test(value)) return true;
  // Code, wildcards and file names: `Base64(Header)`, `MYA*`, `.txt`.
  if (CALL_IN_VALUE.test(value) || WILDCARD.test(value) || EXTENSION.test(value)) return true;
  // The code between two strings, when the name was inside the first: `"newNonce=" + newNonce);`.
  if (value.includes(');') || CONCATENATION.test(value)) return true;
  // The shell's working directory (`PWD=/app`, also run into the previous value in an
  // environment dump: `…/binPWD=/app`), not a password; `DB_PWD=/…` still counts.
  const first = value.charCodeAt(0);
  if ((first === 47 || first === 126) && WORKING_DIRECTORY_NAME.test(name)) return true;
  // `config.password`, `settings.DB_PASS`: a reference to where the value lives.
  if (REFERENCE.test(value) && !/\d/.test(value)) return true;
  // A constant's name, not its value: `PKCS8_PRIVATEKEY`, `BCRYPT_RSAPRIVATE_BLOB`.
  if (CONSTANT_NAME.test(value) && value.split('_').every((p) => CONSTANT_PART.test(p)) && /[A-Z]{3}/.test(value)) return true;
  // Descriptive stand-ins: `x-pack-test-password`, `randomSecretString`, `56789secret`.
  if (SAYS_SECRET.test(value) && !DIGITS_AND_CAPITALS.test(value)) return true;
  // `"Key": \`"failover-regions"\`` in docs: a quoted name inside the quotes.
  if (QUOTED_NAME.test(value) && wordShare(value.slice(1, -1)) >= 0.7) return true;
  // Cut short by a template (`key-{{ checksum }}`): a name prefix, not a value. A trailing colon
  // is a label in prose (`Credential: Username: …`).
  return CUT_SHORT.test(value);
}

function judge(
  name: string,
  cls: NameInfo,
  value: string,
  start: number,
  end: number,
  assigned: boolean,
  testFile: boolean,
): Assignment | undefined {
  // Lengths first: half the values judged are too short, and cost nothing to reject.
  if (value.length > MAX_VALUE || value.length < minLengthOf(cls)) return undefined;
  // Passphrases may hold single spaces (`Mr. N00dles`); prose (`is required`, `Enter it here`) may not.
  const spaced = /\s/.test(value);
  if (spaced && (cls.nameClass !== 'password' || !assigned || !isPassphrase(value))) return undefined;
  if (isCodeOrStandIn(name, value)) return undefined;
  const lowerValue = value.toLowerCase();
  const lowerName = name.toLowerCase();
  const flatValue = lowerValue.replace(NON_ALNUM, '');
  const flatName = lowerName.replace(NON_ALNUM, '');
  if (lowerValue === lowerName || flatValue === flatName) return undefined;
  const bits = entropy(value);
  let confidence: 'medium' | 'low';
  if (cls.nameClass === 'password') {
    const c = passwordConfidence(value, assigned, spaced);
    if (!c) return undefined;
    confidence = c;
  } else {
    const c = keyConfidence(cls, value, bits);
    if (!c) return undefined;
    confidence = c;
  }
  // Last, as only the values that pass everything else pay for them:
  // In a test file, `test…`/`mock…` values are the test's own stand-ins (`testpassword`, `test-api-key-1`).
  if (testFile && /^(?:test|mock|stub)/i.test(value)) return undefined;
  if (isNameOfTheName(name, value)) return undefined;
  // The name again with a word around it and no digit: `account_key="myaccountkey=="`.
  if (flatName.length >= 6 && !/\d/.test(value) && flatValue.includes(flatName)) return undefined;
  if (isEncodedText(value)) return undefined;
  return {
    name,
    nameClass: cls.nameClass,
    weak: cls.weak,
    start,
    end,
    value,
    entropy: bits,
    confidence,
    fallbackBefore: undefined,
    envRead: undefined,
  };
}

/** A password-named value's confidence, or undefined when it is not one. */
function passwordConfidence(value: string, assigned: boolean, spaced: boolean): 'medium' | 'low' | undefined {
  // Counting digits (`1234567890123456` in AWS's MemoryDB docs): a documentation stand-in.
  if (/^\d+$/.test(value) && value.length >= 8 && longestRun(value) >= 8) return undefined;
  // Short words (`test`, `admin`) count only when plainly assigned: as an argument or a list
  // element they are usually the next key or a field type (`"password", "name"`).
  if (!assigned && value.length < 6 && /^[a-z]+$/i.test(value)) return undefined;
  return value.length >= 8 && classesOf(value) >= 2 && !spaced ? 'medium' : 'low';
}

/** A key-, token- or secret-named value's confidence, or undefined when it does not look random. */
function keyConfidence(cls: NameInfo, value: string, bits: number): 'medium' | 'low' | undefined {
  // Letters only is a word or an identifier, except base32 (TOTP secrets: `JBSWY3DPEHPK3PXP`).
  const base32 = cls.nameClass === 'secret' && /^[A-Z2-7]{16,}$/.test(value);
  const randomLetters = !cls.weak && /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(value) && looksRandomLetters(value);
  if (/^[A-Za-z_.-]+$/.test(value) && !base32 && !randomLetters && (cls.weak || value.length < 24 || bits < 3.8)) return undefined;
  // An 8-character value has at most 3 bits per character: one repeated character is allowed.
  // A nonce, short by design, is held to the bound of a key under a strong name.
  if (bits < (cls.weak && !cls.short ? 3.5 : Math.min(2.8, Math.log2(value.length) - 0.3))) return undefined;
  const classes = classesOf(value);
  if (classes < 2 && !base32 && !randomLetters) return undefined;
  // An alphabet or a counting stand-in (`ABCDEFGHIJ…0123456789`, `0123456789abcdef`): typed, not generated.
  if (longestRun(value) >= 6) return undefined;
  if (looksLikeWords(value)) return undefined;
  // Identifiers of several words (`s3_us_east_1_regional_endpoint`, `Ec2InstanceMetadata`): most
  // of the letters in words. (Not for passwords: people do choose `Summer2024Sunshine`.)
  if (/[-_]|[a-z][A-Z]/.test(value) && wordShare(value) >= 0.8) return undefined;
  return !cls.weak && !randomLetters && bits >= 3.5 && value.length >= 16 && !UUID.test(value) ? 'medium' : 'low';
}

/**
 * A value already cut out by another form's parser (generic-forms.ts: `password p` in a netrc
 * file, element text on its own line), judged as a plain assignment to `name`. `nameClass` is
 * for names the classifier does not know (`requirepass`); undefined: the name's own class.
 */
export function judgeNamedValue(
  name: string,
  value: string,
  start: number,
  end: number,
  testFile: boolean,
  nameClass?: NameClass,
): Assignment | undefined {
  const cls = nameClass ? { nameClass, weak: false } : classifyName(name);
  return cls && judge(name, cls, value, start, end, true, testFile);
}
