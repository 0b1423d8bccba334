/**
 * Open documents with their latest scan. Changes are applied one by one and each is rescanned
 * incrementally (core/incremental.ts), so diagnostics follow every keystroke without a debounce.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { rescan } from '../core/incremental';
import { DEFAULT_MAX_FILE_SIZE, scan } from '../core';
import type { ScanOptions, ScanResult } from '../core/types';
import { BACKGROUND_SCAN_CHARS, type BackgroundScanner } from './backgroundScan';

export interface LintedDocument {
  doc: TextDocument;
  result: ScanResult;
  options: ScanOptions;
  /** A full scan is running in the background; `result` is empty until it ends. */
  scanning?: boolean;
  /** The text changed while it ran: its result is stale, and another one starts when it ends. */
  stale?: boolean;
}

const NOT_YET: ScanResult = { findings: [], suppressed: 0 };

export class LintedDocuments {
  private readonly docs = new Map<string, LintedDocument>();

  /**
   * `background` scans large documents off this thread (opened, replaced whole or relinted);
   * `onScanned` is told when such a result is in. Without it, every scan runs here.
   */
  constructor(
    private readonly background?: BackgroundScanner,
    private readonly onScanned: (entry: LintedDocument) => void = () => undefined,
  ) {}

  /** A full scan: here for ordinary documents, in the background for large ones. */
  private full(entry: LintedDocument): void {
    const text = entry.doc.getText();
    // Over the size limit is a quick "not scanned", said at once.
    if (!this.background || text.length <= BACKGROUND_SCAN_CHARS || text.length > (entry.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
      if (entry.scanning) entry.stale = true; // the running one's result must not overwrite this
      entry.result = scan(text, entry.options);
      return;
    }
    entry.result = NOT_YET;
    if (entry.scanning) {
      entry.stale = true;
      return;
    }
    entry.scanning = true;
    entry.stale = false;
    void this.background.scan(text, entry.options).then((result) => {
      entry.scanning = false;
      if (this.docs.get(entry.doc.uri) !== entry) return; // closed meanwhile
      if (entry.stale) {
        entry.stale = false;
        if (entry.result === NOT_YET) this.full(entry); // still waiting for a result of the latest text
        return;
      }
      entry.result = result;
      this.onScanned(entry);
    });
  }

  get(uri: string): LintedDocument | undefined {
    return this.docs.get(uri);
  }

  all(): LintedDocument[] {
    return [...this.docs.values()];
  }

  open(uri: string, languageId: string, version: number, text: string, options: ScanOptions): LintedDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    const entry: LintedDocument = { doc, options, result: NOT_YET };
    this.docs.set(uri, entry);
    this.full(entry);
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
        // No result to update yet: the background scan starts again on the new text when it ends.
        if (entry.scanning) entry.stale = true;
        else entry.result = rescan(scan, entry.result, entry.doc.getText(), { start, end, newText: change.text }, entry.options);
      } else {
        entry.doc = TextDocument.update(before, [change], version);
        this.full(entry);
      }
    }
    return entry;
  }

  /** Scans again from scratch, e.g. with new settings. */
  relint(uri: string, options: ScanOptions): LintedDocument | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    entry.options = options;
    this.full(entry);
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
