/**
 * The user README and docs/ point at each other a lot: a renamed heading or a moved file must
 * not leave a reader on a dead link. Every relative link and #anchor in README.md and docs/*.md
 * must reach an existing file and, when it names one, a heading of that file (GitHub's anchors).
 * Links inside code are not links, so the Markdown is parsed, not grepped.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const ROOT = path.join(__dirname, '..', '..');
const md = new MarkdownIt({ html: true });

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2 … */
export function githubAnchors(headings: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const text of headings) {
    const base = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

function textOf(inline: Token): string {
  return (inline.children ?? []).map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
}

interface Parsed {
  anchors: Set<string>;
  links: { href: string; line: number }[];
}

function parse(markdown: string): Parsed {
  const tokens = md.parse(markdown, {});
  const headings: string[] = [];
  const links: Parsed['links'] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') headings.push(textOf(tokens[i + 1]));
    if (t.type !== 'inline') return;
    let line = (t.map?.[0] ?? 0) + 1;
    for (const c of t.children ?? []) {
      if (c.type === 'softbreak' || c.type === 'hardbreak') line++;
      const href = c.type === 'link_open' ? c.attrGet('href') : c.type === 'image' ? c.attrGet('src') : null;
      if (href) links.push({ href, line });
    }
  });
  // Explicit HTML anchors (<a id="…">, <a name="…">) count too.
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) headings.push(m[1]);
  return { anchors: githubAnchors(headings), links };
}

/** Each broken link as "file:line: href (why)". */
export function brokenLinks(files: readonly string[], root = ROOT): string[] {
  const cache = new Map<string, Parsed>();
  const parsed = (file: string) => {
    if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
    return cache.get(file)!;
  };
  const broken: string[] = [];
  for (const file of files) {
    for (const { href, line } of parsed(file).links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // http:, mailto: …: not ours to check here
      const [rawPath, anchor] = href.split('#', 2);
      const target = rawPath ? path.resolve(path.dirname(file), decodeURI(rawPath)) : file;
      const where = `${path.relative(root, file)}:${line}: ${href}`;
      if (!existsSync(target)) {
        broken.push(`${where} (no such file)`);
        continue;
      }
      if (anchor === undefined || anchor === '') continue;
      if (statSync(target).isDirectory() || !target.endsWith('.md')) {
        broken.push(`${where} (an anchor into something that is not a Markdown file)`);
        continue;
      }
      if (!parsed(target).anchors.has(decodeURIComponent(anchor))) broken.push(`${where} (no heading with that anchor)`);
    }
  }
  return broken;
}

const docsFiles = () => [
  path.join(ROOT, 'README.md'),
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(ROOT, 'docs', f)),
];

describe('docs: links and anchors', () => {
  it('every relative link and #anchor in README.md and docs/*.md reaches a file and a heading', () => {
    assert.deepEqual(brokenLinks(docsFiles()), []);
  });

  it("computes GitHub's anchors, as the links in README and docs rely on", () => {
    const anchors = githubAnchors([
      'Is this key live? (opt-in verification)',
      'Arthur Platform (keywarden.arthur.platformUrl, default https://platform.arthur.ai)',
      'Writing to .env',
      'Baseline',
      'Baseline',
    ]);
    assert.deepEqual(
      [...anchors],
      [
        'is-this-key-live-opt-in-verification',
        'arthur-platform-keywardenarthurplatformurl-default-httpsplatformarthurai',
        'writing-to-env',
        'baseline',
        'baseline-1',
      ],
    );
  });

  it('reports a link to a missing file, a missing heading, and ignores links inside code', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'kw-docs-'));
    const a = path.join(tmp, 'a.md');
    const b = path.join(tmp, 'b.md');
    writeFileSync(b, '# Title\n\n## Real `part`\n');
    writeFileSync(
      a,
      [
        '# A',
        '[ok](b.md#real-part) [ok too](#a) [web](https://example.com/x#y)',
        '[gone](c.md) [no heading](b.md#unreal)',
        '`[in code](nowhere.md)`',
        '```',
        '[in a fence](nowhere.md)',
        '```',
      ].join('\n'),
    );
    try {
      assert.deepEqual(brokenLinks([a], tmp), ['a.md:3: c.md (no such file)', 'a.md:3: b.md#unreal (no heading with that anchor)']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
