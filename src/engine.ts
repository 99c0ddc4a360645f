// Imported first by each entry point (dist/cli.js, dist/index.js), before any other module runs: two settings of
// the engine's collector and compiler that suit a scan, measured on the bench's 10,000 files (see the README's
// Speed section). Both steer only how fast the same code runs, never what it does.
import { setFlagsFromString } from 'node:v8';

// Allocation-site pretenuring moves a site's objects straight into the old generation once most of them have
// outlived a young collection. Early in a scan, while the code is still slow, the records of each file (its
// instructions, stages, images) look that way, and their sites get pretenured. From then on every file's records
// are born old: dead ones stay until the next full collection and, being old, keep whatever young objects they
// point to (the file's text among them) alive through every young collection. The young collections of a scan
// then copy about 40 MB instead of 20 and take twice as long. A scan's records live for one file: no pretenuring.
//
// The optimising compiler inlines callees of up to 460 bytes of bytecode, 920 in all per function, by default. A
// scan's hot functions are many and large, and most of its time on two cores is their first few thousand files:
// the compiler's threads then take about a core, and the scanning thread waits for one. Inlining only small
// callees halves the compiler's work; the scanning thread's code is a few per cent slower, and a scan 5 % faster.
setFlagsFromString(
  '--no-allocation-site-pretenuring --max-inlined-bytecode-size=60 --max-inlined-bytecode-size-cumulative=150',
);
