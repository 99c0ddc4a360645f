// read: a file's text, or why it is not read as a Dockerfile (too large, binary, unreadable).
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { FileProblem } from './types.js';

export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult =
  { ok: true; text: string; invalidUtf8: boolean } | { ok: false; problem: FileProblem };

export function readDockerfile(absolute: string, size: number): ReadResult {
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: {
        reason: 'too-large',
        message: `the file is ${size} bytes; files over ${MAX_FILE_BYTES} bytes (1 MiB) are not read`,
      },
    };
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(absolute);
  } catch (error) {
    return {
      ok: false,
      problem: {
        reason: 'unreadable',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      },
    };
  }
  if (buffer.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: {
        reason: 'too-large',
        message: `the file is over ${MAX_FILE_BYTES} bytes (1 MiB) and is not read`,
      },
    };
  }
  if (buffer.includes(0)) {
    return {
      ok: false,
      problem: { reason: 'binary', message: 'the file holds binary data (a NUL byte), not text' },
    };
  }
  // invalid bytes become U+FFFD; the file is still read so that its valid references are judged
  return { ok: true, text: buffer.toString('utf8'), invalidUtf8: !isUtf8(buffer) };
}
