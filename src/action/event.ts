// What the run is about: the event, its pull request or commits, and where the workspace is.
import { readFileSync } from 'node:fs';
import { UsageError } from '../types.js';

export type EventName =
  'pull_request' | 'pull_request_target' | 'merge_group' | 'push' | 'workflow_dispatch' | 'schedule' | string;

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** owner/name of the repository the pull request comes from (a fork, maybe) */
  headRepo: string;
  baseSha: string;
}

export interface RunEvent {
  name: EventName;
  owner: string;
  repo: string;
  workspace: string;
  pull: PullRequestInfo | null;
  /** for push and merge_group: the commits to compare; null when there is nothing to compare against */
  compare: { base: string; head: string } | null;
  /** for workflow_run: the commit the triggering run was about */
  workflowRunHeadSha: string | null;
}

const NULL_SHA = /^0+$/;

export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new UsageError('GITHUB_REPOSITORY is not set to OWNER/REPO: is this running in GitHub Actions?');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(
        `cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`,
      );
    }
  }
  const event: RunEvent = {
    name,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    pull: null,
    compare: null,
    workflowRunHeadSha: null,
  };
  const pr = payload.pull_request as
    | { number: number; head: { sha: string; repo: { full_name: string } | null }; base: { sha: string } }
    | undefined;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr) {
    event.pull = {
      number: pr.number,
      headSha: pr.head.sha,
      headRepo: pr.head.repo?.full_name ?? repository,
      baseSha: pr.base.sha,
    };
  } else if (name === 'merge_group') {
    const group = payload.merge_group as { base_sha?: string; head_sha?: string } | undefined;
    if (group?.base_sha && group.head_sha) event.compare = { base: group.base_sha, head: group.head_sha };
  } else if (name === 'workflow_run') {
    const runInfo = payload.workflow_run as { head_sha?: string } | undefined;
    event.workflowRunHeadSha = runInfo?.head_sha ?? null;
  } else if (name === 'push') {
    const before = payload.before as string | undefined;
    const after = payload.after as string | undefined;
    // a new branch has no "before": nothing to compare with, so everything is scanned
    if (before && after && !NULL_SHA.test(before) && !NULL_SHA.test(after))
      event.compare = { base: before, head: after };
  }
  return event;
}
