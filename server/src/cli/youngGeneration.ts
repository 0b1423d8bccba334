/**
 * Imported first by the CLI, before any other module runs: V8 doubles a thread's young
 * generation (up to 3 x 16 MB) each time many objects survive a scavenge, which files full of
 * findings make happen, and that was most of the extra memory a scan of a tree full of secrets
 * took. Kept at its starting size, the scan pays a few more scavenges instead. V8 flags are
 * process-wide (worker threads get it too); set later, once modules have run, it was not
 * honoured in measurements (issue 17).
 */
import * as v8 from 'v8';

v8.setFlagsFromString('--semi-space-growth-factor=1');
