import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type Io } from '../src/cli.js';
import { REPO_ROOT } from './helpers/conformance.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false };
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    const code = await runCli(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

describe('inventory command', () => {
  it('prints the JSON report of the examples', async () => {
    const { code, stdout } = await run(['inventory', 'examples', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 5, passed: true });
    const arg = report.files.find((f: { path: string }) => f.path === 'examples/arg-based/Dockerfile');
    expect(arg.images).toEqual([
      {
        kind: 'from',
        stage: 'base',
        final: false,
        raw: '${REGISTRY}/library/python:${PYTHON_VERSION}-${VARIANT}',
        image: 'docker.io/library/python:3.12-slim-bookworm',
        registry: 'docker.io',
        repository: 'library/python',
        tag: '3.12-slim-bookworm',
        digest: null,
        line: 6,
        column: 6,
        endLine: 6,
        endColumn: 61,
        status: 'resolved',
        error: null,
        unsetVariables: [],
      },
    ]);
  });

  it('applies --build-arg', async () => {
    const { stdout } = await run([
      'inventory',
      'examples/arg-based',
      '--format',
      'json',
      '--build-arg',
      'PYTHON_VERSION=3.13',
    ]);
    expect(JSON.parse(stdout).files[0].images[0].image).toBe('docker.io/library/python:3.13-slim-bookworm');
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await run(['inventory', 'examples/go-static']);
    expect(code).toBe(0);
    expect(stdout).toContain('examples/go-static/Dockerfile');
    expect(stdout).toMatch(/1:10\s+syntax\s+-\s+docker\.io\/docker\/dockerfile:1\.7/);
    expect(stdout).toMatch(/10:6\s+from\s+1 \(final\)\s+docker\.io\/library\/alpine:3\.20/);
    expect(stdout).toContain('1 file, 3 image references');
  });

  it('writes to --output', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bip-cli-')), 'report.json');
    const { code, stdout } = await run(['inventory', 'examples', '--format', 'json', '--output', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(5);
  });

  it('writes the same scan report to --output as to standard output, findings and all', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bip-cli-')), 'report.json');
    const args = ['scan', 'examples', '--offline', '--format', 'json', '--fail-on', 'never'];
    const printed = await run(args);
    const written = await run([...args, '--output', out]);
    expect(written.stdout).toBe('');
    const report = readFileSync(out, 'utf8');
    expect(report).toBe(printed.stdout);
    expect(JSON.parse(report).findings.length).toBeGreaterThan(5);
  });

  it('writes a report over an earlier file, longer or shorter, leaving nothing of it', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bip-cli-')), 'report.json');
    const args = ['scan', 'examples', '--offline', '--format', 'json', '--fail-on', 'never'];
    const expected = (await run(args)).stdout;
    for (const earlier of ['x'.repeat(expected.length * 3), '{}', '']) {
      writeFileSync(out, earlier);
      await run([...args, '--output', out]);
      expect(readFileSync(out, 'utf8')).toBe(expected);
    }
  });

  it('writes a report to a device that cannot be cut to length', async () => {
    const { code, stderr } = await run([
      'inventory',
      'examples',
      '--format',
      'json',
      '--output',
      '/dev/null',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['unknown flag', ['inventory', '--nope'], /unknown option '--nope'/],
    ['bad format', ['inventory', '--format', 'yaml'], /Allowed choices are text, json/],
    ['missing path', ['inventory', 'no/such/dir'], /no\/such\/dir: no such file or folder/],
    ['bad build arg', ['inventory', '--build-arg', '1X=2'], /--build-arg "1X=2": expected NAME=value/],
    ['bad platform', ['inventory', '--platform', 'amd64'], /--platform "amd64": expected OS\/ARCH/],
    ['unknown command', ['scan-all'], /unknown command 'scan-all'/],
    [
      'unwritable output',
      ['inventory', 'examples', '--output', '/nonexistent/dir/x.json'],
      /--output .*cannot write/,
    ],
  ])('exits 2 with a clear message: %s', async (_name, args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and version with exit 0', async () => {
    expect((await run(['--version'])).code).toBe(0);
    const help = await run(['inventory', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--build-arg');
  });
});

describe('scan command', () => {
  it('scans the examples with the built-in policy: findings are warnings and notices, so it passes', async () => {
    const { code, stdout, stderr } = await run(['scan', '--offline', 'examples']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /policy policies\/default\.yml: 0 errors, [0-9]+ warnings?, [0-9]+ notices? — passed\n$/,
    );
    expect(code).toBe(0);
  });

  it('fails on warnings when --fail-on warning, and never with --fail-on never', async () => {
    expect((await run(['scan', '--offline', 'examples', '--fail-on', 'warning'])).code).toBe(1);
    expect(
      (
        await run([
          'scan',
          '--offline',
          '__tests__/fixtures/scan',
          '--policy',
          '__tests__/fixtures/scan/policy.yml',
          '--fail-on',
          'never',
        ])
      ).code,
    ).toBe(0);
  });

  it('exits 1 on errors at the default fail-on', async () => {
    const { code } = await run([
      'scan',
      '--offline',
      '__tests__/fixtures/scan',
      '--policy',
      '__tests__/fixtures/scan/policy.yml',
    ]);
    expect(code).toBe(1);
  });

  it('exits 2 with the place of the problem for a bad policy', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-cli-'));
    const file = path.join(dir, 'bad.yml');
    writeFileSync(file, 'version: 1\nrules:\n  latest-tag: fatal\n');
    const { code, stderr, stdout } = await run(['scan', '--offline', 'examples', '--policy', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${file}:3:15: "fatal" is not allowed here; expected one of: error, warning, notice, off`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing policy, a bad --fail-on and a bad format', async () => {
    expect(await run(['scan', '--offline', 'examples', '--policy', 'nope.yml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nope.yml: no such policy file'),
    });
    expect((await run(['scan', '--offline', 'examples', '--fail-on', 'fatal'])).code).toBe(2);
    expect((await run(['inventory', 'examples', '--format', 'sarif'])).code).toBe(2);
  });

  it('writes the report to --output', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bip-cli-')), 'report.sarif');
    const { code, stdout } = await run([
      'scan',
      '--offline',
      'examples',
      '--format',
      'sarif',
      '--output',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('colours the text report on a terminal unless NO_COLOR is set', async () => {
    const scanWith = async (env: NodeJS.ProcessEnv): Promise<string> => {
      let stdout = '';
      const io: Io = { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false, stdoutIsTTY: true, env };
      const cwd = process.cwd();
      process.chdir(REPO_ROOT);
      try {
        await runCli(['scan', '--offline', 'examples'], io);
      } finally {
        process.chdir(cwd);
      }
      return stdout;
    };
    expect(await scanWith({})).toContain('\u001b[');
    expect(await scanWith({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('rejects a bad BASE_IMAGE_POLICY_TODAY', async () => {
    let stderr = '';
    const io: Io = {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      isTTY: false,
      env: { BASE_IMAGE_POLICY_TODAY: 'tomorrow' },
    };
    expect(await runCli(['scan', '--offline', path.join(REPO_ROOT, 'examples')], io)).toBe(2);
    expect(stderr).toContain('expected a date as YYYY-MM-DD');
  });
});

describe('validate-policy command', () => {
  it('accepts the built-in policy and every example policy', async () => {
    for (const file of [
      'policies/default.yml',
      ...readdirSync(path.join(REPO_ROOT, 'policies/examples')).map((f) => `policies/examples/${f}`),
    ]) {
      const { code, stdout } = await run(['validate-policy', file]);
      expect({ file, code }).toEqual({ file, code: 0 });
      expect(stdout).toContain(`${file}: valid`);
    }
  });

  it('exits 2 and names the place of each problem', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-cli-'));
    const file = path.join(dir, 'p.yml');
    writeFileSync(file, 'version: 1\napproved:\n  - image: python\n    tag: ["3.12"]\n  - imag: node\n');
    const { code, stderr } = await run(['validate-policy', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}:4:5: unknown key "tag" (did you mean "tags"?)`);
    expect(stderr).toContain(`${file}:5:5: this entry needs "image"`);
  });

  it('exits 1 when the policy loosens what its parent locks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-cli-'));
    writeFileSync(
      path.join(dir, 'central.yml'),
      'version: 1\nsettings: { require-digest: true, locked: [require-digest] }\n',
    );
    writeFileSync(
      path.join(dir, 'child.yml'),
      'version: 1\nextends: central.yml\nsettings: { require-digest: false }\n',
    );
    const { code, stderr, stdout } = await run(['validate-policy', path.join(dir, 'child.yml')]);
    expect(code).toBe(1);
    expect(stdout).toContain('valid (extends');
    expect(stderr).toContain('locked-setting: "require-digest: false" loosens a setting');
  });
});
