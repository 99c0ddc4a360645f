// The reader thread (dist/reader.js; see read-ahead.ts): walks and reads as discover and read do, and posts the
// files in batches, their bytes in one transferred buffer per batch. It never parses or runs anything it reads.
import { workerData } from 'node:worker_threads';
import { discoverEach } from './discover.js';
import {
  MAX_AHEAD,
  POSTED,
  STOP,
  TAKEN,
  type ReaderData,
  type ReaderMessage,
  type SentFile,
} from './read-ahead.js';
import { readBytes } from './read.js';

const BATCH_BYTES = 64 * 1024;
const BATCH_FILES = 32;
/** a batch, even an empty one, at least this often, so that the scan can tell a long walk from a dead thread */
const HEARTBEAT_MS = 500;

class Stopped extends Error {}

const { options, port, counters: shared } = workerData as ReaderData;
const counters = new Int32Array(shared);
let files: SentFile[] = [];
let pieces: Uint8Array[] = [];
let size = 0;
let lastPost = Date.now();

function post(message: ReaderMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
  lastPost = Date.now();
  // wait while the scan is far enough behind
  for (;;) {
    if (Atomics.load(counters, STOP) !== 0) throw new Stopped();
    const taken = Atomics.load(counters, TAKEN);
    if (Atomics.load(counters, POSTED) - taken <= MAX_AHEAD) return;
    Atomics.wait(counters, TAKEN, taken, 1000);
  }
}

function flush(): void {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  post({ kind: 'files', files, bytes: bytes.buffer }, [bytes.buffer]);
  files = [];
  pieces = [];
  size = 0;
}

try {
  discoverEach(
    options,
    (file) => {
      let problem = file.problem;
      let invalidUtf8 = false;
      const start = size;
      if (problem === null) {
        const read = readBytes(file.absolute, file.size);
        if (read.ok) {
          pieces.push(read.bytes);
          size += read.bytes.byteLength;
          invalidUtf8 = read.invalidUtf8;
        } else {
          problem = read.problem;
        }
      }
      files.push({ path: file.path, absolute: file.absolute, problem, start, end: size, invalidUtf8 });
      if (size >= BATCH_BYTES || files.length >= BATCH_FILES) flush();
    },
    () => {
      if (Atomics.load(counters, STOP) !== 0) throw new Stopped();
      if (Date.now() - lastPost >= HEARTBEAT_MS) flush();
    },
  );
  flush();
  post({ kind: 'done' });
} catch (error) {
  if (!(error instanceof Stopped)) post({ kind: 'failed', message: (error as Error).message });
}
