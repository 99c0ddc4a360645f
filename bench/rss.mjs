// Preloaded into every measured process: reports its peak resident memory and CPU time on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const fd = Number(process.env.BENCH_RSS_FD ?? '3');
  const usage = process.resourceUsage();
  try {
    writeSync(fd, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
  } catch {
    // no report channel: measured without memory
  }
});
