import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
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
