// Reading through the API: the files a pull request or push changes, the pull request's Dockerfiles as data (under
// pull_request_target the workspace holds the base branch), and policies kept in other repositories.
import { pagesOf, PER_PAGE, type GitHub } from './github.js';
import type { RunEvent } from './event.js';

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_LISTED_FILES = 3000;

export interface ChangedFile {
  path: string;
  status: string;
  /** the unified diff of the file, when GitHub gives one */
  patch?: string;
}

export async function changedFiles(api: GitHub, event: RunEvent): Promise<ChangedFile[] | null> {
  const { owner, repo } = event;
  const maxPages = MAX_LISTED_FILES / PER_PAGE;
  let pages: AsyncGenerator<{ filename: string; status: string; patch?: string }[]>;
  if (event.pull) {
    const pull_number = event.pull.number;
    pages = pagesOf(
      (page) => api.rest.pulls.listFiles({ owner, repo, pull_number, per_page: PER_PAGE, page }),
      maxPages,
    );
  } else if (event.compare) {
    const basehead = `${event.compare.base}...${event.compare.head}`;
    pages = pagesOf(async (page) => {
      const { data } = await api.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead,
        per_page: PER_PAGE,
        page,
      });
      return { data: data.files ?? [] };
    }, maxPages);
  } else {
    return null;
  }
  const out: ChangedFile[] = [];
  for await (const files of pages)
    for (const f of files) out.push({ path: f.filename, status: f.status, patch: f.patch });
  return out;
}

/** A file's text at a commit, or null when it is not there (or not a file). */
export async function fileAt(
  api: GitHub,
  ownerRepo: string,
  path: string,
  ref: string,
): Promise<string | null> {
  const [owner, repo] = ownerRepo.split('/');
  try {
    const { data } = await api.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') return null;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/** Every file path at a commit (for a full scan of a pull request read as data). */
export async function treeAt(api: GitHub, ownerRepo: string, ref: string): Promise<string[]> {
  const [owner, repo] = ownerRepo.split('/');
  const { data } = await api.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: 'true' });
  return data.tree.filter((t) => t.type === 'blob' && t.path).map((t) => t.path as string);
}

/** `OWNER/REPO/PATH@REF` read through the contents API. */
export async function remotePolicy(api: GitHub, spec: string): Promise<string> {
  const at = spec.lastIndexOf('@');
  const [owner, repo, ...rest] = spec.slice(0, at).split('/');
  const text = await fileAt(api, `${owner}/${repo}`, rest.join('/'), spec.slice(at + 1));
  if (text === null)
    throw new Error(
      `no file ${rest.join('/')} at ${spec.slice(at + 1)} in ${owner}/${repo} (or the policy-token cannot read it)`,
    );
  return text;
}
