// Loaded with --import into the action's process: every way Node has to start a process or a worker is replaced by
// one that records the attempt and refuses, so a test can show that nothing was started. The one thread let
// through is the action's own reader (dist/reader.js), which walks and reads the workspace as data.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const log = process.env.BIP_EXEC_LOG;
const refuse = (name) =>
  function refused(...args) {
    if (log) appendFileSync(log, `${name} ${JSON.stringify(args[0])}\n`);
    throw new Error(`${name} refused by the no-exec hook`);
  };
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = refuse(name);
}
const workerThreads = require('node:worker_threads');
const OwnWorker = workerThreads.Worker;
const reader = pathToFileURL(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'reader.js'),
).href;
const refuseWorker = refuse('Worker');
workerThreads.Worker = function Worker(script, options) {
  if (script instanceof URL && script.href === reader && !options?.eval)
    return new OwnWorker(script, options);
  return refuseWorker(script, options);
};
syncBuiltinESMExports();
process.stdout.write('no-exec hook active\n');
