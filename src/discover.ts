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

export function discover(options: DiscoverOptions = {}): DiscoveredFile[] {
  const root = path.resolve(options.root ?? process.cwd());
  const isDockerfile = compile(options.files ?? DEFAULT_FILE_PATTERNS, 'files');
  const isExcluded = compile(options.exclude ?? DEFAULT_EXCLUDE_PATTERNS, 'exclude');
  // keyed by absolute path; paths are reported relative to the root, or to the named folder when it lies outside
  const found = new Map<string, DiscoveredFile>();
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
    found.set(absolute, { path: relative, absolute, size, problem });
  };

  // relative paths are built by concatenation on the way down: cheaper than path.relative for every entry
  const walk = (dir: string, relDir: string, boundary: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === '.git' || isExcluded(`${relative}/`)) continue;
        walk(path.join(dir, entry.name), relative, boundary);
      } else if (entry.isFile()) {
        if (isDockerfile(relative) && !isExcluded(relative) && !found.has(path.join(dir, entry.name))) {
          const absolute = path.join(dir, entry.name);
          // the size is checked when the file is read
          found.set(absolute, { path: relative, absolute, size: -1, problem: null });
        }
      } else if (entry.isSymbolicLink() && isDockerfile(relative) && !isExcluded(relative)) {
        const absolute = path.join(dir, entry.name);
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

  for (const given of options.paths?.length ? options.paths : [root]) {
    const absolute = path.resolve(root, given);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      throw new UsageError(`${given}: no such file or folder`);
    }
    const inside = isInside(absolute, root);
    if (stats.isDirectory()) {
      const base = inside ? root : absolute;
      walk(absolute, toPosix(path.relative(base, absolute)), realpathSync(absolute));
    } else {
      // a file named on the command line is scanned whatever its name; a link must stay inside the root
      const base = inside ? root : path.dirname(absolute);
      const boundary = realpathSync(base);
      if (stats.isSymbolicLink()) {
        let targetIsDir = false;
        try {
          targetIsDir = statSync(absolute).isDirectory();
        } catch {
          // a dangling link is reported by addFile
        }
        if (targetIsDir) throw new UsageError(`${given}: is a link to a folder; name the folder itself`);
      }
      addFile(absolute, stats, boundary, rel(absolute, base));
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
