/**
 * Rescans only what an edit can affect. Findings before the edit stay, findings after it
 * shift by the edit's length change, and the lines around the edit are scanned again: one
 * line of context on each side (a suppression comment covers the line below it), widened
 * to whole multi-line findings and PEM blocks that the window cuts, and scanned with the line
 * before it as context (a value may be judged by the line above: XML element text).
 */
import { mentionsAfterEdit, mentionsOf, platformOfMentions } from './platform';
import type { Finding, ScanOptions, ScanResult } from './types';
import { DEFAULT_MAX_FILE_SIZE } from '../../../common/settings';

export type Scanner = (text: string, options?: ScanOptions) => ScanResult;

export interface TextChange {
  /** Offsets in the text before the change. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Rescans around one change; returns the same findings as a full scan of `newText` would. */
export function rescan(scan: Scanner, previous: ScanResult, newText: string, edit: TextChange, options: ScanOptions): ScanResult {
  // A change given end-first means the same span (the editor's library orders it so too).
  const change = edit.start <= edit.end ? edit : { ...edit, start: edit.end, end: edit.start };
  // Offsets that cannot be those of this edit (outside the old text, as its length implies): start over.
  const oldLength = newText.length - change.newText.length + (change.end - change.start);
  if (change.start < 0 || change.end > oldLength) return scan(newText, options);
  // A file that was skipped, or that crosses the size budget either way, is rescanned whole.
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (previous.skipped || newText.length > limit || newText.length > 50_000_000) return scan(newText, options);
  // The document-wide platform hint changed (an import was added or removed): everything may change.
  const inserted = change.start + change.newText.length;
  const mentions = previous.mentions ? mentionsAfterEdit(previous.mentions, newText, change.start, inserted) : mentionsOf(newText);
  const platform = platformOfMentions(mentions);
  if (platform !== previous.platform) return scan(newText, options);

  const delta = change.newText.length - (change.end - change.start);
  let winStart = lineStartAt(newText, lineStartAt(newText, change.start) - 1);
  let winEnd = lineEndAt(newText, lineEndAt(newText, inserted) + 1);

  const shifted: Finding[] = [];
  for (const f of previous.findings) {
    if (f.end <= change.start) shifted.push(f);
    else if (f.start >= change.end) shifted.push({ ...f, start: f.start + delta, end: f.end + delta });
    // a finding the change touched is gone; the window rescans its place
  }
  // Widen over findings that straddle the window (multi-line values) and over PEM blocks. The
  // window only grows and is bounded by the text, so this ends; the round limit makes that
  // plain, and a window that reached it (or the whole text) is a full scan anyway.
  winEnd = Math.min(winEnd, newText.length);
  for (let grown = true, rounds = 0; grown; rounds++) {
    if (rounds > 64 || (winStart === 0 && winEnd === newText.length)) return scan(newText, options);
    grown = false;
    for (const f of shifted) {
      if (f.start < winEnd && f.end > winStart && (f.start < winStart || f.end > winEnd)) {
        winStart = Math.min(winStart, lineStartAt(newText, f.start));
        winEnd = Math.max(winEnd, lineEndAt(newText, f.end));
        grown = true;
      }
    }
    const pem = pemBlockAround(newText, winStart, winEnd);
    if (pem && (pem.start < winStart || pem.end > winEnd)) {
      winStart = Math.min(winStart, pem.start);
      winEnd = Math.max(winEnd, pem.end);
      grown = true;
    }
  }

  // One line of context before the window, scanned but not taken from: a value may be judged by
  // the line above it (XML element text on the line after its tag, generic-forms.ts).
  const ctxStart = lineStartAt(newText, winStart - 1);
  const window = scan(newText.slice(ctxStart, winEnd), { ...options, platform });
  if (window.skipped) return scan(newText, options);
  const inside = window.findings
    .filter((f) => f.start + ctxStart >= winStart)
    .map((f) => ({ ...f, start: f.start + ctxStart, end: f.end + ctxStart }));
  const before = shifted.filter((f) => f.end <= winStart);
  const after = shifted.filter((f) => f.start >= winEnd);
  // Suppressed findings have no offsets to carry over, so an incremental result counts only
  // the window's; the editor does not show the count, and full scans (CLI) count exactly.
  // Lines examined only in part: the window's own, and the others' shifted like findings (a range
  // lies within one line, and the window is whole lines, so each is inside or outside it).
  const partial = [
    ...(previous.partial ?? []).filter((p) => p.end <= change.start && p.end <= winStart),
    ...(window.partial ?? [])
      .filter((p) => p.start + ctxStart >= winStart)
      .map((p) => ({ ...p, start: p.start + ctxStart, end: p.end + ctxStart })),
    ...(previous.partial ?? [])
      .filter((p) => p.start >= change.end && p.start + delta >= winEnd)
      .map((p) => ({ ...p, start: p.start + delta, end: p.end + delta })),
  ];
  return {
    findings: [...before, ...inside, ...after],
    suppressed: window.suppressed,
    platform,
    mentions,
    ...(partial.length ? { partial } : {}),
  };
}

function lineStartAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e + 1;
}

const PEM_SPAN = 64 * 1024;
const BEGIN = '-----BEGIN';

/** The PEM block (BEGIN … END lines) that overlaps [start, end), if any, within a bounded distance. */
function pemBlockAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const from = Math.max(0, start - PEM_SPAN);
  // The last BEGIN at or before `end`, searched for no further back than `from`: a document
  // without one is not read to its start on every keystroke.
  const at = text.slice(from, end + BEGIN.length).lastIndexOf(BEGIN);
  if (at < 0) return undefined;
  const begin = from + at;
  const finish = text.indexOf('-----END', begin);
  const blockEnd = finish < 0 ? Math.min(text.length, begin + PEM_SPAN) : lineEndAt(text, finish);
  if (blockEnd <= start && finish >= 0) return undefined;
  return { start: lineStartAt(text, begin), end: blockEnd };
}
