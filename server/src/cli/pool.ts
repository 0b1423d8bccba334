/**
 * Scanning many files on every core: this thread and worker threads (running this same bundle)
 * read and scan batches of files; workers send back located findings, which come out in the
 * files' order. Each thread holds one file at a time and only a window of outcomes waits to be
 * taken, so memory follows the largest file, not the corpus. Small scans stay on this
 * thread, where starting workers would cost more than it saves.
 */
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { readTextFileSync } from '../io/files';
import { blobId } from '../io/git';
import { scanFileText, type FileScan } from '../io/scanFile';
import { capYoungGeneration } from './heapGrowth';

export interface FileJob {
  readonly abs: string;
  /** Path as reported (relative to the working directory). */
  readonly rel: string;
  /** Path as fingerprinted (relative to the repository root, so baselines match from anywhere). */
  readonly key: string;
  /** In a git repository: give files with findings their git blob id (sha1), for git states without blame. */
  readonly blob?: boolean;
}

export type FileOutcome = { readonly rel: string } & ({ readonly scan: FileScan; readonly blob?: string } | { readonly skipped: string });

const BATCH = 16;
/** Batches a worker holds at once: the next one is waiting when it finishes one. */
const AHEAD = 2;
const MIN_FILES_FOR_WORKERS = 200;
/** Files handed out one at a time at the start, before their findings say how dense the tree is. */
const FIRST_FILES = 4;

export function scanOne(job: FileJob, maxFileSize: number): FileOutcome {
  const read = readTextFileSync(job.abs, maxFileSize);
  if ('skipped' in read) return { rel: job.rel, skipped: read.message };
  const scan = scanFileText(read.text, { path: job.key, maxFileSize });
  capYoungGeneration();
  if (scan.skipped) return { rel: job.rel, skipped: scan.skipped };
  return job.blob && scan.findings.length ? { rel: job.rel, scan, blob: blobId(read.text, 'sha1') } : { rel: job.rel, scan };
}

/** Files handed out beyond the one the caller is waiting for: bounds what waits in memory, in order. */
const WINDOW = BATCH * 8;
/** No more files are handed out while this many findings wait to be taken (files full of secrets). */
const MAX_HELD_FINDINGS = 4000;

/**
 * A worker's young generation: V8 grows it up to 48 MB when many objects survive (a file with
 * thousands of findings), which is most of the memory a scan of a tree full of secrets takes;
 * a small one costs a few more scavenges.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

const findingsIn = (o: FileOutcome) => ('scan' in o ? o.scan.findings.length : 0);

/**
 * Outcomes in the order of `jobs`, as they are ready. `threads` = threads that scan: this one
 * and `threads - 1` workers (1: no workers). This thread scans too, a batch at a time, and
 * between batches hands out work; each worker is kept AHEAD batches ahead so it never waits for
 * this one, but never more than WINDOW files past the first outcome not yet taken, nor while
 * MAX_HELD_FINDINGS wait: a slow consumer (writing the report, asking git) holds back the scan
 * instead of piling up findings.
 */
