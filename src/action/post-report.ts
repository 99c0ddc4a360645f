// The fork-safe split, second half: a workflow_run workflow (with a token that can write) posts the comment and
// the suggestions of a report that the pull_request run (with a read-only token) made and uploaded. The report is
// untrusted data: it must name the pull request whose head is the commit the triggering run was about, findings
// are checked field by field, and everything in them is escaped or placed only on lines of the pull request's diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Finding } from '../evaluate.js';
import { UsageError } from '../types.js';
import { commentableLines } from './diff.js';
import type { RunEvent } from './event.js';
import type { GitHub } from './github.js';
import {
  Degraded,
  postReview,
  reviewSuggestions,
  stickyComment,
  setCountOutputs,
  summaryMarkdown,
  type Outcome,
} from './publish.js';
import type { Settings } from './settings.js';
import { changedFiles } from './sources.js';

const SHA = /^[0-9a-f]{40}$/;
const SEVERITIES = new Set(['error', 'warning', 'notice']);

function isFinding(f: unknown): f is Finding {
  const x = f as Record<string, unknown>;
  const int = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.rule === 'string' &&
    SEVERITIES.has(x.severity as string) &&
    typeof x.path === 'string' &&
    int(x.line) &&
    int(x.column) &&
    int(x.endLine) &&
    int(x.endColumn) &&
    typeof x.message === 'string' &&
    (x.image === null || typeof x.image === 'string') &&
    (x.suggestion === null ||
      (typeof x.suggestion === 'object' && typeof (x.suggestion as { line?: unknown }).line === 'string'))
  );
}

export async function postFromReport(settings: Settings, event: RunEvent, api: GitHub): Promise<void> {
  if (!settings.postReport) {
    throw new UsageError(
      'on workflow_run, give post-report: the path of the JSON report that the pull_request run wrote (its report output, downloaded as an artifact)',
    );
  }
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(readFileSync(path.resolve(event.workspace, settings.postReport), 'utf8')) as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new UsageError(
      `input post-report: cannot read ${settings.postReport} as a JSON report: ${(error as Error).message}`,
    );
  }
  const pull = report.pullRequest as { number?: unknown; headSha?: unknown } | undefined;
  if (
    !pull ||
    !Number.isInteger(pull.number) ||
    typeof pull.headSha !== 'string' ||
    !SHA.test(pull.headSha)
  ) {
    throw new UsageError(
      `input post-report: ${settings.postReport} names no pull request; it must be the report of the action run on pull_request`,
    );
  }
  const number = pull.number as number;
  const { data: pr } = await api.rest.pulls.get({
    owner: event.owner,
    repo: event.repo,
    pull_number: number,
  });
  if (
    pr.head.sha !== pull.headSha ||
    (event.workflowRunHeadSha !== null && pr.head.sha !== event.workflowRunHeadSha)
  ) {
    core.warning(
      `the report is for pull request #${number} at ${pull.headSha}, which is not the commit the triggering run was about; nothing is posted`,
    );
    return;
  }
  const findings = (Array.isArray(report.findings) ? report.findings : []).filter(isFinding);
  const summary = (report.summary ?? {}) as Record<string, unknown>;
  const count = (key: string): number => (Number.isInteger(summary[key]) ? (summary[key] as number) : 0);
  const outcome: Outcome = {
    findings,
    counts: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      notices: findings.filter((f) => f.severity === 'notice').length,
      passed: summary.passed === true,
    },
    files: count('files'),
    images: count('images'),
    policy: typeof report.policy === 'string' ? report.policy : 'unknown',
    failOn: settings.failOn,
  };
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(outcome)).write();
  const degraded = new Degraded();
  const target = { owner: event.owner, repo: event.repo, number };
  if (settings.comment) await stickyComment(api, target, outcome, degraded);
  if (settings.suggestions) {
    const changed = await changedFiles(api, {
      ...event,
      pull: { number, headSha: pr.head.sha, headRepo: '', baseSha: '' },
    });
    const diffLines = new Map((changed ?? []).map((f) => [f.path, commentableLines(f.patch)]));
    await postReview(
      api,
      { ...target, headSha: pr.head.sha },
      reviewSuggestions(findings, diffLines),
      degraded,
    );
  }
  setCountOutputs(outcome.counts);
}
