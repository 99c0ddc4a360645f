import { describe, expect, it } from '@jest/globals';
import { commentableLines } from '../src/action/diff.js';
import { reviewSuggestions, summaryMarkdown } from '../src/action/publish.js';
import type { Finding } from '../src/evaluate.js';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'image-denied',
  severity: 'error',
  path: 'Dockerfile',
  line: 1,
  column: 6,
  endLine: 1,
  endColumn: 10,
  image: null,
  message: 'm',
  suggestion: null,
  ...over,
});

describe('diff lines that can carry a review comment', () => {
  it.each<[string, string | undefined, number[]]>([
    [
      'added and context lines, not removed ones',
      '@@ -1,3 +1,3 @@\n FROM a\n-RUN x\n+RUN y\n CMD z',
      [1, 2, 3],
    ],
    ['two hunks', '@@ -1 +1 @@\n-a\n+b\n@@ -10,2 +20,3 @@\n c\n+d\n+e', [1, 20, 21, 22]],
    ['a new file', '@@ -0,0 +1,2 @@\n+FROM a\n+RUN b', [1, 2]],
    ['no newline marker', '@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b', [1]],
    ['no patch (binary or too large)', undefined, []],
  ])('%s', (_name, patch, lines) => {
    expect([...commentableLines(patch)]).toEqual(lines);
  });
});

describe('review suggestions', () => {
  it('only on diff lines, one per line, the most severe first', () => {
    const findings = [
      finding({
        severity: 'warning',
        rule: 'eol-image',
        suggestion: { line: 'FROM python:3.12', alternatives: [] },
      }),
      finding({ suggestion: { line: 'FROM debian:bookworm-slim', alternatives: [] } }),
      finding({ line: 5, endLine: 5, suggestion: { line: 'FROM x', alternatives: [] } }),
      finding({ line: 2, endLine: 2 }),
    ];
    const out = reviewSuggestions(findings, new Map([['Dockerfile', new Set([1, 2])]]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ path: 'Dockerfile', line: 1 });
    expect(out[0].body).toContain('```suggestion\nFROM debian:bookworm-slim\n```');
  });
});

describe('the job summary', () => {
  it('says when there are more findings than GitHub shows as annotations, and lists them all', () => {
    const findings = Array.from({ length: 13 }, (_, i) => finding({ line: i + 1, endLine: i + 1 }));
    const md = summaryMarkdown({
      findings,
      counts: { errors: 13, warnings: 0, notices: 0, passed: false },
      files: 1,
      images: 13,
      policy: 'p.yml',
      failOn: 'error',
    });
    expect(md).toContain(
      'GitHub shows 10 annotations of each kind per step; 3 errors are not shown as annotations',
    );
    expect(md.split('\n').filter((l) => /^\| [0-9]+ \|/.test(l))).toHaveLength(13);
  });
});
