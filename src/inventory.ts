// The inventory: discover → read → extract for every file, in file order. Discovering and reading may run on a
// second thread (read-ahead.ts); scanning stays on this one. (Scanning on several threads was tried: two cores
// gave about 1.3 times the work of one, and each thread's copy of the tool took more memory than the bar allows.)
import type { DiscoverOptions } from './discover.js';
import { extractImages, type ExtractOptions } from './extract/extract.js';
import { bomLength } from './extract/tokens.js';
import { readEach, type ReadAheadOptions } from './read-ahead.js';
import { ambiguity, type ReadResult } from './read.js';
import type { FileProblem, ScannedFile } from './types.js';

export interface InventoryOptions extends DiscoverOptions, ExtractOptions, ReadAheadOptions {
  /** called as files are done, for progress on long scans; `finished` on the last call, after the last file */
  onFile?: (done: number, finished: boolean) => void;
}

/** A file that was not scanned, and why. */
function unscanned(path: string, problem: FileProblem): ScannedFile {
  return { path, images: [], stages: [], problem, warnings: [], ignores: [] };
}

/** A file as read (or why it was not) scanned. */
export function scanRead(path: string, read: ReadResult, options: ExtractOptions): ScannedFile {
  if (!read.ok) return unscanned(path, read.problem);
  return scanText(path, read.text, options, read.invalidUtf8, read.plain);
}

/** A Dockerfile given as text (read through an API, say), scanned as if read from disk. */
export function scanText(
  path: string,
  text: string,
  options: ExtractOptions,
  invalidUtf8 = false,
  plain = false,
): ScannedFile {
  const extraction = extractImages(text, options);
  // positions in the extraction leave out a byte-order mark
  const shift = bomLength(text);
  const bodies = extraction.instructions
    .filter((i) => i.bodyStart !== -1)
    .map((i) => [i.bodyStart + shift, i.end + shift] as const);
  const unsure = ambiguity(text, invalidUtf8, bodies, plain);
  if (unsure) return unscanned(path, unsure);
  if (invalidUtf8) {
    extraction.warnings.unshift({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
    });
  }
  return {
    path,
    text,
    images: extraction.images,
    stages: extraction.stages,
    problem: null,
    warnings: extraction.warnings,
    ignores: extraction.ignores,
    instructions: extraction.instructions,
    escape: extraction.escape,
  };
}

/** Scan file by file, handing each result on as it is done, so that large scans need not hold them all. */
export function forEachScanned(options: InventoryOptions, handle: (file: ScannedFile) => void): void {
  let done = 0;
  readEach(options, (file, read) => {
    handle(scanRead(file.path, read, options));
    done++;
    options.onFile?.(done, false);
  });
  options.onFile?.(done, true);
}

export function inventory(options: InventoryOptions = {}): ScannedFile[] {
  const scanned: ScannedFile[] = [];
  // the texts are not kept: a listing of many files needs only what was found in them
  forEachScanned(options, (file) => scanned.push({ ...file, text: undefined, instructions: undefined }));
  return scanned;
}
