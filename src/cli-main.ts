// Entry point of the `base-image-policy` command (bundled to dist/cli.js).
import './engine.js';
import { runCli } from './cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // an internal fault: say what happened in one line, without a stack trace unless asked for
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`base-image-policy: internal error: ${message}\n`);
    if (process.env.BASE_IMAGE_POLICY_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
