// Hostile pull requests, through the built action as a runner runs it: a pull request can change Dockerfiles and
// the repository's own policy, and it can put anything in them. It must not escape a central policy's locks, silence
// findings without the policy's leave, make anything run, or see a token.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { workspace } from './helpers/action-runner.js';
import { GitHubServer } from './helpers/github-server.js';
import { OPERATIONS, PullRequest, runOnPull } from './helpers/pull-request.js';

const CENTRAL_SPEC = 'acme/policies/base-images.yml@v3';
const CENTRAL = `version: 1
settings:
  inline-ignores: false
  locked: [registries, inline-ignores, rules, exceptions]
rules: { eol-image: off, digest-required: off }
registries: [docker.io]
denied:
  - image: ubuntu
    reason: full distribution
    use: debian:bookworm-slim
`;
const TOKEN = 'ghs_hostiletoken0123456789';
const POLICY_TOKEN = 'ghp_centraltoken0123456789';

let server: GitHubServer;
let pr: PullRequest;

beforeEach(async () => {
  server = new GitHubServer(OPERATIONS);
  pr = new PullRequest();
  pr.install(server);
  server.handlers.set('repos/get-content', ({ params, query }, s) => {
    if (`${params.owner}/${params.repo}/${params.path}@${query.get('ref')}` !== CENTRAL_SPEC)
      return { status: 404, body: { message: 'Not Found' } };
    const example = s.example('repos/get-content', '200', 'response-if-content-is-a-file');
    return {
      status: 200,
      body: { ...example, content: Buffer.from(CENTRAL).toString('base64'), encoding: 'base64' },
    };
  });
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

const changed = (...files: string[]) =>
  (pr.files = files.map((filename) => ({ filename, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' })));

/** `::error title=RULE,file=FILE,line=N` annotations, as `RULE FILE:N`. */
function errors(stdout: string): string[] {
  return [...stdout.matchAll(/^::error title=([^,]+),file=([^,]+),line=(\d+)/gm)].map(
    (m) => `${m[1]} ${m[2]}:${m[3]}`,
  );
}

describe('a pull request against a central, locked policy', () => {
  it('loosening the repository policy (even dropping its extends) is a finding, and the loosened rules still hold', async () => {
    const files = {
      '.github/base-image-policy.yml': `version: 1
settings: { inline-ignores: true }
rules: { image-denied: off, locked-setting: off }
registries: ["**"]
exceptions:
  - files: ["**"]
    reason: trust me
`,
      'svc/Dockerfile': '# base-image-policy ignore=image-denied reason="we need it"\nFROM ubuntu:24.04\n',
      'tools/Dockerfile': 'FROM evil.example.com/miner:1\n',
    };
    changed('.github/base-image-policy.yml');
    const run = await runOnPull(server, files, {
      inputs: { policy: CENTRAL_SPEC, 'policy-token': POLICY_TOKEN, 'resolve-digests': 'false' },
    });
    expect(server.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    // the policy file changed, so every Dockerfile was judged, not only the changed ones
    expect(run.stdout).toContain(
      '.github/base-image-policy.yml changed in this run: every Dockerfile is scanned',
    );
    expect(errors(run.stdout).sort()).toEqual([
      'image-denied svc/Dockerfile:2',
      'locked-setting .github/base-image-policy.yml:2',
      'locked-setting .github/base-image-policy.yml:3',
      'locked-setting .github/base-image-policy.yml:3',
      'locked-setting .github/base-image-policy.yml:4',
      'locked-setting .github/base-image-policy.yml:6',
      'registry-not-allowed tools/Dockerfile:1',
    ]);
    // the exception's place ends on its last line, not the line after it
    expect(run.stdout).toContain(
      '::error title=locked-setting,file=.github/base-image-policy.yml,line=6,endLine=7::',
    );
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0].body).toContain('locked-setting');
  }, 60_000);
});

describe('inline ignores', () => {
  const policy = (inline: boolean) =>
    `version: 1\nsettings: { inline-ignores: ${inline} }\nrules: { eol-image: off, digest-required: off }\ndenied: [{ image: ubuntu, reason: full distribution }]\n`;

  it('count only when the policy allows them, and only with a reason', async () => {
    const dockerfiles = {
      'a/Dockerfile':
        '# base-image-policy ignore=image-denied reason="base image of the vendor tool"\nFROM ubuntu:24.04\n',
      'b/Dockerfile': '# base-image-policy ignore=image-denied\nFROM ubuntu:24.04\n',
    };
    changed('a/Dockerfile', 'b/Dockerfile');
    const allowed = await runOnPull(
      server,
      { '.github/base-image-policy.yml': policy(true), ...dockerfiles },
      {
        inputs: { 'resolve-digests': 'false' },
      },
    );
    // with a reason: silenced; without: still an error, and the comment itself a warning
    expect(errors(allowed.stdout)).toEqual(['image-denied b/Dockerfile:2']);
    expect(allowed.stdout).toMatch(
      /^::warning title=ignore-comment-invalid,file=b\/Dockerfile,line=1.*has no reason/m,
    );
    expect(allowed.code).toBe(1);

    const refused = await runOnPull(
      server,
      { '.github/base-image-policy.yml': policy(false), ...dockerfiles },
      {
        inputs: { 'resolve-digests': 'false' },
      },
    );
    expect(errors(refused.stdout).sort()).toEqual([
      'image-denied a/Dockerfile:2',
      'image-denied b/Dockerfile:2',
    ]);
    expect(refused.code).toBe(1);
  }, 60_000);
});

describe('nothing from the pull request runs', () => {
  it('commands in Dockerfiles, arguments, file names and the policy are data: no process is started', async () => {
    const marks = path.join(os.tmpdir(), `bip-pwned-${process.pid}-${Date.now()}`);
    const execLog = `${marks}-exec.log`;
    const files = {
      '.github/base-image-policy.yml': `version: 1\nrules: { eol-image: off }\ndenied:\n  - image: ubuntu\n    reason: "$(touch ${marks}-policy) \`touch ${marks}-reason\`"\n`,
      Dockerfile: [
        `# syntax=docker/dockerfile:1`,
        `ARG BASE=$(touch ${marks}-arg)`,
        `FROM \${BASE} AS one`,
        `FROM alpine:\`touch ${marks}-tick\``,
        `FROM {{ .Image }} AS templ`,
        `FROM node:22-slim`,
        `ONBUILD RUN touch ${marks}-onbuild`,
        `RUN touch ${marks}-run`,
        `RUN <<EOF\ntouch ${marks}-heredoc\nEOF`,
        `COPY --from=$(touch ${marks}-copy) /a /b`,
        `HEALTHCHECK CMD touch ${marks}-health`,
        `CMD ["sh", "-c", "touch ${marks}-cmd"]`,
        '',
      ].join('\n'),
      [`$(touch ${marks}-name)/Dockerfile`]: 'FROM node:22-slim\n',
    };
    pr.files = [{ filename: 'Dockerfile', status: 'added', patch: '@@ -0,0 +1 @@\n+FROM node:22-slim' }];
    const run = await runOnPull(server, files, {
      inputs: { scan: 'all', 'build-args': `X=$(touch ${marks}-buildarg)`, 'resolve-digests': 'false' },
      env: {
        NODE_OPTIONS: `--import=${path.resolve('__tests__/helpers/no-exec.mjs')}`,
        BIP_EXEC_LOG: execLog,
      },
    });
    expect(server.violations).toEqual([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the unresolved references are errors
    expect(run.stdout).toContain('::error title=invalid-image,file=Dockerfile,line=3');
    expect(run.stdout).toContain('::error title=unresolved-image,file=Dockerfile,line=5');
    // the hook was loaded (it says so), and nothing started a process or wrote a mark
    expect(run.stdout).toContain('no-exec hook active');
    expect(existsSync(execLog)).toBe(false);
    expect(readdirSync(os.tmpdir()).filter((f) => f.startsWith(path.basename(marks)))).toEqual([]);
  }, 60_000);
});

describe('tokens', () => {
  it('are masked before anything is printed and appear in no log, report, request body or registry request', async () => {
    // a registry that records what it is sent
    const seen: IncomingHttpHeaders[] = [];
    const registry = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => registry.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(registry.address() as { port: number }).port}`;
    // a GitHub that fails in ways that print errors and debug traces
    server.fault('issues/list-comments', { status: 500, body: { message: 'Server Error' } });
    server.fault('issues/create-comment', { status: 422, body: { message: 'Unprocessable Entity' } });
    const files = { 'svc/Dockerfile': `FROM ${host}/team/app:1.0\n` };
    pr.files = [{ filename: 'svc/Dockerfile', status: 'modified', patch: '@@ -1 +1 @@\n-FROM a\n+FROM b' }];
    const ws = workspace(files);
    try {
      const run = await runOnPull(server, ws, {
        inputs: {
          token: TOKEN,
          policy: CENTRAL_SPEC,
          'policy-token': POLICY_TOKEN,
          'sarif-file': 'out/report.sarif',
        },
        env: { RUNNER_DEBUG: '1', BASE_IMAGE_POLICY_API_BUDGET: '30' },
      });
      expect(run.code).toBe(1);
      const lines = run.stdout.split('\n');
      // the first two things the action says are the masks
      expect(lines.slice(0, 2).sort()).toEqual([`::add-mask::${POLICY_TOKEN}`, `::add-mask::${TOKEN}`]);
      expect(run.stdout).toContain('::debug::');
      expect(run.stdout).toContain('::warning::base-image-policy could not keep the pull-request comment');
      const rest = [
        lines.slice(2).join('\n'),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        readFileSync(run.outputs.report, 'utf8'),
        readFileSync(path.join(ws, 'out/report.sarif'), 'utf8'),
        JSON.stringify(server.requests.map((r) => r.body)),
      ].join('\n');
      for (const secret of [TOKEN, POLICY_TOKEN]) expect(rest).not.toContain(secret);
      // the registry was asked, and got neither token
      expect(seen.length).toBeGreaterThan(0);
      expect(JSON.stringify(seen)).not.toMatch(/ghs_|ghp_/);
      // each token went only where it belongs
      const auth = (id: string) =>
        server.requests.filter((r) => r.operationId === id).map((r) => r.authorization);
      expect(new Set(auth('repos/get-content'))).toEqual(new Set([`token ${POLICY_TOKEN}`]));
      expect(new Set(auth('pulls/list-files'))).toEqual(new Set([`token ${TOKEN}`]));
    } finally {
      registry.close();
    }
  }, 60_000);
});
