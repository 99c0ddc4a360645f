// discover: the Dockerfiles under the given files and folders. Folders are walked without following directory
// links; a file link is followed only when its target stays inside the scanned root.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError, type FileProblem } from './types.js';

/**
 * The names Dockerfiles go by. Beyond `Dockerfile.*` and `*.Dockerfile`: `Dockerfile-prod` and `Dockerfile_prod`,
 * which builds name with -f, and lower-case `dockerfile`, which the docker command falls back to. A name left out
 * here is a file a pull request could add and build without the check seeing it.
 */
export const DEFAULT_FILE_PATTERNS = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/Dockerfile-*',
  '**/Dockerfile_*',
  '**/dockerfile',
  '**/dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/Containerfile.*',
  '**/Containerfile-*',
  '**/Containerfile_*',
  '**/containerfile',
  '**/*.Containerfile',
  '**/*.containerfile',
];
export const DEFAULT_EXCLUDE_PATTERNS = ['**/node_modules/**', '**/vendor/**'];

export interface DiscoverOptions {
  /** report paths relative to this folder (default: the current directory) */
  root?: string;
  /** files and folders to scan (default: the root) */
  paths?: string[];
  files?: string[];
  exclude?: string[];
}

export interface DiscoveredFile {
  /** relative to the root, with `/` */
  path: string;
  absolute: string;
  /** the size in bytes when the walk had to stat the file anyway (links), else -1: read checks it */
  size: number;
  problem: FileProblem | null;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function compile(patterns: string[], what: string): (p: string) => boolean {
  for (const pattern of patterns) {
    if (pattern.trim() === '') throw new UsageError(`${what}: empty pattern`);
  }
  try {
    return picomatch(patterns, { dot: true });
  } catch (error) {
    throw new UsageError(`${what}: invalid pattern: ${(error as Error).message}`);
  }
}

/** Every Dockerfile, in the order of its path, as a list. */
export function discover(options: DiscoverOptions = {}): DiscoveredFile[] {
  const files: DiscoveredFile[] = [];
  discoverEach(options, (file) => files.push(file));
  return files;
}

/** Strings in the order of their UTF-16 code units, the order paths are reported in. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every Dockerfile, handed to `emit` in the order of its path (as `discover` sorts them), as the walk finds it when
 * one folder is given: a reader can start on the first files while the walk goes on. Bad options throw before the
 * first file. `onFolder` is told of every folder as it is read.
 */
export function discoverEach(
  options: DiscoverOptions,
  emit: (file: DiscoveredFile) => void,
  onFolder?: () => void,
): void {
  const root = path.resolve(options.root ?? process.cwd());
  const isDockerfile = compile(options.files ?? DEFAULT_FILE_PATTERNS, 'files');
  const isExcluded = compile(options.exclude ?? DEFAULT_EXCLUDE_PATTERNS, 'exclude');
  const givens = options.paths?.length ? options.paths : [root];
  // one folder: its walk is already in path order; otherwise files are gathered, freed of doubles and sorted
  const streaming = givens.length === 1;
  // keyed by absolute path; paths are reported relative to the root, or to the named folder when it lies outside
  const found = new Map<string, DiscoveredFile>();
  const add = (file: DiscoveredFile): void => {
    if (streaming) emit(file);
    else found.set(file.absolute, file);
  };
  const rel = (abs: string, base: string): string => toPosix(path.relative(base, abs)) || path.basename(abs);

  const addFile = (absolute: string, stats: Stats, boundary: string, relative: string): void => {
    if (found.has(absolute)) return;
    let problem: FileProblem | null = null;
    let size = stats.size;
    if (stats.isSymbolicLink()) {
      try {
        const target = realpathSync(absolute);
        if (!isInside(target, boundary)) {
          problem = {
            reason: 'symlink-outside',
            message:
              'the file is a link to a place outside the scanned folder; links are not followed out of it',
          };
        } else {
          const targetStats = statSync(target);
          if (!targetStats.isFile()) return;
          size = targetStats.size;
        }
      } catch (error) {
        problem = {
          reason: 'unreadable',
          message: `cannot follow the link: ${(error as NodeJS.ErrnoException).code}`,
        };
      }
    }
    add({ path: relative, absolute, size, problem });
  };

  // relative paths are built by concatenation on the way down: cheaper than path.relative for every entry
  const walk = (dir: string, relDir: string, boundary: string): void => {
    onFolder?.();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // a folder sorts as its name and a '/', a file as its name: walked in that order, paths come out sorted
    const keyed = entries.map((entry) => ({
      entry,
      key: entry.isDirectory() ? `${entry.name}/` : entry.name,
    }));
    keyed.sort((a, b) => byText(a.key, b.key));
    // `dir` is normalised and an entry's name holds no separator: joining needs no path.join
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const { entry } of keyed) {
      const relative = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === '.git' || isExcluded(`${relative}/`)) continue;
        walk(prefix + entry.name, relative, boundary);
      } else if (entry.isFile()) {
        if (isDockerfile(relative) && !isExcluded(relative)) {
          const absolute = prefix + entry.name;
          // the size is checked when the file is read
          if (!found.has(absolute)) add({ path: relative, absolute, size: -1, problem: null });
        }
      } else if (entry.isSymbolicLink() && isDockerfile(relative) && !isExcluded(relative)) {
        const absolute = prefix + entry.name;
        let stats: Stats;
        try {
          stats = lstatSync(absolute);
        } catch {
          continue;
        }
        addFile(absolute, stats, boundary, relative);
      }
    }
  };

  // every given path is checked before the first file is handed on
  const starts = givens.map((given) => {
    const absolute = path.resolve(root, given);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      throw new UsageError(`${given}: no such file or folder`);
    }
    if (!stats.isDirectory() && stats.isSymbolicLink()) {
      let targetIsDir = false;
      try {
        targetIsDir = statSync(absolute).isDirectory();
      } catch {
        // a dangling link is reported by addFile
      }
      if (targetIsDir) throw new UsageError(`${given}: is a link to a folder; name the folder itself`);
    }
    return { absolute, stats };
  });
  for (const { absolute, stats } of starts) {
    const inside = isInside(absolute, root);
    if (stats.isDirectory()) {
      const base = inside ? root : absolute;
      walk(absolute, toPosix(path.relative(base, absolute)), realpathSync(absolute));
    } else {
      // a file named on the command line is scanned whatever its name; a link must stay inside the root
      const base = inside ? root : path.dirname(absolute);
      addFile(absolute, stats, realpathSync(base), rel(absolute, base));
    }
  }
  if (!streaming) for (const file of [...found.values()].sort((a, b) => byText(a.path, b.path))) emit(file);
}
