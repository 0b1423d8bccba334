/**
 * Imported first by the CLI, before any other module runs. How much a scan's heap grows with its
 * findings (issue 17), in two V8 flags, process-wide (worker threads get them too):
 *
 * - The young generation grows to two semi-spaces of 4 MB (V8 doubles it each time many objects
 *   survive a scavenge), then no further: V8 would go on to 2 x 16 MB, which files full of
 *   findings make happen. Kept at its starting 0.5 MB, the scan paid 161 scavenges on the CredData
 *   corpus instead of 31 (125 ms instead of 43-60 on one thread); with a 4 MB cap it pays about 40.
 *   The maximum itself cannot be set once the process runs, so growth is stopped (growth factor 1)
 *   once a file's scan ends with it at the cap (capYoungGeneration).
 * - The old generation may grow by half over what the last full collection kept, no more. What a
 *   file's findings leave behind dies soon after the file is reported: what a scan keeps stays
 *   about 12 MB with 200,000 findings, but V8's own factor (up to 4x on a small heap) let the
 *   dead findings pile up to about 50 MB between collections, which was the rest of the peak.
 *
 * Figures in docs/benchmarks.md ("Memory").
 */
import * as v8 from 'v8';

/** The young generation's cap: V8's new space, both semi-spaces. */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

v8.setFlagsFromString('--heap-growing-percent=50');

let youngGenerationCapped = false;

/**
 * Stops the young generation's growth once it has reached its cap: call it after each file. (A
 * garbage-collection observer is told too late: its callbacks wait for the event loop, and the
 * young generation had doubled to 32 MB by then.)
 */
export function capYoungGeneration(): void {
  if (youngGenerationCapped) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_GENERATION_BYTES) return;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  youngGenerationCapped = true;
}
