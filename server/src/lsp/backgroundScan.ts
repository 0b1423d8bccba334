/**
 * Full scans of large documents off the language server's thread: a 2 MB document can take a
 * second or more to scan, and the server must keep answering meanwhile (issue 20, item 4). One
 * worker, started on first use, scans one document at a time; where it cannot start (the file is
 * missing, threads unavailable) scans run here, as before.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { scan } from '../core';
import type { ScanOptions, ScanResult } from '../core/types';

/** Documents longer than this (UTF-16 code units) are scanned in the background when opened or reloaded. */
export const BACKGROUND_SCAN_CHARS = 200_000;

export class BackgroundScanner {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (r: ScanResult) => void; text: string; options: ScanOptions }>();

  constructor(private readonly script = path.join(__dirname, 'scanWorker.js')) {}

  scan(text: string, options: ScanOptions): Promise<ScanResult> {
    const worker = this.start();
    if (!worker) return Promise.resolve(scan(text, options));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, text, options });
      worker.postMessage({ id, text, options });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.unref(); // never what keeps the server alive after its client has gone
      worker.on('message', ({ id, result }: { id: number; result: ScanResult }) => {
        const w = this.waiting.get(id);
        this.waiting.delete(id);
        w?.resolve(result);
      });
      const fail = () => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.failed = true;
        // What was waiting is scanned here: nothing is lost, only the thread changes.
        for (const [id, w] of this.waiting) {
          this.waiting.delete(id);
          w.resolve(scan(w.text, w.options));
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}
