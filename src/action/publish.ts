// Where people look: annotations on the lines, the job summary, one sticky pull-request comment, and one review
// whose suggestion blocks rewrite FROM lines. Writes that GitHub refuses lower what is reported, never the verdict.
import * as core from '@actions/core';
import type { Finding } from '../evaluate.js';
import { formatMarkdown } from '../report/markdown.js';
import type { Counts } from '../scan.js';
import { TOOL_NAME } from '../version.js';
import { pagesOf, PER_PAGE, statusOf, type GitHub } from './github.js';

/** GitHub shows this many annotations of each kind per step. */
export const ANNOTATIONS_SHOWN = 10;
export const COMMENT_MARKER = '<!-- base-image-policy:sticky-comment -->';
export const COMMENT_LIMIT = 65_536;
const ORDER = { error: 0, warning: 1, notice: 2 } as const;

export interface Outcome {
  findings: Finding[];
  counts: Counts;
  files: number;
  images: number;
  policy: string;
  failOn: string;
}

/** Annotations as workflow commands (they work on fork pull requests too), errors first. */
export function annotate(findings: Finding[]): void {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const f of sorted) {
    const properties: core.AnnotationProperties = {
      title: f.rule,
      file: f.path,
      startLine: f.line,
      endLine: f.endLine,
    };
    // columns only mean something on one line
    if (f.line === f.endLine) {
      properties.startColumn = f.column;
      properties.endColumn = f.endColumn;
    }
    const message = f.suggestion ? `${f.message}\nSuggestion: ${f.suggestion.line}` : f.message;
    if (f.severity === 'error') core.error(message, properties);
    else if (f.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}

export function summaryMarkdown(outcome: Outcome): string {
  const hidden: string[] = [];
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const n = outcome.findings.filter((f) => f.severity === severity).length;
    if (n > ANNOTATIONS_SHOWN) hidden.push(`${n - ANNOTATIONS_SHOWN} ${severity}s`);
  }
  const note = hidden.length
    ? `\n> GitHub shows ${ANNOTATIONS_SHOWN} annotations of each kind per step; ${hidden.join(', ')} are not shown as annotations. Every finding is listed below.\n`
    : '';
  return formatMarkdown(outcome, { policy: outcome.policy, failOn: outcome.failOn }) + note;
}

export class Degraded {
  private warned = false;
  note(what: string, error: unknown): void {
    const status = statusOf(error);
    core.debug(`${what} failed: ${(error as Error).message}`);
    if (this.warned) return;
    this.warned = true;
    const why =
      status === 403 || status === 404
        ? 'the token cannot write to this pull request (a fork pull request under pull_request, or Dependabot, gets a read-only token)'
        : `GitHub answered ${status ?? (error as Error).message}`;
    core.warning(
      `${TOOL_NAME} could not ${what}: ${why}. The annotations and the job summary carry every finding, and the ` +
        'verdict is unchanged. For comments on fork pull requests, run the action on pull_request_target (it reads ' +
        'the pull request as data and runs nothing from it; see docs/workflows.md), and give the job ' +
        '`pull-requests: write`.',
    );
  }
}

/** The sticky comment: found by its marker and its bot author, updated in place, created only when there is news. */
export async function stickyComment(
  api: GitHub,
  target: { owner: string; repo: string; number: number },
  outcome: Outcome,
  degraded: Degraded,
): Promise<void> {
  const { owner, repo, number } = target;
  const body = `${COMMENT_MARKER}\n${formatMarkdown(outcome, {
    policy: outcome.policy,
    failOn: outcome.failOn,
    maxLength: COMMENT_LIMIT - COMMENT_MARKER.length - 1,
  })}`;
  try {
    // a person can paste the marker; only a bot's comment is ours. A long discussion has it on a later page
    let existing: { id: number; body?: string } | undefined;
    for await (const comments of pagesOf((page) =>
      api.rest.issues.listComments({ owner, repo, issue_number: number, per_page: PER_PAGE, page }),
    )) {
      existing = comments.find((c) => c.body?.startsWith(COMMENT_MARKER) && c.user?.type === 'Bot');
      if (existing) break;
    }
    if (existing) {
      if (existing.body !== body)
        await api.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    } else if (outcome.findings.length > 0) {
      await api.rest.issues.createComment({ owner, repo, issue_number: number, body });
    }
  } catch (error) {
    degraded.note('keep the pull-request comment', error);
  }
}

export interface ReviewSuggestion {
  path: string;
  line: number;
  body: string;
}

export function suggestionBody(f: Finding): string {
  return `**${TOOL_NAME}** · \`${f.rule}\` · ${f.severity}: ${escapeForComment(f.message)}\n\n\`\`\`suggestion\n${f.suggestion?.line ?? ''}\n\`\`\`\n`;
}

function escapeForComment(s: string): string {
  return s.replace(/[<>&@`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Review comments for findings with a replacement line on a line of the diff, one per line, most severe first. */
export function reviewSuggestions(
  findings: Finding[],
  diffLines: Map<string, Set<number>>,
): ReviewSuggestion[] {
  const byLine = new Map<string, ReviewSuggestion>();
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const f of sorted) {
    if (!f.suggestion || f.line !== f.endLine) continue;
    if (!diffLines.get(f.path)?.has(f.line)) continue;
    const key = `${f.path}:${f.line}`;
    if (!byLine.has(key)) byLine.set(key, { path: f.path, line: f.line, body: suggestionBody(f) });
  }
  return [...byLine.values()];
}

function suggestedText(body: string): string | null {
  const m = /```suggestion\n([\s\S]*?)\n```/.exec(body);
  return m ? m[1] : null;
}

/** One review per run, event COMMENT, never repeating a suggestion already on that line. */
export async function postReview(
  api: GitHub,
  target: { owner: string; repo: string; number: number; headSha: string },
  suggestions: ReviewSuggestion[],
  degraded: Degraded,
): Promise<number> {
  if (suggestions.length === 0) return 0;
  const { owner, repo, number, headSha } = target;
  try {
    const already = new Set<string>();
    for await (const existing of pagesOf((page) =>
      api.rest.pulls.listReviewComments({ owner, repo, pull_number: number, per_page: PER_PAGE, page }),
    )) {
      for (const c of existing)
        already.add(`${c.path}:${c.line ?? c.original_line}:${suggestedText(c.body)}`);
    }
    const fresh = suggestions.filter((s) => !already.has(`${s.path}:${s.line}:${suggestedText(s.body)}`));
    if (fresh.length === 0) return 0;
    await api.rest.pulls.createReview({
      owner,
      repo,
      pull_number: number,
      commit_id: headSha,
      event: 'COMMENT',
      body: `${TOOL_NAME}: ${fresh.length} suggested change${fresh.length === 1 ? '' : 's'} to base images.`,
      comments: fresh.map((s) => ({ path: s.path, line: s.line, side: 'RIGHT' as const, body: s.body })),
    });
    return fresh.length;
  } catch (error) {
    degraded.note('post review suggestions', error);
    return 0;
  }
}

/** The outputs every run sets: the counts and the verdict. */
export function setCountOutputs(counts: Counts): void {
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  core.setOutput('passed', counts.passed);
}
