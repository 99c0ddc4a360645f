// What outlives a file must not keep its text. The engine makes a slice of a long string a view of the whole, so a
// cache keyed by a reference cut from a Dockerfile (the parsed references, the scan's verdicts, the JSON report's
// pieces), or a finding kept for the report, kept that file's whole text: files up to the 1 MiB limit, each naming
// its own image, grew a scan without bound. Measured on the heap the collector leaves, with all of it still in use.
// And what dies with its file must die young: a file's record that outlives the young collections takes its text
// into the old generation, where it waits for a full collection (a scan of large files peaked at twice the memory).
import { describe, expect, it } from '@jest/globals';
import v8 from 'node:v8';
import vm from 'node:vm';
import { catalogWith } from '../src/catalog.js';
import { evaluateFile, VerdictCache } from '../src/evaluate.js';
import { scanText } from '../src/inventory.js';
import { loadBuiltInPolicy } from '../src/policy/policy.js';
import { JsonReportWriter } from '../src/report/json.js';
import { scanScanned } from '../src/scan.js';
import type { ScannedFile } from '../src/types.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const FILES = 40;
const PADDING = 2 * 1024 * 1024;
/** the texts together are 80 MB; what is kept of them is a few small strings per file */
const KEPT_AT_MOST = (FILES * PADDING) / 8;
const TODAY = '2026-11-23';

function heapAfterCollecting(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * A large Dockerfile, a new string each time, naming an image no other file names (or `image`); its stage has a
 * long name. `more`: instructions after the padding.
 */
function largeFile(
  i: number,
  image = `registry.example.com/team/service-${i}:1.0.${i}`,
  more = 'RUN make\n',
): ScannedFile {
  const text = `FROM ${image} AS build-stage-number-${i}\n${'#'.repeat(PADDING)}\n${more}`;
  // one flat string, as a file read from disk is
  text.charCodeAt(text.length - 1);
  return scanText(`s${i}/Dockerfile`, text, {});
}

/** Bytes the young collections moved to the old generation while `work` ran. */
function promotedBy(work: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  work();
  const { statistics } = profiler.stop();
  const old = (h: (typeof statistics)[number]['afterGC']): number =>
    h.heapSpaceStatistics
      .filter((space) => space.spaceName === 'old_space' || space.spaceName === 'large_object_space')
      .reduce((sum, space) => sum + space.spaceUsedSize, 0);
  return statistics
    .filter((gc) => gc.gcType === 'Scavenge')
    .reduce((sum, gc) => sum + Math.max(0, old(gc.afterGC) - old(gc.beforeGC)), 0);
}

describe('what a scan keeps beyond a file', () => {
  it('lets each file and its records die young', () => {
    let images = 0;
    const promoted = promotedBy(() => {
      for (let i = 0; i < FILES; i++) images += largeFile(i).images.length;
    });
    expect(images).toBe(FILES);
    // the texts together are 80 MB: each young collection may take the file at hand along (2 MB, about 15 MB in all
    // here), not every file since the last one (80 MB, as an extractor's arrow function made them)
    expect(promoted).toBeLessThan((FILES * PADDING) / 2);
  });

  it('keeps none of the texts in its caches and report pieces (the JSON report, written as it goes)', async () => {
    const policy = await loadBuiltInPolicy();
    const options = {
      policy,
      catalog: catalogWith(policy.catalog),
      today: TODAY,
      verdicts: new VerdictCache(),
    };
    const written: string[] = [];
    const writer = new JsonReportWriter(null, (piece) =>
      written.push(typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8')),
    );
    let digestRequired = 0;
    const before = heapAfterCollecting();
    for (let i = 0; i < FILES; i++) {
      const file = largeFile(i);
      writer.add(file);
      const findings = evaluateFile(file, options);
      writer.addFindings(findings);
      digestRequired += findings.filter((f) => f.rule === 'digest-required').length;
    }
    const grown = heapAfterCollecting() - before;
    expect(grown).toBeLessThan(KEPT_AT_MOST);
    // everything was judged, and the caches are still in use: a file seen again is judged the same
    expect(digestRequired).toBe(FILES);
    const again = evaluateFile(largeFile(0), options);
    expect(again.map((f) => f.rule)).toContain('digest-required');
    writer.finish();
    expect(written.join('')).toContain('"stage":"build-stage-number-39"');
  });

  it('keeps none of the texts in the findings it holds for a report written at the end', async () => {
    const policy = await loadBuiltInPolicy();
    // findings of every kind that quotes the file: a suggested line made from the file's own (an image past its
    // end of life), an inline ignore that does not count, glibc signs in an alpine stage, an undeclared variable
    const ignored = (i: number): string =>
      `# base-image-policy ignore=latest-tag reason="kept for the release number ${i}"\n` +
      `FROM alpine:3.20\nRUN pip install torch-build-${i}\nFROM $UNDECLARED_BASE_IMAGE_${i}\n`;
    function* files(): Generator<ScannedFile> {
      for (let i = 0; i < FILES; i++) {
        if (i % 3 === 0) yield largeFile(i);
        else if (i % 3 === 1) yield largeFile(i, 'node:16');
        else yield largeFile(i, `python:3.12-alpine`, ignored(i));
      }
    }
    const before = heapAfterCollecting();
    const result = scanScanned(files(), { policy, today: TODAY });
    const grown = heapAfterCollecting() - before;
    expect(grown).toBeLessThan(KEPT_AT_MOST);
    const pinless = new Set(result.findings.filter((f) => f.rule === 'digest-required').map((f) => f.path));
    expect(pinless.size).toBe(FILES);
    const suggested = result.findings.flatMap((f) => (f.suggestion ? [f.suggestion.line] : []));
    expect(suggested).toContain('FROM node:22 AS build-stage-number-37');
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const rule of ['eol-image', 'ignore-comment-invalid', 'alpine-musl', 'unresolved-image'])
      expect(rules).toContain(rule);
  });
});
