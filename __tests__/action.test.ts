// The built action (dist/index.js) run as a runner runs it, against GitHub's REST API played locally and checked
// against GitHub's OpenAPI description, with event payloads from GitHub's own examples.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER } from '../src/action/publish.js';
import { examplePayload, runAction, workspace } from './helpers/action-runner.js';
import { GitHubServer } from './helpers/github-server.js';
import {
  BASE,
  HEAD,
  OPERATIONS,
  PullRequest,
  pullRequestPayload,
  runOnPull,
} from './helpers/pull-request.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const POLICY = `version: 1
rules: { digest-required: off, eol-image: off }
denied:
  - image: ubuntu
    reason: full distribution
    use: debian:bookworm-slim
`;

const FILES = {
  '.github/base-image-policy.yml': POLICY,
  'svc/Dockerfile': 'FROM ubuntu:24.04 AS base\nRUN true\n',
  'web/Dockerfile': 'FROM node:22-slim\nCMD ["node", "app.js"]\n',
};
const SVC_PATCH = '@@ -1,2 +1,2 @@\n-FROM ubuntu:22.04 AS base\n+FROM ubuntu:24.04 AS base\n RUN true';

let server: GitHubServer;

/** What GitHub answers the writes of a read-only token (a fork's pull request, Dependabot). */
function readOnlyToken(): void {
  for (const operation of ['issues/create-comment', 'pulls/create-review']) {
    server.fault(operation, { status: 403, body: { message: 'Resource not accessible by integration' } });
  }
}
let pr: PullRequest;

beforeEach(async () => {
  server = new GitHubServer(OPERATIONS);
  pr = new PullRequest();
  pr.install(server);
  pr.files = [
    { filename: 'svc/Dockerfile', status: 'modified', patch: SVC_PATCH },
    { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
  ];
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

describe('the action on a pull request', () => {
  it('first run: annotations, summary, one comment, one review with the suggestion; fails on the error', async () => {
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=image-denied,file=svc/Dockerfile,line=1,endLine=1,col=6,endColumn=18::ubuntu:24.04 is denied by the policy: full distribution; use debian:bookworm-slim%0ASuggestion: FROM debian:bookworm-slim AS base',
    );
    // only the changed Dockerfile was scanned
    expect(run.stdout).not.toContain('web/Dockerfile');
    expect(run.outputs).toMatchObject({ errors: '1', passed: 'false' });
    expect(run.summary).toContain('❌ Failed: 1 error');
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(pr.reviewComments).toEqual([
      expect.objectContaining({
        path: 'svc/Dockerfile',
        line: 1,
        body: expect.stringContaining('```suggestion\nFROM debian:bookworm-slim AS base\n```'),
      }),
    ]);
    // list files, list comments, create comment, list review comments, create review
    expect(server.count()).toBeLessThanOrEqual(4 + Math.ceil(pr.files.length / 100));
    const review = server.requests.find((r) => r.operationId === 'pulls/create-review');
    expect(review?.body).toMatchObject({ event: 'COMMENT', commit_id: HEAD });
  }, 60_000);

  it('second run: the comment is updated in place, and no suggestion is posted twice', async () => {
    await runOnPull(server, FILES);
    pr.files.push({
      filename: 'web/Dockerfile',
      status: 'added',
      patch: '@@ -0,0 +1,2 @@\n+FROM node\n+CMD ["node", "app.js"]',
    });
    const run = await runOnPull(server, {
      ...FILES,
      'web/Dockerfile': 'FROM node\nCMD ["node", "app.js"]\n',
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0].body).toContain('web/Dockerfile');
    expect(server.count('issues/update-comment')).toBe(1);
    expect(server.count('issues/create-comment')).toBe(1);
    // the first run's suggestion is there already, and latest-tag has no replacement line
    expect(pr.reviews).toBe(1);
    expect(pr.reviewComments).toHaveLength(1);
  }, 60_000);

  it('finds its comment and its suggestions on a later page of a long discussion', async () => {
    const first = await runOnPull(server, FILES);
    expect(first.code).toBe(1);
    expect(pr.comments).toHaveLength(1);
    expect(pr.reviewComments).toHaveLength(1);
    // 250 people's comments and 150 review comments after ours
    for (let i = 0; i < 250; i++) pr.comments.push({ id: 5000 + i, body: `comment ${i}`, type: 'User' });
    for (let i = 0; i < 150; i++)
      pr.reviewComments.push({ id: 9000 + i, path: 'README.md', line: 1, body: `nit ${i}` });
    // ours now on the last page of each listing
    pr.comments.push(pr.comments.shift()!);
    pr.reviewComments.push(pr.reviewComments.shift()!);
    const second = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(second.code).toBe(1);
    expect(pr.comments.filter((c) => c.type === 'Bot')).toHaveLength(1);
    expect(pr.reviews).toBe(1);
    expect(pr.comments.at(-1)?.body).toContain('image-denied');
    // one page each on the first run; then three pages of comments, two of review comments
    expect(server.count('issues/list-comments')).toBe(1 + 3);
    expect(server.count('pulls/list-review-comments')).toBe(1 + 2);
  }, 60_000);

  it('a person pasting the marker does not get their comment overwritten', async () => {
    pr.comments.push({ id: 5, body: `${COMMENT_MARKER}\nmine`, type: 'User' });
    await runOnPull(server, FILES);
    expect(pr.comments.find((c) => c.id === 5)?.body).toBe(`${COMMENT_MARKER}\nmine`);
    expect(pr.comments).toHaveLength(2);
  }, 60_000);

  it('a read-only token: no comment, one warning, the same verdict', async () => {
    readOnlyToken();
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1', passed: 'false' });
    expect(run.stdout.match(/::warning::base-image-policy could not/g)).toHaveLength(1);
    expect(run.stdout).toContain('read-only token');
    expect(run.stdout).toContain('::error title=image-denied');
  }, 60_000);

  it('a review answered 422 lowers what is reported, not the verdict', async () => {
    server.fault('pulls/create-review', {
      status: 422,
      body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] },
    });
    const run = await runOnPull(server, FILES);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::warning::base-image-policy could not post review suggestions: GitHub answered 422/,
    );
    expect(pr.comments).toHaveLength(1);
  }, 60_000);

  it('waits out a secondary rate limit (retry-after) and retries 5xx bursts, within bounds', async () => {
    server.fault('pulls/list-files', {
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    server.fault('issues/list-comments', { status: 502, body: { message: 'Bad Gateway' } }, 2);
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(server.count('pulls/list-files')).toBe(2);
    expect(server.count('issues/list-comments')).toBe(3);
    expect(pr.comments).toHaveLength(1);
    expect(run.ms).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it('a GitHub that stops answering: requests time out, and the run ends within its budget with the same verdict', async () => {
    for (const operation of OPERATIONS)
      server.fault(operation, { status: 200, body: [], delayMs: 60_000 }, 20);
    const run = await runOnPull(server, FILES, {
      env: { BASE_IMAGE_POLICY_REQUEST_TIMEOUT: '1', BASE_IMAGE_POLICY_API_BUDGET: '4' },
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1', passed: 'false' });
    expect(run.stdout).toContain('::error title=image-denied,file=svc/Dockerfile');
    expect(run.stdout).toContain('scanning every Dockerfile instead');
    expect(run.stdout.match(/::warning::base-image-policy could not/g)).toHaveLength(1);
    // the budget (4 s) plus at most one retry wait (9 s) and start-up; never the minute the server holds a request
    expect(run.ms).toBeLessThan(16_000);
    expect(server.count()).toBeLessThanOrEqual(4);
  }, 60_000);

  it('a server error that does not go away: four tries, then the run goes on without it, verdict unchanged', async () => {
    server.fault('pulls/list-files', { status: 503, body: { message: 'Service Unavailable' } }, 10);
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1' });
    // one try and three retries, 1 + 4 + 9 s apart
    expect(server.count('pulls/list-files')).toBe(4);
    expect(run.stdout).toContain('cannot list the changed files');
    expect(pr.comments).toHaveLength(1);
    expect(run.ms).toBeLessThan(30_000);
  }, 60_000);

  it('a rate limit with a retry-after beyond reason is not waited for', async () => {
    server.fault('issues/list-comments', {
      status: 403,
      headers: { 'retry-after': '3600' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(server.count('issues/list-comments')).toBe(1);
    expect(run.stdout).toContain('secondary rate limit on GET');
    expect(run.stdout).toContain('not waiting');
    expect(pr.reviewComments).toHaveLength(1);
    expect(run.ms).toBeLessThan(10_000);
  }, 60_000);

  it('a bad time limit is a configuration error naming the variable', async () => {
    const run = await runOnPull(server, FILES, { env: { BASE_IMAGE_POLICY_REQUEST_TIMEOUT: 'soon' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::configuration error: BASE_IMAGE_POLICY_REQUEST_TIMEOUT: expected a number of seconds greater than 0, got "soon"',
    );
    expect(server.count()).toBe(0);
  }, 60_000);

  it('a clean pull request passes, creates no comment, and turns an earlier comment into a pass', async () => {
    const clean = { ...FILES, 'svc/Dockerfile': 'FROM debian:bookworm-slim AS base\nRUN true\n' };
    pr.files = [
      {
        filename: 'svc/Dockerfile',
        status: 'modified',
        patch: '@@ -1 +1 @@\n-FROM ubuntu:24.04 AS base\n+FROM debian:bookworm-slim AS base',
      },
    ];
    let run = await runOnPull(server, clean);
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(pr.comments).toHaveLength(0);
    pr.comments.push({ id: 9, body: `${COMMENT_MARKER}\nold findings`, type: 'Bot' });
    run = await runOnPull(server, clean);
    expect(run.code).toBe(0);
    expect(pr.comments[0].body).toContain('✅ Passed');
    expect(server.violations).toEqual([]);
  }, 60_000);

  it('lists 250 changed files in pages of 100 and stays within 4 + ceil(files / 100) requests', async () => {
    pr.files = Array.from({ length: 250 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    pr.files[200] = { filename: 'svc/Dockerfile', status: 'modified', patch: SVC_PATCH };
    const run = await runOnPull(server, FILES);
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(server.count('pulls/list-files')).toBe(3);
    expect(server.count()).toBeLessThanOrEqual(4 + Math.ceil(250 / 100));
    expect(pr.reviewComments).toHaveLength(1);
  }, 60_000);

  it('rescans everything when the policy file itself changed', async () => {
    pr.files = [
      { filename: '.github/base-image-policy.yml', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
    ];
    const run = await runOnPull(server, { ...FILES, 'web/Dockerfile': 'FROM node\n' });
    expect(run.stdout).toContain('file=svc/Dockerfile');
    expect(run.stdout).toContain('file=web/Dockerfile');
  }, 60_000);

  it('under pull_request_target reads the pull request Dockerfiles through the API, not from the workspace', async () => {
    server.handlers.set('repos/get-content', ({ params, query }, s) => {
      expect(query.get('ref')).toBe(HEAD);
      const example = s.example('repos/get-content', '200', 'response-if-content-is-a-file');
      const text = params.path === 'svc/Dockerfile' ? 'FROM ubuntu:24.04 AS base\n' : null;
      if (text === null) return { status: 404, body: { message: 'Not Found' } };
      return {
        status: 200,
        body: {
          ...example,
          path: params.path,
          content: Buffer.from(text).toString('base64'),
          encoding: 'base64',
        },
      };
    });
    // the workspace holds the base branch, where the Dockerfile is still fine
    const base = workspace({ ...FILES, 'svc/Dockerfile': 'FROM debian:bookworm-slim AS base\n' });
    const run = await runAction({
      apiUrl: server.url,
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      workspace: base,
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=image-denied,file=svc/Dockerfile');
  }, 60_000);
});

describe('the action on other events', () => {
  it('merge_group compares base and head', async () => {
    server.handlers.set('repos/compare-commits-with-basehead', ({ params }, s) => {
      expect(params.basehead).toBe(`${BASE}...${HEAD}`);
      const example = s.example('repos/compare-commits-with-basehead');
      const file = { ...example.files[0], filename: 'web/Dockerfile', status: 'modified' };
      return { status: 200, body: { ...example, files: [file] } };
    });
    const payload = examplePayload('merge_group');
    payload.merge_group.base_sha = BASE;
    payload.merge_group.head_sha = HEAD;
    const run = await runAction({
      apiUrl: server.url,
      event: 'merge_group',
      payload,
      workspace: workspace({ ...FILES, 'web/Dockerfile': 'FROM node\n' }),
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=latest-tag,file=web/Dockerfile');
    expect(run.stdout).not.toContain('svc/Dockerfile');
    expect(pr.comments).toHaveLength(0);
  }, 60_000);

  it('push scans every Dockerfile (the default for push is all)', async () => {
    const payload = examplePayload('push');
    const run = await runAction({ apiUrl: server.url, event: 'push', payload, workspace: workspace(FILES) });
    expect(server.violations).toEqual([]);
    expect(server.count()).toBe(0);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1' });
  }, 60_000);

  it('reads a central policy from another repository with policy-token', async () => {
    const central = 'version: 1\nsettings: { require-digest: true }\nrules: { eol-image: off }\n';
    server.handlers.set('repos/get-content', ({ params, query }, s) => {
      expect(params).toMatchObject({ owner: 'acme', repo: 'policies', path: 'base-images.yml' });
      expect(query.get('ref')).toBe('v3');
      const example = s.example('repos/get-content', '200', 'response-if-content-is-a-file');
      return {
        status: 200,
        body: { ...example, content: Buffer.from(central).toString('base64'), encoding: 'base64' },
      };
    });
    const run = await runAction({
      apiUrl: server.url,
      event: 'workflow_dispatch',
      payload: examplePayload('workflow_dispatch'),
      workspace: workspace({ 'web/Dockerfile': 'FROM node:22-slim\n' }),
      inputs: { policy: 'acme/policies/base-images.yml@v3', 'policy-token': 'ghp_central0123456789' },
    });
    expect(server.violations).toEqual([]);
    expect(run.stdout).toContain('::error title=digest-required,file=web/Dockerfile');
    // the token reaches the runner only to be masked
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghp_central0123456789');
    expect(run.stdout).toContain('::add-mask::ghp_central0123456789');
    expect(run.code).toBe(1);
  }, 60_000);

  it('a missing central policy is a clear configuration error', async () => {
    server.handlers.set('repos/get-content', () => ({ status: 404, body: { message: 'Not Found' } }));
    const run = await runAction({
      apiUrl: server.url,
      event: 'workflow_dispatch',
      payload: examplePayload('workflow_dispatch'),
      workspace: workspace({ 'web/Dockerfile': 'FROM node:22-slim\n' }),
      inputs: { policy: 'acme/policies/missing.yml@v3' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::configuration error: acme/policies/missing.yml@v3: cannot read the policy',
    );
    expect(run.stdout).toContain('no file missing.yml at v3 in acme/policies');
  }, 60_000);

  it('a bad input fails with what was expected', async () => {
    const run = await runAction({
      apiUrl: server.url,
      event: 'push',
      payload: examplePayload('push'),
      workspace: workspace(FILES),
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::configuration error: input fail-on: expected one of error, warning, notice, never, got "sometimes"',
    );
  }, 60_000);
});

describe('action.yml', () => {
  it('declares the inputs and outputs of the specification, on node24, from dist/index.js', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const action = parse(readFileSync('action.yml', 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'policy',
        'policy-token',
        'token',
        'files',
        'exclude',
        'scan',
        'comment',
        'suggestions',
        'fail-on',
        'build-args',
        'resolve-digests',
        'sarif-file',
        'post-report',
      ].sort(),
    );
    expect(action.inputs.token.default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs).sort()).toEqual([
      'errors',
      'notices',
      'passed',
      'report',
      'sarif-file',
      'warnings',
    ]);
  });
});

describe('the fork-safe split: pull_request scans, workflow_run posts', () => {
  async function firstRun(): Promise<string> {
    // the pull_request run of a fork: a read-only token, so no comment and no review
    readOnlyToken();
    const run = await runOnPull(server, FILES);
    expect(run.code).toBe(1);
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.pullRequest).toEqual({ number: 7, headSha: HEAD });
    const ws = workspace({ 'artifact/report.json': JSON.stringify(report) });
    return ws;
  }

  function workflowRunPayload(headSha: string): Json {
    const payload = examplePayload('workflow_run');
    payload.workflow_run.head_sha = headSha;
    return payload;
  }

  function servePull(headSha: string): void {
    server.handlers.set('pulls/get', ({ params }, s) => {
      expect(params.pull_number).toBe('7');
      const example = s.example('pulls/get');
      // GitHub's own example lists a team without the `type` its schema requires: no teams here
      return {
        status: 200,
        body: { ...example, number: 7, requested_teams: [], head: { ...example.head, sha: headSha } },
      };
    });
  }

  it('posts the comment and the suggestions of the report, for the pull request the run was about', async () => {
    const ws = await firstRun();
    expect(pr.comments).toHaveLength(0);
    servePull(HEAD);
    const run = await runAction({
      apiUrl: server.url,
      event: 'workflow_run',
      payload: workflowRunPayload(HEAD),
      workspace: ws,
      inputs: { 'post-report': 'artifact/report.json' },
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0].body).toContain('image-denied');
    expect(pr.reviewComments).toEqual([expect.objectContaining({ path: 'svc/Dockerfile', line: 1 })]);
  }, 60_000);

  it('posts nothing when the report names a pull request the triggering run was not about', async () => {
    const ws = await firstRun();
    servePull('0000000000000000000000000000000000000bad');
    const run = await runAction({
      apiUrl: server.url,
      event: 'workflow_run',
      payload: workflowRunPayload(HEAD),
      workspace: ws,
      inputs: { 'post-report': 'artifact/report.json' },
    });
    expect(run.stdout).toContain('::warning::the report is for pull request #7');
    expect(pr.comments).toHaveLength(0);
    expect(pr.reviewComments).toHaveLength(0);
  }, 60_000);

  it('without post-report it says what to give', async () => {
    const run = await runAction({
      apiUrl: server.url,
      event: 'workflow_run',
      payload: workflowRunPayload(HEAD),
      workspace: workspace({}),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::configuration error: on workflow_run, give post-report');
  }, 60_000);
});
