// Baseline: walk, read and parse every file with dockerfile-ast as it ships (no speed-up installed).
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { walk } from './walk.mjs';

let instructions = 0;
for (const file of walk(process.argv[2])) {
  instructions += DockerfileParser.parse(readFileSync(file, 'utf8')).getInstructions().length;
}
process.stdout.write(JSON.stringify({ instructions }) + '\n');
