// Every real Dockerfile of the corpus: no crash, every location inside the file, templates never read as images.
import { describe, expect, it } from '@jest/globals';
import { extractImages } from '../src/extract/extract.js';
import { parseImageReference } from '../src/reference.js';
import { corpusFiles } from './helpers/conformance.js';

const files = corpusFiles();
const describeCorpus = files.length ? describe : describe.skip;

describeCorpus('the real-world corpus', () => {
  it('holds the files the manifest lists', () => {
    expect(files.length).toBeGreaterThan(1300);
  });

  it('extracts every file without a crash, with every location inside the file', () => {
    let images = 0;
    for (const row of files) {
      const text = row.text;
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      const result = extractImages(text);
      for (const use of result.images) {
        images++;
        expect(use.line).toBeGreaterThanOrEqual(1);
        expect(use.endLine).toBeLessThanOrEqual(lines.length);
        expect(use.column).toBeGreaterThanOrEqual(1);
        expect(use.column).toBeLessThanOrEqual(lines[use.line - 1].length + 1);
        expect(use.endColumn).toBeLessThanOrEqual(lines[use.endLine - 1].length + 1);
        if (use.line === use.endLine) {
          // a one-line reference is exactly the text at its location
          expect(lines[use.line - 1].slice(use.column - 1, use.endColumn - 1).replace(/["']/g, '')).toBe(
            use.raw.replace(/["']/g, ''),
          );
        }
        if (use.status === 'resolved') {
          expect(use.image).not.toMatch(/[{}%$\s]/);
          const again = parseImageReference(use.image ?? '');
          expect(again.ok && again.ref.normalized).toBe(use.image);
        } else if (use.status !== 'scratch') {
          expect(use.error).toBeTruthy();
        }
      }
    }
    expect(images).toBeGreaterThan(1900);
  });

  it('reports the placeholders of template files as unresolved, never as images', () => {
    const templates = files.filter((r) => r.kind === 'template');
    expect(templates.length).toBeGreaterThan(20);
    for (const row of templates) {
      const text = row.text;
      const result = extractImages(text);
      for (const use of result.images) {
        if (/\{\{|%%/.test(use.raw)) {
          expect({ file: row.path, raw: use.raw, status: use.status }).toEqual({
            file: row.path,
            raw: use.raw,
            status: 'unresolved',
          });
        }
      }
      const withMarkers = text.split('\n').some((l) => /^\s*FROM\s.*(\{\{|%%)/i.test(l));
      if (withMarkers) expect(result.images.some((u) => u.status === 'unresolved')).toBe(true);
    }
  });
});

describe('the ladder over the corpus', () => {
  it('fires where the Dockerfiles show the app can live lower down (counts checked by hand)', async () => {
    const { scan } = await import('../src/scan.js');
    const { loadBuiltInPolicy } = await import('../src/policy/policy.js');
    const { DEFAULT_SEVERITIES } = await import('../src/rules/index.js');
    const { corpusPath } = await import('./helpers/conformance.js');
    const root = corpusPath();
    if (root === null) return;
    const policy = await loadBuiltInPolicy({ defaultSeverities: DEFAULT_SEVERITIES });
    const result = scan({ policy, root, paths: [root], today: '2026-11-23', failOn: 'never' });
    const counts: Record<string, number> = {};
    for (const f of result.findings) {
      if (/^suggest-|^alpine-musl$/.test(f.rule)) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    }
    expect(counts).toEqual({
      // 9 hand-checked, and 28 in kaniko's Dockerfile_test_* files (found since Dockerfile_* is a default name),
      // all debian:<release> → debian:<release>-slim for files that only RUN echo, cp and the like
      'suggest-slim': 37,
      'suggest-distroless': 3,
      'suggest-scratch': 1,
      'alpine-musl': 2,
    });
  }, 120_000);
});
