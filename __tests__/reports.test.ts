// Golden tests for every report format, over a fixture tree with a policy, on a pinned day; and SARIF checked
// against the SARIF 2.1.0 schema and GitHub's ingestion rules.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { runCliIn } from './helpers/cli.js';
import { escapeMarkdown, formatMarkdown } from '../src/report/markdown.js';
import { jsonFile, jsonFinding, JsonReportWriter } from '../src/report/json.js';
import { scanned as scannedFile } from './helpers/rule-tester.js';
import type { Finding } from '../src/evaluate.js';

const fixtures = path.resolve('__tests__/fixtures');
const scanDir = path.join(fixtures, 'scan');
const goldenDir = path.join(fixtures, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCliIn(scanDir, args, env);

function golden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE && process.env.CI)
      throw new Error(`${name}: golden file missing; run UPDATE_GOLDEN=1 npm test`);
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('scan reports (golden)', () => {
  it.each([
    ['text', 'scan.txt'],
    ['json', 'scan.json'],
    ['markdown', 'scan.md'],
    ['sarif', 'scan.sarif'],
  ])('%s', async (format, file) => {
    const result = await run(['scan', '--offline', '--policy', 'policy.yml', '--format', format]);
    expect(result.err).toBe('');
    expect(result.code).toBe(1);
    golden(file, format === 'json' ? JSON.stringify(JSON.parse(result.out), null, 2) + '\n' : result.out);
  });

  it('JSON has the shape of the specification', async () => {
    const report = JSON.parse(
      (await run(['scan', '--offline', '--policy', 'policy.yml', '--format', 'json'])).out,
    );
    expect(Object.keys(report)).toEqual(['version', 'policy', 'files', 'findings', 'summary']);
    expect(Object.keys(report.findings[0])).toEqual([
      'rule',
      'severity',
      'path',
      'line',
      'column',
      'endLine',
      'endColumn',
      'image',
      'message',
      'suggestion',
    ]);
    expect(report.summary).toEqual(
      expect.objectContaining({ files: 3, errors: expect.any(Number), passed: false }),
    );
    const counted = report.findings.filter((f: Finding) => f.severity === 'error').length;
    expect(report.summary.errors).toBe(counted);
  });
});

