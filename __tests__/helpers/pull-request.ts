// A pull request as GitHub keeps it (changed files, issue comments, review comments), served by the GitHub
// stand-in, and the webhook payload of its opening.
import { examplePayload, runAction, workspace, type ActionRun } from './action-runner.js';
import type { GitHubServer } from './github-server.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const OPERATIONS = [
  'pulls/list-files',
  'repos/compare-commits-with-basehead',
  'repos/get-content',
  'git/get-tree',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/list-review-comments',
  'pulls/create-review',
  'pulls/get',
];
export const HEAD = 'c0ffee0000000000000000000000000000000001';
export const BASE = 'ba5e000000000000000000000000000000000002';
export interface PrFile {
  filename: string;
  status: string;
  patch?: string;
}

/** One page of a listing, as GitHub pages it: per_page (default 30) items of page (default 1). */
function pageOf<T>(items: T[], query: URLSearchParams): T[] {
  const perPage = Number(query.get('per_page') ?? 30);
  const page = Number(query.get('page') ?? 1);
  return items.slice((page - 1) * perPage, page * perPage);
}

/** A pull request as GitHub keeps it: changed files, issue comments, review comments. */
export class PullRequest {
  files: PrFile[] = [];
  comments: { id: number; body: string; type: 'Bot' | 'User' }[] = [];
  reviewComments: { id: number; path: string; line: number; body: string }[] = [];
  reviews = 0;
  private next = 1000;

  install(server: GitHubServer): void {
    server.handlers.set('pulls/list-files', ({ query }, s) => {
      const template = s.example('pulls/list-files')[0];
      const body = pageOf(this.files, query).map((f) => ({ ...template, ...f }));
      return { status: 200, body };
    });
    server.handlers.set('issues/list-comments', ({ query }, s) => {
      const template = s.example('issues/list-comments')[0];
      return {
        status: 200,
        body: pageOf(this.comments, query).map((c) => ({
          ...template,
          id: c.id,
          body: c.body,
          user: { ...template.user, type: c.type },
        })),
      };
    });
    server.handlers.set('issues/create-comment', ({ body }, s) => {
      const comment = { id: this.next++, body: body.body, type: 'Bot' as const };
      this.comments.push(comment);
      const example = s.example('issues/create-comment', '201');
      return { status: 201, body: { ...example, id: comment.id, body: comment.body } };
    });
    server.handlers.set('issues/update-comment', ({ params, body }, s) => {
      const comment = this.comments.find((c) => c.id === Number(params.comment_id));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = body.body;
      return {
        status: 200,
        body: { ...s.example('issues/update-comment'), id: comment.id, body: comment.body },
      };
    });
    server.handlers.set('pulls/list-review-comments', ({ query }, s) => {
      const template = s.example('pulls/list-review-comments')[0];
      return {
        status: 200,
        body: pageOf(this.reviewComments, query).map((c) => ({
          ...template,
          id: c.id,
          path: c.path,
          line: c.line,
          body: c.body,
        })),
      };
    });
    server.handlers.set('pulls/create-review', ({ body }, s) => {
      this.reviews++;
      for (const c of body.comments ?? [])
        this.reviewComments.push({ id: this.next++, path: c.path, line: c.line, body: c.body });
      return { status: 200, body: s.example('pulls/create-review') };
    });
  }
}

export function pullRequestPayload(number = 7): Json {
  const payload = examplePayload('pull_request', 'opened');
  payload.pull_request.number = number;
  payload.number = number;
  payload.pull_request.head.sha = HEAD;
  payload.pull_request.base.sha = BASE;
  payload.repository.full_name = 'octo-org/app';
  return payload;
}

/**
 * The built action on the pull request of pullRequestPayload(), against `server`, over a workspace of these files
 * (or a workspace made already).
 */
export function runOnPull(
  server: GitHubServer,
  files: Record<string, string> | string,
  more: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    apiUrl: server.url,
    event: 'pull_request',
    payload: pullRequestPayload(),
    workspace: typeof files === 'string' ? files : workspace(files),
    ...more,
  });
}
