// The inventory: discover → read → extract for every file, in file order. (Worker threads were tried: on this
// allocation-heavy work two threads on two cores ran no faster than one, so the scan stays on one thread.)
import { discover, type DiscoveredFile, type DiscoverOptions } from './discover.js';
import { extractImages, type ExtractOptions } from './extract/extract.js';
import { ambiguity, readDockerfile } from './read.js';
import type { ScannedFile } from './types.js';

export interface InventoryOptions extends DiscoverOptions, ExtractOptions {
  /** called as files are done, for progress on long scans */
  onFile?: (done: number, total: number) => void;
}

export function scanFile(file: DiscoveredFile, options: ExtractOptions): ScannedFile {
  const empty: ScannedFile = {
    path: file.path,
    images: [],
    stages: [],
    problem: file.problem,
    warnings: [],
    ignores: [],
  };
  if (file.problem) return empty;
  const read = readDockerfile(file.absolute, file.size);
  if (!read.ok) return { ...empty, problem: read.problem };
  return scanText(file.path, read.text, options, read.invalidUtf8);
}

/** A Dockerfile given as text (read through an API, say), scanned as if read from disk. */
export function scanText(
  path: string,
  text: string,
  options: ExtractOptions,
  invalidUtf8 = false,
): ScannedFile {
  const extraction = extractImages(text, options);
  // positions in the extraction leave out a byte-order mark
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const bodies = extraction.instructions
    .filter((i) => i.bodyStart !== undefined)
    .map((i) => [(i.bodyStart as number) + shift, i.end + shift] as const);
  const unsure = ambiguity(text, invalidUtf8, bodies);
  if (unsure) return { path, images: [], stages: [], problem: unsure, warnings: [], ignores: [] };
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
  const files = discover(options);
  files.forEach((file, index) => {
    handle(scanFile(file, options));
    options.onFile?.(index + 1, files.length);
  });
}

export function inventory(options: InventoryOptions = {}): ScannedFile[] {
  const scanned: ScannedFile[] = [];
  // the texts are not kept: a listing of many files needs only what was found in them
  forEachScanned(options, (file) => scanned.push({ ...file, text: undefined, instructions: undefined }));
  return scanned;
}
