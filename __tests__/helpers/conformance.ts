// Loading the conformance material (other projects' test data, copied into __tests__/fixtures/conformance) and the
// real-world corpus, which lives outside the repository in ../shared/corpus.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');
const FIXTURES = path.resolve(here, '..', 'fixtures');
const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'real');

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function readJsonl<T>(...parts: string[]): T[] {
  return readFileSync(fixturePath(...parts), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * The corpus folder, or null when it is absent and not required. BIP_REQUIRE_CORPUS=1 (set by .ci/run) turns a
 * missing corpus into a failure, so that the corpus tests can never be skipped where the corpus should be.
 */
export function corpusPath(...parts: string[]): string | null {
  if (!existsSync(CORPUS)) {
    if (process.env.BIP_REQUIRE_CORPUS === '1') throw new Error(`the corpus is missing: ${CORPUS}`);
    return null;
  }
  return path.join(CORPUS, ...parts);
}

export interface CorpusFile {
  kind: string;
  path: string;
  text: string;
}

/** Every non-link file of the corpus with its manifest kind, or [] when the corpus is absent and not required. */
export function corpusFiles(): CorpusFile[] {
  const manifestPath = corpusPath('MANIFEST.tsv');
  if (manifestPath === null) return [];
  const lines = readFileSync(manifestPath, 'utf8').trim().split('\n');
  const header = lines[0].split('\t');
  const kind = header.indexOf('kind');
  const where = header.indexOf('corpus_path');
  return lines
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((cells) => cells[kind] !== 'symlink')
    .map((cells) => ({
      kind: cells[kind],
      path: cells[where],
      text: readFileSync(corpusPath(cells[where]) as string, 'utf8'),
    }));
}
