/**
 * A file's text scanned as the CLI and the workspace scan see it: findings located by line and
 * column (0-based, UTF-16), with notebooks (.ipynb) scanned cell by cell and located in the JSON.
 */
import { scan } from '../core';
import { lineLocator, scanNotebook } from '../core/notebook';
import type { Finding, ScanOptions } from '../core/types';

export interface LocatedFinding {
  readonly finding: Finding;
  /** 0-based line and UTF-16 column of the value's start and end in the file. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface FileScan {
  readonly findings: LocatedFinding[];
  readonly suppressed: number;
  /** Why the file was not scanned (too large, binary, lockfile, not a valid notebook). */
  readonly skipped?: string;
  /** Lines examined only in part (over the per-line budget), for people: `line 3: not examined past column …`. */
  readonly partial?: readonly string[];
}

/**
 * Never throws: a file the core cannot handle is skipped with the reason, so one odd file never
 * aborts a whole scan (the CLI's or the editor's workspace scan).
 */
export function scanFileText(text: string, options: ScanOptions): FileScan {
  try {
    return scanUnguarded(text, options);
  } catch (err) {
    return { findings: [], suppressed: 0, skipped: `not scanned: ${(err as Error).message ?? String(err)}` };
  }
}

function scanUnguarded(text: string, options: ScanOptions): FileScan {
  if (options.path?.toLowerCase().endsWith('.ipynb')) {
    const nb = scanNotebook(text, scan, options);
    if (nb.error) return { findings: [], suppressed: 0, skipped: nb.error };
    return {
      findings: nb.findings.map((n) => ({
        finding: n.finding,
        line: n.line - 1,
        column: n.column - 1,
        endLine: n.endLine - 1,
        endColumn: n.endColumn - 1,
      })),
      suppressed: nb.suppressed,
    };
  }
  const result = scan(text, options);
  if (result.skipped) return { findings: [], suppressed: 0, skipped: result.skipped.message };
  const partial = result.partial?.length ? { partial: result.partial.map((p) => `line ${lineOf(text, p.start)}: ${p.message}`) } : {};
  if (result.findings.length === 0) return { findings: [], suppressed: result.suppressed, ...partial };
  const locate = lineLocator(text);
  return {
    findings: result.findings.map((f) => {
      const s = locate(f.start);
      const e = locate(f.end);
      return { finding: f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    }),
    suppressed: result.suppressed,
    ...partial,
  };
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
