// read ahead: discover and read on a second thread while this one scans. Walking folders and reading files is a
// third of a large scan and waits on the file system, so the reader thread (dist/reader.js) does it and hands the
// bytes over in batches; this thread takes them synchronously, so the flow stays a plain loop. Until the thread has
// started, this one walks and reads itself. Without the reader (the sources run as they are, or it is turned off,
// or it fails), the same files are read here, in the same order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { discover, discoverEach, type DiscoveredFile, type DiscoverOptions } from './discover.js';
import { decode, readDockerfile, type ReadResult } from './read.js';
import type { FileProblem } from './types.js';

/** Slots of the shared counters. */
export const POSTED = 0;
export const TAKEN = 1;
export const STOP = 2;
/** how many files this thread has read itself before handing over: the reader need not read them again */
export const HANDLED = 3;
/** how many files the reader has listed in the batches it posted */
export const LISTED = 4;
/** Batches the reader may be ahead of the scan: enough to keep both threads busy, few enough to hold little. */
export const MAX_AHEAD = 16;

/** The files of a batch, in parallel lists: the bytes of file i end at `ends[i]` (and start where those of the file
 * before end); `flags[i]` holds INVALID_UTF8 and PLAIN; a file with a problem has no bytes, nor has one the reader
 * did not read because this thread had (`skipped`: its place in the batch and its absolute path). */
export interface SentFiles {
  kind: 'files';
  paths: string[];
  ends: number[];
  flags: number[];
  problems: [number, FileProblem][];
  skipped: [number, string][];
  bytes: ArrayBuffer;
}
export const INVALID_UTF8 = 1;
export const PLAIN = 2;

export type ReaderMessage = SentFiles | { kind: 'done' } | { kind: 'failed'; message: string };

export interface ReaderData {
  options: Pick<DiscoverOptions, 'root' | 'paths' | 'files' | 'exclude'>;
  port: MessagePort;
  counters: SharedArrayBuffer;
}

export interface ReadAheadOptions {
  /** read on a second thread (default: no) */
  readAhead?: boolean;
  /** the reader thread's script (default: reader.js beside the bundle) */
  readerScript?: URL;
  /** the longest wait, in ms, for the reader's next batch before this thread reads the rest itself (default: 30 s;
   * the reader sends a batch at least every half second). This thread hands over only once the reader is ahead of it. */
  readerPatience?: number;
}

/** The faces read ahead unless BASE_IMAGE_POLICY_READ_AHEAD=off (for a system that refuses threads, say). */
export function readAheadWanted(env: NodeJS.ProcessEnv): boolean {
  return env.BASE_IMAGE_POLICY_READ_AHEAD !== 'off';
}

export type ReadFile = (file: DiscoveredFile, read: ReadResult) => void;

/** Every Dockerfile with its text (or why it has none), in the order of its path. */
export function readEach(options: DiscoverOptions & ReadAheadOptions, handle: ReadFile): void {
  const script = options.readerScript ?? new URL('./reader.js', import.meta.url);
  const reader =
    options.readAhead && script.protocol === 'file:' && existsSync(fileURLToPath(script))
      ? startReader(options, script)
      : null;
  if (reader === null) {
    readHere(options, handle, null);
    return;
  }
  // this thread walks and reads while the reader starts up (which lists those files without reading them again),
  // and hands over once the reader has sent files past them; a small scan is done before then, and never waits
  let last: string | null = null;
  try {
    try {
      discoverEach(options, (file) => {
        handle(file, readOne(file));
        last = file.path;
        reader.handled();
        if (reader.ready()) throw HAND_OVER;
      });
      return;
    } catch (error) {
      if (error !== HAND_OVER) throw error;
    }
    const stopped = reader.take(handle, last, options.readerPatience ?? 30_000);
    // the reader failed or stalled: the rest is read here, after the last file handed on
    if (stopped !== true) readHere(options, handle, stopped);
  } finally {
    reader.stop();
  }
}

const HAND_OVER = Symbol('hand over to the reader thread');

function readOne(file: DiscoveredFile): ReadResult {
  return file.problem ? { ok: false, problem: file.problem } : readDockerfile(file.absolute, file.size);
}

function readHere(options: DiscoverOptions, handle: ReadFile, after: string | null): void {
  for (const file of discover(options)) {
    if (after === null || file.path > after) handle(file, readOne(file));
  }
}

interface Reader {
  /** whether the thread has sent files past those this thread read itself */
  ready(): boolean;
  /** counts a file this thread read itself, so that the reader can leave it */
  handled(): void;
  /**
   * Hands on the files the thread sends that come after `after`. Returns true when it sent everything, or the path
   * of the last file handed on when it failed or stalled.
   */
  take(handle: ReadFile, after: string | null, patience: number): true | string | null;
  stop(): void;
}

function startReader(options: DiscoverOptions, script: URL): Reader | null {
  const counters = new Int32Array(new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData = {
    options: { root: options.root, paths: options.paths, files: options.files, exclude: options.exclude },
    port: port2,
    counters: counters.buffer as SharedArrayBuffer,
  };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: data, transferList: [port2], stdout: true, stderr: true });
  } catch {
    port1.close();
    return null;
  }
  // the thread must never keep the process alive, nor print into a report; its failure is handled as a stall,
  // so an error event (which comes only once this thread is free again) is not one of the process
  worker.unref();
  worker.on('error', () => {});
  return {
    ready: () => Atomics.load(counters, LISTED) > Atomics.load(counters, HANDLED),
    handled: () => void Atomics.add(counters, HANDLED, 1),
    take(handle, after, patience) {
      let last = after;
      for (;;) {
        const posted = Atomics.load(counters, POSTED);
        const received = receiveMessageOnPort(port1);
        if (received === undefined) {
          if (Atomics.wait(counters, POSTED, posted, patience) === 'timed-out') return last;
          continue;
        }
        Atomics.add(counters, TAKEN, 1);
        Atomics.notify(counters, TAKEN);
        const message = received.message as ReaderMessage;
        if (message.kind === 'done') return true;
        if (message.kind === 'failed') return last;
        const bytes = new Uint8Array(message.bytes);
        const problems = new Map(message.problems);
        const skipped = new Map(message.skipped);
        let start = 0;
        message.paths.forEach((path, i) => {
          const end = message.ends[i];
          const from = start;
          start = end;
          // what this thread read itself before the hand-over
          if (last !== null && path <= last) return;
          const absolute = skipped.get(i);
          if (absolute !== undefined) {
            // left by the reader as read here, yet not: the tree changed between the two walks
            last = path;
            handle({ path, absolute, size: -1, problem: null }, readDockerfile(absolute));
            return;
          }
          const problem = problems.get(i);
          const flags = message.flags[i];
          const read: ReadResult = problem
            ? { ok: false, problem }
            : decode(bytes.subarray(from, end), (flags & INVALID_UTF8) !== 0, (flags & PLAIN) !== 0);
          last = path;
          handle({ path, absolute: '', size: -1, problem: problem ?? null }, read);
        });
      }
    },
    stop() {
      Atomics.store(counters, STOP, 1);
      Atomics.notify(counters, TAKEN);
      port1.close();
      void worker.terminate();
    },
  };
}
