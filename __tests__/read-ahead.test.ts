// Reading ahead on a second thread (src/read-ahead.ts, the built dist/reader.js) hands over exactly the files, in
// exactly the order and with exactly the problems, that reading on one thread does; and a reader thread that fails
// to start, fails on the way or stalls costs a wait, never a file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { forEachScanned } from '../src/inventory.js';
import { readEach, type ReadAheadOptions } from '../src/read-ahead.js';
import { MAX_FILE_BYTES, type ReadResult } from '../src/read.js';
import { REPO_ROOT } from './helpers/conformance.js';
import { writeUnder } from './helpers/files.js';

const READER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'reader.js'));
let base: string;
let root: string;
let scripts: string;
/** a tree of many small files, for a reader thread that comes up late */
let many: string;

function write(rel: string, text: string | Buffer): void {
  writeUnder(root, rel, text);
}

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'bip-read-ahead-'));
  root = path.join(base, 'repo');
  scripts = path.join(base, 'scripts');
  mkdirSync(scripts);
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(base, 'outside', 'Dockerfile'), 'FROM secret\n');
  // enough files and bytes for many batches, so that the reader runs into how far ahead it may be
  for (let i = 0; i < 700; i++) {
    write(
      `svc${String(i).padStart(3, '0')}/Dockerfile`,
      `FROM python:3.${i % 14}-slim\n${'# pad\n'.repeat(i)}`,
    );
  }
  write('a/Dockerfile', 'FROM alpine:3.20\n');
  write('ab-c/Dockerfile.dev', '\ufeffFROM node:22\n');
  write('big/Dockerfile', 'FROM alpine\n' + '#'.repeat(MAX_FILE_BYTES));
  write('bin/Dockerfile', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01]));
  write('latin1/Dockerfile', Buffer.from('FROM alpine\n# caf\xe9\n', 'latin1'));
  write('empty/Dockerfile', '');
  write('node_modules/x/Dockerfile', 'FROM skipped\n');
  mkdirSync(path.join(root, 'links'));
  symlinkSync(path.join(base, 'outside', 'Dockerfile'), path.join(root, 'links', 'Dockerfile'));
  // stand-ins for a reader that breaks: one that never starts, one that fails after a batch, one that stalls
  writeFileSync(path.join(scripts, 'throws.mjs'), "throw new Error('the reader cannot start');\n");
  const firstBatch = `
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
const { options, port, counters } = workerData;
const shared = new Int32Array(counters);
const bytes = new Uint8Array(readFileSync(path.join(options.root, 'a', 'Dockerfile')));
const post = (message, transfer) => {
  port.postMessage(message, transfer);
  Atomics.add(shared, 0, 1);
  Atomics.notify(shared, 0);
};
// it claims to be far ahead of the scan, so that the scan hands over to it
Atomics.add(shared, 4, 1000000);
post({ kind: 'files', paths: ['a/Dockerfile'], ends: [bytes.length], flags: [2], problems: [], skipped: [], bytes: bytes.buffer }, [bytes.buffer]);
`;
  writeFileSync(
    path.join(scripts, 'fails.mjs'),
    `${firstBatch}post({ kind: 'failed', message: 'disk gone' });\n`,
  );
  writeFileSync(path.join(scripts, 'stalls.mjs'), `${firstBatch}for (;;) {}\n`);
  // the real reader, up only after a while (a busy machine)
  writeFileSync(
    path.join(scripts, 'late.mjs'),
    `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);\nawait import(${JSON.stringify(READER.href)});\n`,
  );
  many = path.join(base, 'many');
  for (let i = 0; i < 1400; i++)
    writeUnder(many, `s${String(i).padStart(4, '0')}/Dockerfile`, `FROM alpine:3.${i % 20}\n`);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Seen {
  path: string;
  read: ReadResult;
}

/** Reads every file; `slow`: each file takes a millisecond, so that the reader thread is up before the end. */
function readAll(options: ReadAheadOptions, slow = false): Seen[] & { fromThread: number; listed: number } {
  const seen = Object.assign([] as Seen[], { fromThread: 0, listed: 0 });
  readEach({ root, ...options }, (file, read) => {
    if (slow) {
      const until = Date.now() + 1;
      while (Date.now() < until);
    }
    // files that come from the thread carry no absolute path: nothing here needs it
    if (file.absolute === '') seen.fromThread++;
    // files the thread listed and this thread read: their size was never looked up
    else if (file.size === -1) seen.listed++;
    seen.push({ path: file.path, read });
  });
  return seen;
}

