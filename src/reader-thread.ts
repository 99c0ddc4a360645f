// The reader thread (dist/reader.js; see read-ahead.ts): walks and reads as discover and read do, and posts the
// files in batches, their bytes in one transferred buffer per batch. It never parses or runs anything it reads.
import { workerData } from 'node:worker_threads';
import { discoverEach } from './discover.js';
import {
  INVALID_UTF8,
  HANDLED,
  LISTED,
  MAX_AHEAD,
  PLAIN,
  POSTED,
  STOP,
  TAKEN,
  type ReaderData,
  type ReaderMessage,
  type SentFiles,
} from './read-ahead.js';
import { readBytes } from './read.js';

const BATCH_BYTES = 64 * 1024;
const BATCH_FILES = 32;
/** a batch, even an empty one, at least this often, so that the scan can tell a long walk from a dead thread */
const HEARTBEAT_MS = 500;

class Stopped extends Error {}

const { options, port, counters: shared } = workerData as ReaderData;
const counters = new Int32Array(shared);
let batch: Omit<SentFiles, 'bytes'> = newBatch();
let pieces: Uint8Array[] = [];
let size = 0;
/** files found so far */
let found = 0;

function newBatch(): Omit<SentFiles, 'bytes'> {
  return { kind: 'files', paths: [], ends: [], flags: [], problems: [], skipped: [] };
}
let lastPost = Date.now();

function post(message: ReaderMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  if (message.kind === 'files') Atomics.add(counters, LISTED, message.paths.length);
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
  lastPost = Date.now();
  // wait while the scan is far enough behind. Not before it has taken a batch: until then it reads files itself,
  // and hands over only once this thread has listed files past those; waiting here would leave it reading them all.
  // (Batches of files it read itself hold no bytes; once this thread is past it, it hands over within one file.)
  for (;;) {
    if (Atomics.load(counters, STOP) !== 0) throw new Stopped();
    const taken = Atomics.load(counters, TAKEN);
    if (taken === 0 || Atomics.load(counters, POSTED) - taken <= MAX_AHEAD) return;
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
  post({ ...batch, bytes: bytes.buffer }, [bytes.buffer]);
  batch = newBatch();
  pieces = [];
  size = 0;
}

try {
  discoverEach(
    options,
    (file) => {
      let problem = file.problem;
      // the scan reads the first files itself while this thread starts: those are listed, not read again (the
      // scan reads one itself should the two walks ever disagree)
      if (found++ < Atomics.load(counters, HANDLED) && problem === null) {
        batch.skipped.push([batch.paths.length, file.absolute]);
        batch.paths.push(file.path);
        batch.ends.push(size);
        batch.flags.push(0);
        if (batch.paths.length >= BATCH_FILES) flush();
        return;
      }
      let flags = 0;
      if (problem === null) {
        const read = readBytes(file.absolute, file.size);
        if (read.ok) {
          pieces.push(read.bytes);
          size += read.bytes.byteLength;
          flags = (read.invalidUtf8 ? INVALID_UTF8 : 0) | (read.plain ? PLAIN : 0);
        } else {
          problem = read.problem;
        }
      }
      if (problem !== null) batch.problems.push([batch.paths.length, problem]);
      batch.paths.push(file.path);
      batch.ends.push(size);
      batch.flags.push(flags);
      if (size >= BATCH_BYTES || batch.paths.length >= BATCH_FILES) flush();
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
