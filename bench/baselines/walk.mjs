// Shared by the baselines: every regular file below a folder, as the scanner's own walk would find them.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}