export async function* scanStream(jobs: readonly FileJob[], maxFileSize: number, threads = defaultThreads()): AsyncGenerator<FileOutcome> {
  if (threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS) {
    for (const j of jobs) yield scanOne(j, maxFileSize);
    return;
  }
  const ready = new Map<number, FileOutcome>();
  let taken = 0; // outcomes yielded so far
  let next = 0; // jobs handed out so far
  let held = 0; // findings in `ready`
  let wake: (() => void) | undefined;
  let failure: unknown;
  const keep = (index: number, outcome: FileOutcome) => {
    keepCounting(outcome);
    ready.set(index, outcome);
    held += findingsIn(outcome);
  };
  let seenFiles = 0;
  let seenFindings = 0;
  const keepCounting = (outcome: FileOutcome) => {
    seenFiles++;
    seenFindings += findingsIn(outcome);
  };
  const tooDenseForWorkers = () => seenFindings / seenFiles > MAX_HELD_FINDINGS / (BATCH * AHEAD * 4);
  const take = (forWorker = false): { start: number; jobs: FileJob[] } | undefined => {
    if (next >= jobs.length || next >= taken + WINDOW || held > MAX_HELD_FINDINGS) return undefined;
    const start = next;
    // Files full of findings go one at a time, so what is in flight stays small too; until a few
    // files have been seen, batches are small (a tree full of secrets would otherwise start with
    // BATCH * (AHEAD + 1) files' findings at once, copied between threads).
    const dense = tooDenseForWorkers();
    // A tree that full of secrets is scanned on this thread alone: each worker's heap grows with
    // the findings it builds and copies (about 30 MB each), which is memory following the number
    // of findings; such trees are rare, and slower to scan is what they cost.
    if (dense && forWorker && seenFiles >= FIRST_FILES) return undefined;
    const size = seenFiles < FIRST_FILES ? 1 : dense ? 1 : BATCH;
    next = Math.min(jobs.length, next + size);
    return { start, jobs: jobs.slice(start, next) };
  };
  const feeds: (() => void)[] = [];
  const workers: Worker[] = [];
  const dispatch: Dispatch = {
    take,
    finished: () => next >= jobs.length || (seenFiles >= FIRST_FILES && tooDenseForWorkers()),
    received(start, outcomes) {
      outcomes.forEach((o, i) => keep(start + i, o));
      wake?.();
    },
  };
  const runWorker = () => startWorker(maxFileSize, dispatch, workers, feeds);
  const all = Promise.all(Array.from({ length: threads - 1 }, runWorker)).catch((err: unknown) => {
    failure = err;
    wake?.();
  });
  try {
    while (taken < jobs.length) {
      if (failure) throw failure;
      if (ready.has(taken)) {
        const outcome = ready.get(taken)!;
        ready.delete(taken);
        held -= findingsIn(outcome);
        taken++;
        yield outcome;
        for (const feed of feeds) feed();
        continue;
      }
      // This thread's share: a batch, then a turn of the event loop so workers get their next ones.
      const batch = take();
      if (batch) {
        batch.jobs.forEach((j, i) => keep(batch.start + i, scanOne(j, maxFileSize)));
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    await all;
    if (failure) throw failure;
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/** What a worker is fed from and reports to. */
interface Dispatch {
  /** The next batch to hand out (to a worker), or undefined when none may go now. */
  take(forWorker: boolean): { start: number; jobs: FileJob[] } | undefined;
  /** Every job a worker will get has been handed out (all of them, or the files are too dense for workers). */
  finished(): boolean;
  received(start: number, outcomes: FileOutcome[]): void;
}

/**
 * One scan worker, kept AHEAD batches ahead; resolves when it has been given its last batch and
 * answered it. `feeds` gets its feed function (called when the consumer takes an outcome).
 */
function startWorker(maxFileSize: number, dispatch: Dispatch, workers: Worker[], feeds: (() => void)[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { keywardenScanWorker: true, maxFileSize }, resourceLimits: WORKER_LIMITS });
    workers.push(worker);
    let inFlight = 0;
    let done = false;
    const feed = () => {
      while (!done && inFlight < AHEAD) {
        const batch = dispatch.take(true);
        if (!batch) break;
        inFlight++;
        worker.postMessage(batch);
      }
      if (!done && inFlight === 0 && dispatch.finished()) {
        done = true;
        void worker.terminate();
        resolve();
      }
    };
    feeds.push(feed);
    worker.on('message', ({ start, outcomes }: { start: number; outcomes: FileOutcome[] }) => {
      inFlight--;
      dispatch.received(start, outcomes);
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
    });
    feed();
  });
}

function defaultThreads(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

/** True (and serving) when this thread is a scan worker started by scanStream. */
export function serveIfWorker(): boolean {
  if (isMainThread || !(workerData as { keywardenScanWorker?: boolean } | undefined)?.keywardenScanWorker) return false;
  const { maxFileSize } = workerData as { maxFileSize: number };
  parentPort!.on('message', ({ start, jobs }: { start: number; jobs: FileJob[] }) => {
    parentPort!.postMessage({ start, outcomes: jobs.map((j) => scanOne(j, maxFileSize)) });
  });
  return true;
}