describe('reading ahead', () => {
  it('hands over the same files, texts and problems, in the same order, as reading on one thread', () => {
    const here = readAll({ readAhead: false });
    const ahead = readAll({ readAhead: true, readerScript: READER }, true);
    expect(here).toHaveLength(707);
    expect(here.fromThread).toBe(0);
    // this thread began, the reader took over once it was up
    expect(ahead.fromThread).toBeGreaterThan(0);
    expect(ahead.fromThread).toBeLessThan(707);
    expect([...ahead]).toEqual([...here]);
    const byPath = new Map(ahead.map((s) => [s.path, s.read]));
    expect(byPath.get('big/Dockerfile')).toMatchObject({ ok: false, problem: { reason: 'too-large' } });
    expect(byPath.get('bin/Dockerfile')).toMatchObject({ ok: false, problem: { reason: 'binary' } });
    expect(byPath.get('links/Dockerfile')).toMatchObject({
      ok: false,
      problem: { reason: 'symlink-outside' },
    });
    expect(byPath.get('latin1/Dockerfile')).toMatchObject({ ok: true, invalidUtf8: true });
    expect(byPath.get('empty/Dockerfile')).toEqual({ ok: true, text: '', invalidUtf8: false, plain: true });
    expect(byPath.get('ab-c/Dockerfile.dev')).toEqual({
      ok: true,
      text: '\ufeffFROM node:22\n',
      invalidUtf8: false,
      plain: false,
    });
    expect(byPath.get('a/Dockerfile')).toMatchObject({ ok: true, plain: true });
  });

  it('scans the same with a slow scan behind a fast reader', () => {
    const here: string[] = [];
    forEachScanned({ root, readAhead: false }, (f) => here.push(JSON.stringify(f.images)));
    const ahead: string[] = [];
    forEachScanned({ root, readAhead: true, readerScript: READER }, (f) => {
      // the reader runs into its limit of batches ahead while this thread dawdles
      const until = Date.now() + 1;
      while (Date.now() < until);
      ahead.push(JSON.stringify(f.images));
    });
    expect(ahead).toEqual(here);
  });

  it('hands over to a reader that comes up after this thread has read many batches of files itself', () => {
    const paths: string[] = [];
    let fromThread = 0;
    readEach(
      { root: many, readAhead: true, readerScript: pathToFileURL(path.join(scripts, 'late.mjs')) },
      (file) => {
        // quick through the files read before the reader is up, then slow enough for it to get ahead
        if (paths.length >= 900) {
          const until = Date.now() + 1;
          while (Date.now() < until);
        }
        if (file.absolute === '') fromThread++;
        paths.push(file.path);
      },
    );
    expect(paths).toHaveLength(1400);
    expect(paths).toEqual([...paths].sort());
    // this thread read far more files than the reader may be batches ahead, and still the reader took over
    expect(fromThread).toBeGreaterThan(0);
  });

  it('refuses bad paths with the same message', () => {
    expect(() =>
      readEach({ root, paths: ['nope'], readAhead: true, readerScript: READER }, () => {}),
    ).toThrow('nope: no such file or folder');
  });

  it('reads everything here when the reader cannot start', () => {
    const started = Date.now();
    const seen = readAll(
      {
        readAhead: true,
        readerScript: pathToFileURL(path.join(scripts, 'throws.mjs')),
        readerPatience: 300,
      },
      true,
    );
    expect(seen.fromThread).toBe(0);
    expect([...seen]).toEqual([...readAll({ readAhead: false })]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each(['fails.mjs', 'stalls.mjs'])(
    'goes on here after the last file a reader handed over when it %s',
    (script) => {
      const seen = readAll(
        {
          readAhead: true,
          readerScript: pathToFileURL(path.join(scripts, script)),
          readerPatience: 300,
        },
        true,
      );
      const here = readAll({ readAhead: false });
      // the stand-in sent a/Dockerfile, which this thread had read already, and then failed or stalled: every
      // file comes once, in order
      expect(seen.fromThread).toBe(0);
      expect(seen.map((s) => s.path)).toEqual(here.map((s) => s.path));
      expect([...seen]).toEqual([...here]);
    },
  );

  it('reads here a file the reader left as read here when it was not (the walks disagree)', () => {
    // a stand-in that lists every file and reads none, as if this thread had read them all
    const here = readAll({ readAhead: false });
    const problems = here.flatMap((s, i) => (s.read.ok ? [] : [[i, s.read.problem]]));
    const skipped = here.flatMap((s, i) => (s.read.ok ? [[i, path.join(root, s.path)]] : []));
    const batch = {
      kind: 'files',
      paths: here.map((s) => s.path),
      ends: here.map(() => 0),
      flags: here.map(() => 0),
      problems,
      skipped,
    };
    writeFileSync(
      path.join(scripts, 'lists.mjs'),
      `import { workerData } from 'node:worker_threads';
const { port, counters } = workerData;
const shared = new Int32Array(counters);
Atomics.add(shared, 4, ${here.length + 1});
for (const message of [{ ...${JSON.stringify(batch)}, bytes: new ArrayBuffer(0) }, { kind: 'done' }]) {
  port.postMessage(message);
  Atomics.add(shared, 0, 1);
  Atomics.notify(shared, 0);
}
`,
    );
    const seen = readAll(
      { readAhead: true, readerScript: pathToFileURL(path.join(scripts, 'lists.mjs')) },
      true,
    );
    expect(seen.map((s) => s.path)).toEqual(here.map((s) => s.path));
    expect([...seen]).toEqual([...here]);
    // this thread handed over, and read what the stand-in listed without bytes
    expect(seen.listed).toBeGreaterThan(0);
  });

  it('reads here when the reader script is missing', () => {
    const seen = readAll({ readAhead: true, readerScript: pathToFileURL(path.join(scripts, 'missing.mjs')) });
    expect(seen).toHaveLength(707);
  });
});
