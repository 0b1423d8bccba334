/**
 * Jupyter notebooks on disk (the CLI's view): each code cell is scanned as its own document in
 * the notebook's language, and findings are mapped back to line and column of the .ipynb JSON,
 * so that a report points at the file a reviewer sees in a diff. (In the editor, cells arrive as
 * ordinary documents and need none of this.)
 */
import type { Finding, ScanOptions, ScanResult } from './types';

export interface NotebookFinding {
  readonly finding: Finding;
  /** 0-based cell index. */
  readonly cell: number;
  /** 1-based positions in the .ipynb file. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface NotebookScan {
  readonly findings: NotebookFinding[];
  readonly suppressed: number;
  /** Set when the JSON could not be read as a notebook. */
  readonly error?: string;
}

type Scan = (text: string, options?: ScanOptions) => ScanResult;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Findings of each code cell, located in the .ipynb JSON. A file that is not a notebook (not
 * JSON, no "cells" array, a cell that is not an object) comes back with `error` and no findings;
 * entries of a cell's `source` that are not strings hold no code and are left out, so they
 * neither join the scanned text nor shift where a finding is reported.
 */
export function scanNotebook(json: string, scan: Scan, options: ScanOptions = {}): NotebookScan {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch (err) {
    return { findings: [], suppressed: 0, error: `not a valid notebook: ${(err as Error).message}` };
  }
  if (!isObject(nb) || !Array.isArray(nb.cells)) return { findings: [], suppressed: 0, error: 'not a valid notebook: no "cells" array' };
  const cells: unknown[] = nb.cells;
  const bad = cells.findIndex((c) => !isObject(c));
  if (bad >= 0) return { findings: [], suppressed: 0, error: `not a valid notebook: cell ${bad + 1} is not an object` };
  const metadata = isObject(nb.metadata) ? nb.metadata : {};
  const named = (o: unknown, key: string) => (isObject(o) && typeof o[key] === 'string' ? (o[key] as string) : undefined);
  const language = named(metadata.language_info, 'name') ?? named(metadata.kernelspec, 'language') ?? 'python';
  const lineStarts = lineStartsOf(json);
  const out: NotebookFinding[] = [];
  let suppressed = 0;
  let searchFrom = 0;
  (cells as Record<string, unknown>[]).forEach((cell, index) => {
    const source = cell.source;
    const lines =
      typeof source === 'string'
        ? splitKeepingNewlines(source)
        : Array.isArray(source)
          ? source.filter((l): l is string => typeof l === 'string')
          : [];
    // Locate each source line's JSON string in the raw file, in order.
    const located: { text: string; cellOffset: number; fileOffset: number }[] = [];
    let cellOffset = 0;
    for (const line of lines) {
      const encoded = JSON.stringify(line);
      const at = json.indexOf(encoded, searchFrom);
      if (at >= 0) searchFrom = at + encoded.length;
      located.push({ text: line, cellOffset, fileOffset: at });
      cellOffset += line.length;
    }
    if (cell.cell_type !== 'code') return;
    const text = lines.join('');
    const result = scan(text, { ...options, languageId: language });
    suppressed += result.suppressed;
    for (const finding of result.findings) {
      const start = toFile(located, finding.start, lineStarts);
      const end = toFile(located, finding.end, lineStarts);
      out.push({ finding, cell: index, ...start, endLine: end.line, endColumn: end.column });
    }
  });
  return { findings: out, suppressed };
}

function splitKeepingNewlines(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line holding `offset`: the last line start at or before it (binary search). */
function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Offsets in `text` to 0-based lines and columns (columns in UTF-16 code units, as offsets and
 * LSP positions count them). The line starts are found once; each lookup is a binary search.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStartsOf(text);
  return (offset) => {
    const line = lineIndexOf(starts, offset);
    return { line, column: offset - starts[line] };
  };
}

/** Maps an offset in the joined cell text to a 1-based line/column in the .ipynb file. */
function toFile(
  located: { text: string; cellOffset: number; fileOffset: number }[],
  offset: number,
  lineStarts: number[],
): { line: number; column: number } {
  let i = located.length - 1;
  while (i > 0 && located[i].cellOffset > offset) i--;
  const seg = located[i];
  if (!seg || seg.fileOffset < 0) return { line: 1, column: 1 };
  // Column inside the encoded string: the encoded length of the part before the offset.
  const within = Math.min(offset - seg.cellOffset, seg.text.length);
  const encodedPrefix = JSON.stringify(seg.text.slice(0, within)).length - 1; // opening quote kept, closing dropped
  const fileOffset = seg.fileOffset + encodedPrefix;
  const line = lineIndexOf(lineStarts, fileOffset);
  return { line: line + 1, column: fileOffset - lineStarts[line] + 1 };
}
