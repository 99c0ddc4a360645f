// Preloaded into every measured process: reports its peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const fd = Number(process.env.BENCH_RSS_FD ?? '3');
  try {
    writeSync(fd, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // no report channel: measured without memory
  }
});