describe('SARIF', () => {
  async function sarifText(): Promise<string> {
    return (await run(['scan', '--offline', '--policy', 'policy.yml', '--format', 'sarif'])).out;
  }

  it('is valid against the SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(path.join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(await sarifText());
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const result = log.runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\/|^file:|\\/);
  });

  it("passes the SARIF Multitool's GitHub and SARIF rules without errors or warnings", async () => {
    if (!(process.platform === 'linux' && process.arch === 'x64')) {
      // the validator ships as a linux-x64 binary only; CI runs on linux-x64
      return;
    }
    const require = createRequire(import.meta.url);
    const multitool = require('@microsoft/sarif-multitool') as string;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-sarif-'));
    const input = path.join(dir, 'scan.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, await sarifText());
    const child = spawnSync(
      multitool,
      [
        'validate',
        input,
        '--rule-kind',
        'Gh;Sarif',
        '--level',
        'Error;Warning',
        '-c',
        path.join(fixtures, 'sarif-gh-strict.xml'),
        '-o',
        output,
        '--quiet',
        'true',
      ],
      { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
    );
    // the tool exits 0 even when it finds problems: its own SARIF output says what it found
    expect(child.status).toBe(0);
    const validation = JSON.parse(readFileSync(output, 'utf8')).runs[0];
    const rules = validation.tool.driver.rules ?? [];
    const problems = (validation.results ?? []).map(
      (r: {
        ruleId: string;
        ruleIndex: number;
        message: { text?: string; id?: string; arguments?: string[] };
      }) => {
        const template =
          r.message.text ?? rules[r.ruleIndex]?.messageStrings?.[r.message.id ?? '']?.text ?? '';
        return `${r.ruleId}: ${template.replace(/\{(\d+)\}/g, (_: string, i: string) => r.message.arguments?.[Number(i)] ?? '')}`;
      },
    );
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('Markdown escaping', () => {
  it('leaves nothing from a Dockerfile able to format, link, mention or inject HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** [link](http://x) @org/team `code` | cell\nnext';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/[<>*[\]()@`|\n]/);
    expect(escaped).toContain('&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;');
  });

  it('escapes paths, images and messages in the tables, and cuts to a length with a note', () => {
    const finding: Finding = {
      rule: 'latest-tag',
      severity: 'error',
      path: 'web/<b>x</b>/Dockerfile',
      line: 2,
      column: 6,
      endLine: 2,
      endColumn: 10,
      image: 'docker.io/library/node',
      message: 'node <script> has no tag',
      suggestion: null,
    };
    const counts = { errors: 40, warnings: 0, notices: 0, passed: false };
    const text = formatMarkdown(
      { findings: [finding], counts, files: 1, images: 1 },
      { policy: 'p|<x>.yml', failOn: 'error' },
    );
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('p|<x>');
    const many = Array.from({ length: 400 }, (_, i) => ({ ...finding, line: i + 1 }));
    const cut = formatMarkdown(
      { findings: many, counts, files: 1, images: 1 },
      { policy: 'p', failOn: 'error', maxLength: 5000 },
    );
    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut).toMatch(/…and [0-9]+ more findings/);
    const shown = cut.split('\n').filter((l) => /^\| [0-9]+ \|/.test(l)).length;
    expect(cut).toContain(`and ${400 - shown} more findings`);
  });
});

describe('JSON findings', () => {
  const base: Finding = {
    rule: 'eol-image',
    severity: 'warning',
    path: 'svc/Dockerfile',
    line: 3,
    column: 6,
    endLine: 3,
    endColumn: 19,
    image: 'docker.io/library/python:3.8',
    message: 'python:3.8: python 3.8 reached its end of life on 2024-10-07',
    suggestion: { line: 'FROM python:3.13', alternatives: ['python:3.12'], safe: true, reference: 'x' },
  };
  const tricky: Finding[] = [
    base,
    { ...base, path: 'a "quoted"\\path/\u2028Dockerfile', suggestion: null },
    { ...base, image: null, message: 'tab\there, newline\nhere, nul \u0000, lone surrogate \ud800, é ✓' },
    { ...base, path: 'svc/Dockerfile', message: base.message, line: 9, endLine: 10 },
    { ...base, path: 'other/Dockerfile', suggestion: { line: 'FROM "x"\\', alternatives: [] } },
    // the same message about another image, and the same rule at another severity
    { ...base, image: 'docker.io/library/python:3.9' },
    { ...base, severity: 'error', rule: 'eol-image' },
    { ...base, rule: 'digest-required', image: null },
  ];

  it('writes each finding as JSON.stringify writes its report object, also when strings recur', () => {
    const writer = new JsonReportWriter(null);
    for (const f of [...tricky, ...tricky])
      expect(writer.findingText(f)).toBe(JSON.stringify(jsonFinding(f)));
  });

  it('writes each file as JSON.stringify writes its report object', () => {
    const texts = [
      'FROM python:3.12 AS "build"\nFROM build\n',
      '# syntax=docker/dockerfile:1\nARG X\nFROM ${X}alpine:3.22 AS a\nCOPY --from=nginx:1.27 /a /b\n',
      'FROM {{ .Base }}\nFROM Python:Bad\nFROM scratch\n',
      'FROM "é✓:\\"q\n',
      'FROM\n',
      // one reference as written, two images
      'ARG BASE=python:3.12\nFROM ${BASE}\n',
      'ARG BASE=node:22\nFROM ${BASE}\n',
    ];
    const writer = new JsonReportWriter(null);
    const files = texts.map((text, i) => scannedFile(text, `d${i}/Dock"er\\file`));
    files.push({ ...files[0], images: [], problem: { reason: 'binary', message: 'binary "content"' } });
    for (const file of [...files, ...files]) {
      expect(file.images.length + file.warnings.length + (file.problem ? 1 : 0)).toBeGreaterThan(0);
      expect(writer.fileText(file)).toBe(JSON.stringify(jsonFile(file)));
    }
  });

  it('keeps the findings of a file with more of them than a block holds, in order among the others', () => {
    const writer = new JsonReportWriter('policy.yml');
    const long = { ...tricky[2], message: `${tricky[2].message} ${'é'.repeat(400)}` };
    const big = Array.from({ length: 600 }, (_, i) => ({ ...long, line: i + 1 }));
    const small = tricky.slice(0, 3);
    for (const part of [small, big, small, big]) writer.addFindings(part);
    const report = JSON.parse(writer.finish()) as { findings: unknown[] };
    expect(Buffer.byteLength(JSON.stringify(big.map(jsonFinding)))).toBeGreaterThan(256 * 1024);
    expect(report.findings).toEqual(
      [...small, ...big, ...small, ...big].map((f) => JSON.parse(JSON.stringify(jsonFinding(f)))),
    );
  });

  it('keeps the findings of many files in order, in one array', () => {
    const writer = new JsonReportWriter('policy.yml');
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...tricky[i % tricky.length], line: i + 1 }));
    for (let i = 0; i < many.length; i += 7) writer.addFindings(many.slice(i, i + 7));
    const report = JSON.parse(writer.finish([tricky[1]])) as { findings: unknown[]; files: unknown[] };
    expect(report.files).toEqual([]);
    expect(report.findings).toEqual(
      [...many, tricky[1]].map((f) => JSON.parse(JSON.stringify(jsonFinding(f)))),
    );
  });
});
