/**
 * Finds the string literal (if any) that holds a secret value, so a fix can replace the whole
 * literal, or split it around the value, in the language's own syntax. A small line tokenizer
 * is enough: secrets sit in simple literals, and anything we cannot read confidently gets no
 * env-var fix rather than a broken one.
 */
import type { LanguageFamily, StringLiteral } from './languages';

const PREFIX_CHARS: Partial<Record<LanguageFamily, RegExp>> = {
  python: /[rRbBuUfF]{1,2}$/,
  csharp: /(?:\$@|@\$|\$|@)$/,
  rust: /b$/,
};

function quoteCharsOf(family: LanguageFamily): string {
  switch (family) {
    case 'javascript':
    case 'go':
    case 'shell':
      return `"'\``;
    case 'java':
    case 'kotlin':
    case 'csharp':
    case 'c':
    case 'rust':
      return '"';
    default:
      return `"'`;
  }
}

function lineCommentOf(family: LanguageFamily): string[] {
  switch (family) {
    case 'python':
    case 'shell':
    case 'yaml':
    case 'ruby':
    case 'powershell':
    case 'dockerfile':
    case 'properties':
    case 'toml':
      return ['#'];
    case 'php':
      return ['#', '//'];
    case 'ini':
      return [';', '#'];
    default:
      return ['//'];
  }
}

/** Whether a backslash escapes the next character inside a literal opened with `quote`. */
function backslashEscapes(family: LanguageFamily, quote: string, prefix: string): boolean {
  if (family === 'shell' && quote === "'") return false;
  if (family === 'powershell') return false; // PowerShell escapes with a backtick
  if (family === 'go' && quote === '`') return false;
  if (family === 'python' && /r/i.test(prefix)) return true; // raw strings still skip \" when scanning
  if (family === 'csharp' && prefix.includes('@')) return false;
  return true;
}

/**
 * Returns the literal whose content contains [start, end), or undefined when the value is not
 * inside a single literal (unquoted YAML/.env values, or syntax we do not recognise).
 */
export function findStringLiteral(text: string, start: number, end: number, family: LanguageFamily): StringLiteral | undefined {
  const quotes = quoteCharsOf(family);
  // Fast path, also the only one for literals that span lines (PEM blocks in triple quotes):
  // the value is the literal's whole content.
  for (const q of family === 'python' ? ['"""', "'''", '"', "'"] : [...quotes]) {
    if (text.startsWith(q, start - q.length) && text.startsWith(q, end)) {
      const open = start - q.length;
      const prefix = prefixBefore(text, open, family);
      return { start: open - prefix.length, end: end + q.length, prefix, quote: q, contentStart: start, contentEnd: end };
    }
  }
  // Otherwise tokenize the line the value starts on.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const comments = lineCommentOf(family);
  let i = lineStart;
  while (i < lineEnd) {
    const ch = text[i];
    if (comments.some((c) => text.startsWith(c, i)) && i < start) {
      // A secret inside a comment is not in a literal.
      return undefined;
    }
    if (!quotes.includes(ch)) {
      i++;
      continue;
    }
    const q = family === 'python' && text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
    const prefix = prefixBefore(text, i, family);
    const escapes = backslashEscapes(family, q, prefix);
    const contentStart = i + q.length;
    let j = contentStart;
    let closed = -1;
    while (j < lineEnd) {
      if (escapes && text[j] === '\\') {
        j += 2;
        continue;
      }
      if (family === 'csharp' && prefix.includes('@') && text.startsWith('""', j)) {
        j += 2;
        continue;
      }
      if (text.startsWith(q, j)) {
        closed = j;
        break;
      }
      j++;
    }
    if (closed < 0) return undefined;
    if (contentStart <= start && end <= closed) {
      return { start: i - prefix.length, end: closed + q.length, prefix, quote: q, contentStart, contentEnd: closed };
    }
    if (contentStart > start) return undefined;
    i = closed + q.length;
  }
  return undefined;
}

function prefixBefore(text: string, quoteAt: number, family: LanguageFamily): string {
  const re = PREFIX_CHARS[family];
  if (!re) return '';
  const before = text.slice(Math.max(0, quoteAt - 2), quoteAt);
  const m = re.exec(before);
  if (!m) return '';
  // The prefix must not be the tail of an identifier (`buf"` is not a bytes literal).
  const at = quoteAt - m[0].length;
  return at > 0 && /[\w]/.test(text[at - 1]) ? '' : m[0];
}
