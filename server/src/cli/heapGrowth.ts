/**
 * Imported first by the CLI, before any other module runs. How much a scan's heap grows with its
 * findings (issue 17), in two V8 flags, process-wide (worker threads get them too):
 *
 * - The young generation stays at its starting size. V8 doubles it (up to 3 x 16 MB) each time
 *   many objects survive a scavenge, which files full of findings make happen; set later, once
 *   modules have run, this flag was not honoured in measurements.
 * - The old generation may grow by half over what the last full collection kept, no more. What a
 *   file's findings leave behind dies soon after the file is reported: what a scan keeps stays
 *   about 12 MB with 200,000 findings, but V8's own factor (up to 4x on a small heap) let the
 *   dead findings pile up to about 50 MB between collections, which was the rest of the peak.
 *   With 1.5 the 200,000-finding tree peaks within 10% of the 2,000-finding one, at no measured
 *   cost in time (docs/benchmarks.md).
 */
import * as v8 from 'v8';

v8.setFlagsFromString('--semi-space-growth-factor=1');
v8.setFlagsFromString('--heap-growing-percent=50');
