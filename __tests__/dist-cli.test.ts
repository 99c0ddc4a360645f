// The built command line (dist/cli.js, what `bin` names and what users run) answers exactly as the sources do.
// The two differ only in how they were put together, and that difference has bitten: the bundler hands CommonJS
// helpers over differently from Node, and a policy with `extends` or `locked` crashed the bundle alone.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers/conformance.js';
import { runCliIn, tempTree } from './helpers/cli.js';

const BIN = path.join(REPO_ROOT, 'dist', 'cli.js');

function runDist(cwd: string, args: string[]): { code: number; out: string; err: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, BASE_IMAGE_POLICY_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

const POLICIES = tempTree({
  'central.yml': `version: 1
settings:
  require-digest: true
  locked: [require-digest, registries, rules]
rules: { eol-image: error }
registries: [docker.io, gcr.io/distroless/*]
approved:
  - image: python
    tags: ["3.12-slim"]
    stages: [build, final]
exceptions:
  - files: ["legacy/**"]
    image: centos:7
    rules: [image-not-approved]
    reason: migration
    expires: 2027-03-31
`,
  'child.yml': `version: 1
extends: central.yml
settings: { require-digest: false }
registries: [quay.io]
`,
  'broken.yml': 'version: 1\nsettings:\n  locked: [registries, registries]\nextends: ""\n',
});

const CASES: [string, string, string[]][] = [
  ['scan of the examples with the built-in policy', REPO_ROOT, ['scan', 'examples', '--offline']],
  ['scan as JSON', REPO_ROOT, ['scan', 'examples', '--offline', '--format', 'json']],
  ['scan as SARIF', REPO_ROOT, ['scan', 'examples', '--offline', '--format', 'sarif']],
  ['scan as Markdown', REPO_ROOT, ['scan', 'examples', '--offline', '--format', 'markdown']],
  ['inventory as JSON', REPO_ROOT, ['inventory', 'examples', '--format', 'json']],
  ['fix --dry-run', REPO_ROOT, ['fix', 'examples', '--offline', '--dry-run']],
  ...readdirSync(path.join(REPO_ROOT, 'policies', 'examples')).map((f): [string, string, string[]] => [
    `validate-policy ${f}`,
    REPO_ROOT,
    ['validate-policy', `policies/examples/${f}`],
  ]),
  ['validate-policy with extends and locks', POLICIES, ['validate-policy', 'child.yml']],
  ['validate-policy of a broken policy', POLICIES, ['validate-policy', 'broken.yml']],
  [
    'scan with a policy that extends and locks',
    REPO_ROOT,
    ['scan', 'examples', '--offline', '--policy', path.join(POLICIES, 'child.yml'), '--format', 'json'],
  ],
  ['a bad flag', REPO_ROOT, ['scan', '--colour']],
];

describe('dist/cli.js answers as the sources do', () => {
  it.each(CASES)('%s', async (_name, cwd, args) => {
    const built = runDist(cwd, args);
    const source = await runCliIn(cwd, args, { NO_COLOR: '1' });
    expect(built.err).not.toMatch(/\n\s+at /); // no stack trace
    expect({ code: built.code, out: built.out, err: built.err }).toEqual(source);
  });

  it('really ran: the cases cover passing, failing and configuration errors', async () => {
    const codes = new Set(CASES.map(([, cwd, args]) => runDist(cwd, args).code));
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });
});
