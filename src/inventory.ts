// The inventory: discover → read → extract for every file, in file order.
import { discover, type DiscoverOptions } from './discover.js';
import { extractImages, type ExtractOptions } from './extract/extract.js';
import { readDockerfile } from './read.js';
import type { ScannedFile } from './types.js';

export interface InventoryOptions extends DiscoverOptions, ExtractOptions {
  /** called after each file, for progress on long scans */
  onFile?: (done: number, total: number) => void;
}

export function inventory(options: InventoryOptions = {}): ScannedFile[] {
  const files = discover(options);
  const scanned: ScannedFile[] = [];
  files.forEach((file, index) => {
    scanned.push(scanFile(file.path, file.absolute, file.size, file.problem, options));
    options.onFile?.(index + 1, files.length);
  });
  return scanned;
}

function scanFile(
  relative: string,
  absolute: string,
  size: number,
  problem: ScannedFile['problem'],
  options: ExtractOptions,
): ScannedFile {
  const empty: ScannedFile = { path: relative, images: [], stages: [], problem, warnings: [] };
  if (problem) return empty;
  const read = readDockerfile(absolute, size);
  if (!read.ok) return { ...empty, problem: read.problem };
  const extraction = extractImages(read.text, options);
  if (read.invalidUtf8) {
    extraction.warnings.unshift({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
    });
  }
  return {
    path: relative,
    images: extraction.images,
    stages: extraction.stages,
    problem: null,
    warnings: extraction.warnings,
  };
}
