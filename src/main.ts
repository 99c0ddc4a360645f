// The action: read the inputs and the event, load the policy, find the Dockerfiles the run is about, judge them
// with the same engine as the command line, and report where people look. A thin face over the core.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import picomatch from 'picomatch';
import { DEFAULT_EXCLUDE_PATTERNS, DEFAULT_FILE_PATTERNS } from './discover.js';
import type { Finding } from './evaluate.js';
import { scanText } from './inventory.js';
import { PolicyError } from './policy/load.js';
import { loadConfiguredPolicy } from './policy/policy.js';
import type { Policy } from './policy/types.js';
import { JsonReportWriter } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { DEFAULT_SEVERITIES } from './rules/index.js';
import { pinnedToday, scan, scanScanned, type ScanResult } from './scan.js';
import { UsageError, type ScannedFile } from './types.js';
import { readEvent, type RunEvent } from './action/event.js';
import { apiLimits, github, type GitHub } from './action/github.js';
import { commentableLines } from './action/diff.js';
import {
  annotate,
  Degraded,
  postReview,
  reviewSuggestions,
  stickyComment,
  summaryMarkdown,
  setCountOutputs,
  type Outcome,
} from './action/publish.js';
import { postFromReport } from './action/post-report.js';
import { readAheadWanted } from './read-ahead.js';
import { lookUpFiles, lookUpUses, noticeText, usesOf, type LookUp } from './resolve/lookup.js';
import { pinSuggestions } from './resolve/pin.js';
import { readSettings, type Settings } from './action/settings.js';
import { changedFiles, fileAt, remotePolicy, treeAt, type ChangedFile } from './action/sources.js';

async function loadActionPolicy(
  settings: Settings,
  event: RunEvent,
  policyApi: GitHub,
): Promise<{ policy: Policy; localPath: string | null }> {
  return loadConfiguredPolicy(settings.policy, event.workspace, {
    defaultSeverities: DEFAULT_SEVERITIES,
    fetchRemote: (spec: string) => remotePolicy(policyApi, spec),
    relativeName: true,
  });
}

