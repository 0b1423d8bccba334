/**
 * Scanning many files on every core: this thread and worker threads (running this same bundle)
 * read and scan batches of files; workers send back located findings. Each thread holds one
 * file at a time, so memory follows the largest file, not the corpus. Small scans stay on this
 * thread, where starting workers would cost more than it saves.
 */
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { readTextFileSync } from '../files';
import { scanFileText, type FileScan } from '../scanFile';

export interface FileJob {
  readonly abs: string;
  /** Path as reported (relative to the working directory). */
  readonly rel: string;
  /** Path as fingerprinted (relative to the repository root, so baselines match from anywhere). */
  readonly key: string;
}

export type FileOutcome = { readonly rel: string } & ({ readonly scan: FileScan } | { readonly skipped: string });

const BATCH = 16;
/** Batches a worker holds at once: the next one is waiting when it finishes one. */
const AHEAD = 2;
const MIN_FILES_FOR_WORKERS = 200;

export function scanOne(job: FileJob, maxFileSize: number): FileOutcome {
  const read = readTextFileSync(job.abs, maxFileSize);
  if ('skipped' in read) return { rel: job.rel, skipped: read.message };
  const scan = scanFileText(read.text, { path: job.key, maxFileSize });
  return scan.skipped ? { rel: job.rel, skipped: scan.skipped } : { rel: job.rel, scan };
}

/**
 * Results in the order of `jobs`. `threads` = threads that scan: this one and `threads - 1`
 * workers (1: no workers). This thread scans too, a batch at a time, and between batches hands
 * out work; each worker is kept AHEAD batches ahead so it never waits for this one.
 */
export async function scanAll(jobs: readonly FileJob[], maxFileSize: number, threads = defaultThreads()): Promise<FileOutcome[]> {
  if (threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS) return jobs.map((j) => scanOne(j, maxFileSize));
  const results: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const take = (): { start: number; jobs: FileJob[] } | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return { start, jobs: jobs.slice(start, next) };
  };
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { keywardenScanWorker: true, maxFileSize } });
      let inFlight = 0;
      let done = false;
      const feed = () => {
        while (inFlight < AHEAD) {
          const batch = take();
          if (!batch) break;
          inFlight++;
          worker.postMessage(batch);
        }
        if (inFlight === 0) {
          done = true;
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', ({ start, outcomes }: { start: number; outcomes: FileOutcome[] }) => {
        outcomes.forEach((o, i) => (results[start + i] = o));
        inFlight--;
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
      feed();
    });
  const workers = Promise.all(Array.from({ length: threads - 1 }, runWorker));
  // This thread's share: a batch, then a turn of the event loop so workers get their next ones.
  for (let batch = take(); batch; batch = take()) {
    const { start, jobs: mine } = batch;
    mine.forEach((j, i) => (results[start + i] = scanOne(j, maxFileSize)));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await workers;
  return results;
}

function defaultThreads(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

/** True (and serving) when this thread is a scan worker started by scanAll. */
export function serveIfWorker(): boolean {
  if (isMainThread || !(workerData as { keywardenScanWorker?: boolean } | undefined)?.keywardenScanWorker) return false;
  const { maxFileSize } = workerData as { maxFileSize: number };
  parentPort!.on('message', ({ start, jobs }: { start: number; jobs: FileJob[] }) => {
    parentPort!.postMessage({ start, outcomes: jobs.map((j) => scanOne(j, maxFileSize)) });
  });
  return true;
}
