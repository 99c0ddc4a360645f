// Test trees on disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `text` to `rel` under `root`, making the folders on the way. */
export function writeUnder(root: string, rel: string, text: string | Buffer): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
