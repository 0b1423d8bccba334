/**
 * The language server's scan thread (dist/scanWorker.js): full scans of large documents run
 * here, so the server's own thread keeps answering hover, code actions and other documents.
 * The same core function as on the main thread, so the results are the same.
 */
import { parentPort } from 'worker_threads';
import { scan } from '../core';
import type { ScanOptions } from '../core/types';

parentPort?.on('message', ({ id, text, options }: { id: number; text: string; options: ScanOptions }) => {
  parentPort!.postMessage({ id, result: scan(text, options) });
});
