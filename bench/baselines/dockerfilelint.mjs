// Baseline: walk, read and lint every file with dockerfilelint's library entry point; count the files it crashes on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { walk } from './walk.mjs';

const lint = createRequire(import.meta.url)('dockerfilelint');
let crashes = 0;
let items = 0;
for (const file of walk(process.argv[2])) {
  try {
    items += lint.run(path.dirname(file), readFileSync(file, 'utf8')).length;
  } catch {
    crashes++;
  }
}
process.stdout.write(JSON.stringify({ items, crashes }) + '\n');
