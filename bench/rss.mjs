// Preloaded into every measured process: reports its peak resident memory and CPU time on exit.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

// a worker thread loads this too (it inherits the process's options); the process reports once, for all threads
process.on('exit', () => {
  if (!isMainThread) return;
  const fd = Number(process.env.BENCH_RSS_FD ?? '3');
  const usage = process.resourceUsage();
  try {
    writeSync(fd, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
  } catch {
    // no report channel: measured without memory
  }
});
