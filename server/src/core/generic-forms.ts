/**
 * Forms of the generic rule that its operator parser (generic.ts) does not read, each only where
 * the file's format has it:
 * - a name and its value separated by spaces alone, in formats whose syntax is `key value`:
 *   `.netrc`-like files (`machine h login u password p`), nginx, BIND, Redis and LDAP client
 *   configuration (`secret "…";`, `requirepass …`, `bindpw …`);
 * - XML element text on the line after the opening tag (`<password>` / `  …` / `</password>`).
 *   The value line is judged by looking back one line; the incremental rescan scans one line of
 *   context before its window (incremental.ts), so that line is always there.
 */
import { judgeNamedValue, type Assignment } from './generic';
import type { NameClass } from './rule';

export type SpacedFormat = 'netrc' | 'directive';

/** Files written as netrc is: `keyword value` pairs anywhere on a line. */
const NETRC_FILES = new Set(['.netrc', '_netrc', 'netrc', '.fetchmailrc', 'fetchmailrc', '.msmtprc', 'msmtprc']);
/** Configuration whose directives are `name value` (`;`-terminated in nginx and BIND). */
const DIRECTIVE_FILE =
  /^(?:nginx\.conf|named\.conf(?:\.[\w-]+)?|rndc\.(?:conf|key)|redis[\w.-]*\.conf|sentinel[\w.-]*\.conf|ldap\.conf|nslcd\.conf|slapd\.conf|pam_ldap\.conf|libnss-ldap\.conf)$/;
const NGINX_DIR = /(?:^|\/)nginx\/(?:[^/]+\/)*[^/]+\.conf$|(?:^|\/)nginx\/sites-(?:available|enabled)\/[^/]+$/;

/** The `key value` format of a file, by its name; undefined for every other file. */
export function spacedFormatOf(path: string | undefined): SpacedFormat | undefined {
  if (!path) return undefined;
  const unix = path.replace(/\\/g, '/');
  const base = unix.slice(unix.lastIndexOf('/') + 1).toLowerCase();
  if (NETRC_FILES.has(base)) return 'netrc';
  return DIRECTIVE_FILE.test(base) || NGINX_DIR.test(unix) ? 'directive' : undefined;
}

/** Directives that hold a password without saying so in words the name classifier knows. */
const DIRECTIVE_CLASS: Readonly<Record<string, NameClass>> = {
  requirepass: 'password',
  masterauth: 'password',
  bindpw: 'password',
  rootpw: 'password',
};

/**
 * One directive per line: optional nginx header/variable setters, the name, spaces, one value
 * (quoted or bare), an optional `;`. A line with more words is prose or a longer directive.
 */
const DIRECTIVE_LINE =
  /^[ \t]*(?:(?:proxy_set_header|grpc_set_header|add_header|fastcgi_param|set)[ \t]+)?\$?([A-Za-z_][\w.-]{0,80})[ \t]+(?:"([^"\n]{1,1000})"|'([^'\n]{1,1000})'|([^\s;"'#{}]{1,1000}))[ \t]*(?:;[ \t]*)?$/d;
const NGINX_PASS = /^(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass/i;
const NETRC_PASSWORD = new Set(['password', 'passwd']);
/** Longest line read: longer ones are data (minified, base64), not configuration. */
const MAX_LINE = 2000;

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The line holding `at`, or undefined when it is longer than MAX_LINE; `end` is where it ends either way. */
function lineAt(text: string, at: number): { line: Line | undefined; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return { line: end - start > MAX_LINE ? undefined : { start, text: text.slice(start, end) }, end };
}

function directiveAt(line: Line, testFile: boolean): Assignment | undefined {
  const m = DIRECTIVE_LINE.exec(line.text);
  if (!m) return undefined;
  const group = m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
  const value = m[group];
  // `proxy_pass http://…` routes to an upstream; `set $token $arg_token` copies a variable.
  if (NGINX_PASS.test(m[1]) || value.startsWith('$')) return undefined;
  const start = line.start + m.indices![group][0];
  return judgeNamedValue(m[1], value, start, start + value.length, testFile, DIRECTIVE_CLASS[m[1].toLowerCase()]);
}

function netrcAt(line: Line, testFile: boolean): Assignment | undefined {
  const words = /[^\s]+/g;
  for (let w = words.exec(line.text); w; w = words.exec(line.text)) {
    if (!NETRC_PASSWORD.has(w[0].toLowerCase())) continue;
    const next = words.exec(line.text);
    if (!next) return undefined;
    const quoted = /^"([^"]+)"$/.exec(next[0]);
    const value = quoted ? quoted[1] : next[0];
    const start = line.start + next.index + (quoted ? 1 : 0);
    return judgeNamedValue(w[0], value, start, start + value.length, testFile, 'password');
  }
  return undefined;
}

/** `  <password>` alone on its line (attributes allowed), then the value alone on the next. */
const OPEN_TAG_LINE = /^[ \t]*<([A-Za-z_][\w.:-]{0,80})(?:[ \t][^<>\n]{0,200})?>[ \t]*$/;
const TEXT_LINE = /^[ \t]*([^\s<>]{1,1000})[ \t]*$/;

/** The value on the line after an opening tag that names a secret, when that line holds only the value. */
function elementTextAfter(text: string, line: Line, testFile: boolean): Assignment | undefined {
  const open = OPEN_TAG_LINE.exec(line.text);
  if (!open) return undefined;
  const nextStart = line.start + line.text.length + 1;
  if (text.charCodeAt(nextStart - 1) !== 10 || nextStart >= text.length) return undefined;
  const next = lineAt(text, nextStart).line;
  const value = next ? TEXT_LINE.exec(next.text) : null;
  if (!next || !value) return undefined;
  const start = next.start + next.text.indexOf(value[1]);
  return judgeNamedValue(open[1].slice(open[1].lastIndexOf(':') + 1), value[1], start, start + value[1].length, testFile);
}

/**
 * The assignments of these forms in `text`. `hints` are the ascending offsets of the generic
 * rule's hint words (the core's keyword pass); each line holding one is read once.
 */
export function findFormAssignments(
  text: string,
  hints: readonly number[],
  options: { format?: SpacedFormat; xml: boolean; testFile: boolean },
): Assignment[] {
  const { format, xml, testFile } = options;
  if (!format && !xml) return [];
  const out: Assignment[] = [];
  // Each line is searched for its ends once: hints on a line already read are skipped.
  let lineEnd = -1;
  for (const hit of hints) {
    if (hit <= lineEnd) continue;
    const { line, end } = lineAt(text, hit);
    lineEnd = end;
    if (!line || /^[ \t]*(?:#|\/\/)/.test(line.text)) continue;
    const found = xml ? elementTextAfter(text, line, testFile) : format === 'netrc' ? netrcAt(line, testFile) : directiveAt(line, testFile);
    if (found) out.push(found);
  }
  return out;
}