function scanMode(settings: Settings, event: RunEvent): 'changed' | 'all' {
  if (settings.scan) return settings.scan;
  return ['pull_request', 'pull_request_target', 'merge_group'].includes(event.name) ? 'changed' : 'all';
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const event = readEvent();
    const limits = apiLimits();
    const api = github(settings.token, limits);
    if (event.name === 'workflow_run') return await postFromReport(settings, event, api);
    const policyApi = settings.policyToken === settings.token ? api : github(settings.policyToken, limits);
    const { policy, localPath } = await loadActionPolicy(settings, event, policyApi);
    const mode = scanMode(settings, event);
    const isDockerfile = picomatch(settings.files ?? DEFAULT_FILE_PATTERNS, { dot: true });
    const isExcluded = picomatch(settings.exclude ?? DEFAULT_EXCLUDE_PATTERNS, { dot: true });
    const wanted = (p: string): boolean => isDockerfile(p) && !isExcluded(p);

    // the changed files: to scan only them, and for the diff lines review comments may stand on
    let changed: ChangedFile[] | null = null;
    if (mode === 'changed' || (event.pull && settings.suggestions)) {
      try {
        changed = await changedFiles(api, event);
      } catch (error) {
        core.warning(
          `cannot list the changed files (${(error as Error).message}); scanning every Dockerfile instead`,
        );
      }
    }
    let targets: string[] | null = null; // null: every Dockerfile
    if (mode === 'changed' && changed !== null) {
      const policyChanged = localPath !== null && changed.some((f) => f.path === localPath);
      if (policyChanged) core.info(`${localPath} changed in this run: every Dockerfile is scanned`);
      else targets = changed.filter((f) => f.status !== 'removed' && wanted(f.path)).map((f) => f.path);
    }

    const scanOptions = { policy, failOn: settings.failOn, today: pinnedToday(process.env) };
    const extract = { buildArgs: settings.buildArgs };
    const files: ScannedFile[] = [];
    const keep = (file: ScannedFile | null): void => {
      if (file) files.push({ ...file, text: undefined, instructions: undefined });
    };
    let result: ScanResult;
    let lookUp: LookUp | undefined;
    if (event.name === 'pull_request_target' && event.pull) {
      // the workspace holds the base branch here: the pull request's Dockerfiles are read through the API, as
      // data, never checked out and never run
      const pull = event.pull;
      const paths = targets ?? (await treeAt(api, pull.headRepo, pull.headSha)).filter(wanted);
      const read: ScannedFile[] = [];
      for (const p of paths) {
        const text = await fileAt(api, pull.headRepo, p, pull.headSha);
        if (text !== null) read.push(scanText(p, text, extract));
      }
      lookUp = settings.resolveDigests ? reportNotices(await lookUpUses(usesOf(read))) : undefined;
      result = scanScanned(read, { ...scanOptions, digests: lookUp?.facts }, keep);
    } else {
      const paths =
        targets === null
          ? [event.workspace]
          : targets.filter((p) => existsSync(path.join(event.workspace, p)));
      const where = {
        ...extract,
        root: event.workspace,
        paths,
        files: settings.files,
        exclude: settings.exclude,
        readAhead: readAheadWanted(process.env),
      };
      lookUp =
        settings.resolveDigests && paths.length > 0 ? reportNotices(await lookUpFiles(where)) : undefined;
      result =
        paths.length === 0
          ? scanScanned([], scanOptions, keep)
          : scan({ ...scanOptions, ...where, digests: lookUp?.facts }, keep);
    }
    // suggestions carry the current digest of what they put in
    if (lookUp) await pinSuggestions(result.findings, lookUp.resolver);
    core.info(
      `${result.files} Dockerfile${result.files === 1 ? '' : 's'} scanned (${targets === null ? 'all' : 'changed'}), ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`,
    );

    const outcome: Outcome = { ...result, policy: policy.source, failOn: settings.failOn };
    annotate(result.findings);
    await writeSummary(outcome);
    const reportPath = writeJsonReport(files, result, policy.source, event);
    core.setOutput('report', reportPath);
    if (settings.sarifFile) {
      const sarifPath = path.resolve(event.workspace, settings.sarifFile);
      mkdirSync(path.dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(result.findings, policy));
      core.setOutput('sarif-file', sarifPath);
    }
    setCountOutputs(result.counts);

    if (event.pull && settings.token) {
      const degraded = new Degraded();
      const target = { owner: event.owner, repo: event.repo, number: event.pull.number };
      if (settings.comment) await stickyComment(api, target, outcome, degraded);
      if (settings.suggestions && changed) {
        const diffLines = new Map(changed.map((f) => [f.path, commentableLines(f.patch)]));
        await postReview(
          api,
          { ...target, headSha: event.pull.headSha },
          reviewSuggestions(result.findings, diffLines),
          degraded,
        );
      }
    }
    if (!result.counts.passed) core.setFailed(failureMessage(result.findings, settings.failOn));
  } catch (error) {
    if (error instanceof UsageError || error instanceof PolicyError) {
      core.setFailed(`configuration error: ${error.message}`);
      return;
    }
    core.debug((error as Error).stack ?? String(error));
    core.setFailed(`base-image-policy failed: ${(error as Error).message}`);
  }
}

/** A registry that could not be asked is one notice, never a finding: the verdict does not depend on it. */
function reportNotices(lookUp: LookUp): LookUp {
  for (const notice of lookUp.notices) core.notice(noticeText(notice));
  return lookUp;
}

function failureMessage(findings: Finding[], failOn: string): string {
  const n = findings.filter((f) => f.severity === 'error').length;
  return `base-image-policy: ${n} error${n === 1 ? '' : 's'}${failOn !== 'error' ? ` (fail-on: ${failOn})` : ''}; see the annotations and the job summary`;
}

async function writeSummary(outcome: Outcome): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(outcome)).write();
}

function writeJsonReport(files: ScannedFile[], result: ScanResult, policy: string, event: RunEvent): string {
  const dir = process.env.RUNNER_TEMP || process.cwd();
  const file = path.join(dir, 'base-image-policy-report.json');
  const writer = new JsonReportWriter(policy);
  for (const f of files) writer.add(f);
  // the pull request it is about, for a workflow_run workflow that posts it (the fork-safe split)
  const extra = event.pull ? { pullRequest: { number: event.pull.number, headSha: event.pull.headSha } } : {};
  writeFileSync(file, writer.finish(result.findings, result.counts, extra));
  return file;
}
