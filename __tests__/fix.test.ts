import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtInCatalog } from '../src/catalog.js';
import { fixText } from '../src/fix.js';
import { runCliIn } from './helpers/cli.js';
import { policyOf } from './helpers/rule-tester.js';

const catalog = builtInCatalog();
const approved = policyOf(
  'approved:\n  - image: python\n    tags: ["3.12-slim", "3.13-slim"]\n  - image: golang\n',
);
const fix = (text: string, policy = approved) =>
  fixText('Dockerfile', text, { policy, catalog, today: '2026-11-23' });

describe('fixText', () => {
  it.each<[string, string, string]>([
    ['an approved tag', 'FROM python:3.12\nCMD ["python"]\n', 'FROM python:3.12-slim\nCMD ["python"]\n'],
    [
      'CRLF line ends kept',
      'FROM python:3.12 AS app\r\n# keep me\r\nCMD ["python"]\r\n',
      'FROM python:3.12-slim AS app\r\n# keep me\r\nCMD ["python"]\r\n',
    ],
    ['a byte-order mark kept', '\ufeffFROM python:3.12\n', '\ufeffFROM python:3.12-slim\n'],
    [
      'flags, casing and spacing kept',
      'from  --platform=$BUILDPLATFORM   python:3.13   As   Build\n',
      'from  --platform=$BUILDPLATFORM   python:3.13-slim   As   Build\n',
    ],
    [
      'the escape directive',
      '# escape=`\nFROM python:3.12\nRUN echo a `\n  b\n',
      '# escape=`\nFROM python:3.12-slim\nRUN echo a `\n  b\n',
    ],
    ['a continued FROM is left alone', 'FROM \\\n  python:3.12\n', 'FROM \\\n  python:3.12\n'],
    [
      'a FROM built from variables is left alone',
      'ARG V=3.12\nFROM python:$V\n',
      'ARG V=3.12\nFROM python:$V\n',
    ],
    ['no trailing newline', 'FROM python:3.12', 'FROM python:3.12-slim'],
  ])('%s', (_name, before, after) => {
    expect(fix(before).text).toBe(after);
  });

  it('applies a slim variant with the built-in policy, and not a denied or distroless rewrite', () => {
    const policy = policyOf('rules: { digest-required: off }\n');
    const result = fix('FROM python:3.12\nRUN pip install flask\nCMD ["flask", "run"]\n', policy);
    expect(result.text).toBe('FROM python:3.12-slim\nRUN pip install flask\nCMD ["flask", "run"]\n');
    expect(result.applied.map((f) => f.rule)).toEqual(['suggest-slim']);
  });

  it('a second run changes nothing', () => {
    const once = fix('FROM python:3.12\r\nFROM python:3.13 AS b\r\n');
    expect(once.applied).toHaveLength(2);
    const twice = fix(once.text);
    expect(twice.applied).toEqual([]);
    expect(twice.text).toBe(once.text);
  });
});

describe('fix command', () => {
  const run = (args: string[], cwd: string) => runCliIn(cwd, args);

  it('--dry-run prints a unified diff and writes nothing; then fix writes; then nothing is left', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-fix-'));
    mkdirSync(path.join(dir, 'svc'));
    const original = '# a comment\r\nFROM python:3.12 AS app\r\nCMD ["python"]\r\n';
    writeFileSync(path.join(dir, 'svc/Dockerfile'), original);
    writeFileSync(
      path.join(dir, 'policy.yml'),
      'version: 1\napproved: [{ image: python, tags: ["3.12-slim"] }]\n',
    );
    const dry = await run(['fix', '--offline', '--dry-run', '--policy', 'policy.yml'], dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('--- a/svc/Dockerfile');
    expect(dry.out).toContain('-FROM python:3.12 AS app');
    expect(dry.out).toContain('+FROM python:3.12-slim AS app');
    expect(dry.out).toContain('would change 1 line in 1 file');
    expect(readFileSync(path.join(dir, 'svc/Dockerfile'), 'utf8')).toBe(original);
    const real = await run(['fix', '--offline', '--policy', 'policy.yml'], dir);
    expect(real.out).toBe('changed 1 line in 1 file\n');
    expect(readFileSync(path.join(dir, 'svc/Dockerfile'), 'utf8')).toBe(
      '# a comment\r\nFROM python:3.12-slim AS app\r\nCMD ["python"]\r\n',
    );
    const again = await run(['fix', '--offline', '--policy', 'policy.yml'], dir);
    expect(again.out).toBe('nothing to fix\n');
  });
});
