/**
 * Open documents with their latest scan. Changes are applied one by one and each is rescanned
 * incrementally (core/incremental.ts), so diagnostics follow every keystroke without a debounce.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { rescan } from '../core/incremental';
import { scan } from '../core';
import type { ScanOptions, ScanResult } from '../core/types';

export interface LintedDocument {
  doc: TextDocument;
  result: ScanResult;
  options: ScanOptions;
}

export class LintedDocuments {
  private readonly docs = new Map<string, LintedDocument>();

  get(uri: string): LintedDocument | undefined {
    return this.docs.get(uri);
  }

  all(): LintedDocument[] {
    return [...this.docs.values()];
  }

  open(uri: string, languageId: string, version: number, text: string, options: ScanOptions): LintedDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    const entry = { doc, options, result: scan(text, options) };
    this.docs.set(uri, entry);
    return entry;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): LintedDocument | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    for (const change of changes) {
      const before = entry.doc;
      if ('range' in change) {
        // A range may end before it starts: the text-document library swaps its positions (then
        // clamps them to the text), and the rescan must see the very offsets it replaced.
        const { start: from, end: to } = wellFormed(change.range);
        const start = before.offsetAt(from);
        const end = before.offsetAt(to);
        entry.doc = TextDocument.update(before, [change], version);
        entry.result = rescan(scan, entry.result, entry.doc.getText(), { start, end, newText: change.text }, entry.options);
      } else {
        entry.doc = TextDocument.update(before, [change], version);
        entry.result = scan(entry.doc.getText(), entry.options);
      }
    }
    return entry;
  }

  /** Scans again from scratch, e.g. with new settings. */
  relint(uri: string, options: ScanOptions): LintedDocument | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    entry.options = options;
    entry.result = scan(entry.doc.getText(), options);
    return entry;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }
}

/** The range with its positions in order, exactly as vscode-languageserver-textdocument orders them. */
function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
