// The GitHub REST client: retries for server errors, waits for rate limits (retry-after honoured, writes spaced by
// the throttling plugin), the API address from GITHUB_API_URL so that GitHub Enterprise Server works too.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import * as core from '@actions/core';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

const Client = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof Client>;

/** How many times a rate-limited request is tried again before the run gives up on it. */
const RATE_LIMIT_RETRIES = 2;
/** Longer waits than this are not worth holding a runner for: the request fails and reporting degrades. */
const MAX_WAIT_SECONDS = 120;

/** Whether to wait out a rate limit and try again: a few times, and not for longer than a runner should idle. */
function waitOut(kind: string) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    core.info(`${kind} on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter} s`);
    return retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS;
  };
}

export function github(
  token: string,
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
    request: { timeout: 30_000 },
    retry: { retries: 3 },
    throttle: {
      onRateLimit: waitOut('rate limit'),
      onSecondaryRateLimit: waitOut('secondary rate limit'),
    },
  });
}

/** The HTTP status of a failed request, if it was one. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}
