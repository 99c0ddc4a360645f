// The GitHub REST client: retries for server errors, waits for rate limits (retry-after honoured, writes spaced by
// the throttling plugin), the API address from GITHUB_API_URL so that GitHub Enterprise Server works too. Every
// request has a time limit and the run has a budget for all of them: @octokit/request no longer honours its old
// `timeout` option, so without these a GitHub that stops answering holds the runner until the job times out.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import * as core from '@actions/core';
import { UsageError } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

const Client = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof Client>;

/** How many times a rate-limited request is tried again before the run gives up on it. */
const RATE_LIMIT_RETRIES = 2;
/** Longer waits than this are not worth holding a runner for: the request fails and reporting degrades. */
const MAX_WAIT_SECONDS = 120;

/**
 * Whether to wait out a rate limit and try again: a few times, not for longer than a runner should idle, and not
 * past the run's budget.
 */
function waitOut(kind: string, limits: ApiLimits) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    const wait =
      retryCount < RATE_LIMIT_RETRIES &&
      retryAfter <= MAX_WAIT_SECONDS &&
      Date.now() + retryAfter * 1000 < limits.deadline;
    core.info(
      `${kind} on ${options.method} ${options.url}; ${wait ? `retry ${retryCount + 1} in ${retryAfter} s` : 'not waiting'}`,
    );
    return wait;
  };
}

/** How long one request may take, and how long the whole run may spend on GitHub's API. */
export interface ApiLimits {
  requestMs: number;
  /** aborts every request still running, and every later one, once the run's budget is spent */
  budget: AbortSignal;
  budgetSeconds: number;
  /** when the budget ends, in ms since the epoch */
  deadline: number;
}

const REQUEST_SECONDS = 20;
const BUDGET_SECONDS = 300;

function secondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${name}: expected a number of seconds greater than 0, got "${raw}"`);
  return value;
}

/**
 * The limits of a run, from BASE_IMAGE_POLICY_REQUEST_TIMEOUT (seconds per request, default 20) and
 * BASE_IMAGE_POLICY_API_BUDGET (seconds for every request of the run, retries and waits included, default 300).
 * The budget starts now.
 */
export function apiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const requestSeconds = secondsFrom(env, 'BASE_IMAGE_POLICY_REQUEST_TIMEOUT', REQUEST_SECONDS);
  const budgetSeconds = secondsFrom(env, 'BASE_IMAGE_POLICY_API_BUDGET', BUDGET_SECONDS);
  return {
    requestMs: requestSeconds * 1000,
    budget: AbortSignal.timeout(budgetSeconds * 1000),
    budgetSeconds,
    deadline: Date.now() + budgetSeconds * 1000,
  };
}

/** The error a request meets once the budget is spent: an AbortError, which the retry plugin does not retry. */
function budgetSpent(limits: ApiLimits): Error {
  const error = new Error(`the run's ${limits.budgetSeconds} s for GitHub's API are spent`);
  error.name = 'AbortError';
  return error;
}

/** fetch with the request's time limit and the run's budget. */
function limitedFetch(limits: ApiLimits): typeof fetch {
  return async (input, init) => {
    if (limits.budget.aborted) throw budgetSpent(limits);
    const timeout = AbortSignal.timeout(limits.requestMs);
    const signals = [timeout, limits.budget, ...(init?.signal ? [init.signal] : [])];
    try {
      return await fetch(input, { ...init, signal: AbortSignal.any(signals) });
    } catch (error) {
      if (limits.budget.aborted) throw budgetSpent(limits);
      // a request that timed out is worth retrying, like a 5xx: the retry plugin retries what has a status
      if (timeout.aborted) throw new Error(`no answer within ${limits.requestMs / 1000} s`, { cause: error });
      throw error;
    }
  };
}

export function github(
  token: string,
  limits: ApiLimits,
  baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com',
): GitHub {
  return new Client({
    auth: token || undefined,
    baseUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => core.debug(m),
      error: (m: string) => core.debug(m),
    },
    request: { fetch: limitedFetch(limits) },
    retry: { retries: 3 },
    throttle: {
      onRateLimit: waitOut('rate limit', limits),
      onSecondaryRateLimit: waitOut('secondary rate limit', limits),
    },
  });
}

/** The HTTP status of a failed request, if it was one. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}

/** Items per page of every listing: GitHub's largest page. */
export const PER_PAGE = 100;

/** How many pages of 100 comments are read at most: a run looks through 1,000 comments, not without bound. */
export const MAX_COMMENT_PAGES = 10;

/** Pages of a listing, PER_PAGE items each, until a short page or `maxPages`; a caller may stop early. */
export async function* pagesOf<T>(
  fetchPage: (page: number) => Promise<{ data: T[] }>,
  maxPages = MAX_COMMENT_PAGES,
): AsyncGenerator<T[]> {
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await fetchPage(page);
    yield data;
    if (data.length < PER_PAGE) return;
  }
}
