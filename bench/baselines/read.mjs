// Baseline: walk the folder and read every file, nothing else.
import { readFileSync } from 'node:fs';
import { walk } from './walk.mjs';

let bytes = 0;
for (const file of walk(process.argv[2])) bytes += readFileSync(file, 'utf8').length;
process.stdout.write(JSON.stringify({ bytes }) + '\n');
