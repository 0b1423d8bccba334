/**
 * The one way KeyWarden shows a secret, everywhere: CLI text/JSON/SARIF, diagnostics, hover,
 * the client's notifications, logs and lists. A value shows at most MASK_MAX_SHOWN characters
 * and at most a quarter of its length, and none at all when it is shorter than MASK_MIN_LENGTH:
 * the head of a long random key tells which key it is, the head of a short password would be
 * most of it. No imports: the client, the CLI, the language server and the pure core all use this file.
 */

/** Values shorter than this (in characters) show nothing but "…". */
export const MASK_MIN_LENGTH = 8;
/** Never more than this many characters of a value. */
export const MASK_MAX_SHOWN = 4;

/** How many leading characters of a value of `length` characters may be shown. */
export function maskedLength(length: number): number {
  return length < MASK_MIN_LENGTH ? 0 : Math.min(MASK_MAX_SHOWN, Math.floor(length / 4));
}

/** `value` as it may be shown: its first few characters (see maskedLength), then "…". */
export function maskSecret(value: string): string {
  const chars = [...value];
  // Whitespace and control characters would break a one-line report (or hide what follows).
  const head = chars
    .slice(0, maskedLength(chars.length))
    .join('')
    .replace(/[\s\p{Cc}]/gu, ' ');
  return `${head}…`;
}

/** Shorter common runs than this are not taken for an echo of a secret (ids, words). */
const ECHO_MIN = 8;
/** Text longer than this is cut before redaction: server messages in errors are short. */
const REDACT_MAX = 2000;

/**
 * `text` (a server's error message, say) with every occurrence of each secret replaced by its
 * mask, and every run of ECHO_MIN or more characters that also occurs in a secret replaced by
 * "…" (a server that echoes part of a key: its secret half, or the key without a suffix).
 * Secrets shorter than 4 characters are not looked for. Text is cut at REDACT_MAX characters.
 */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let out = text.length > REDACT_MAX ? `${text.slice(0, REDACT_MAX)}…` : text;
  const list = [...secrets].filter((s): s is string => typeof s === 'string' && s.length >= 4).sort((a, b) => b.length - a.length);
  for (const s of list) out = out.split(s).join(maskSecret(s));
  const windows = new Set<string>();
  for (const s of list) for (let i = 0; i + ECHO_MIN <= s.length; i++) windows.add(s.slice(i, i + ECHO_MIN));
  if (windows.size === 0) return out;
  const hide = new Uint8Array(out.length);
  let any = false;
  for (let i = 0; i + ECHO_MIN <= out.length; i++) {
    if (windows.has(out.slice(i, i + ECHO_MIN))) {
      hide.fill(1, i, i + ECHO_MIN);
      any = true;
    }
  }
  if (!any) return out;
  let result = '';
  for (let i = 0; i < out.length; i++) {
    if (!hide[i]) result += out[i];
    else if (i === 0 || !hide[i - 1]) result += '…';
  }
  return result;
}
