// read: a file's text, or why it is not read as a Dockerfile (too large, binary, unreadable).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FileProblem } from './types.js';

export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult =
  { ok: true; text: string; invalidUtf8: boolean } | { ok: false; problem: FileProblem };

export function readDockerfile(absolute: string, knownSize = -1): ReadResult {
  const tooLarge = (size: number): ReadResult => ({
    ok: false,
    problem: {
      reason: 'too-large',
      message: `the file is ${size} bytes; files over ${MAX_FILE_BYTES} bytes (1 MiB) are not read`,
    },
  });
  if (knownSize > MAX_FILE_BYTES) return tooLarge(knownSize);
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    // the size is taken from the open file, so a file that grows after the walk is still caught
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    buffer = buffer.subarray(0, read);
  } catch (error) {
    return {
      ok: false,
      problem: {
        reason: 'unreadable',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
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
