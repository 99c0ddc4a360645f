// What tests of the command line share: a folder of files made for the test, and the CLI run in a folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type Io } from '../../src/cli.js';

/** A new temporary folder holding these files (paths relative to it). */
export function tempTree(files: Record<string, string | Buffer>, prefix = 'bip-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The command line run in `cwd`, on a pinned day, its output kept. */
export async function runCliIn(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    stdoutIsTTY: false,
    env: { BASE_IMAGE_POLICY_TODAY: '2026-11-23', ...env },
  };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await runCli(args, io), out, err };
  } finally {
    process.chdir(before);
  }
}
