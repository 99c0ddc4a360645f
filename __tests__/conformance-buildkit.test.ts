// BuildKit's parser test files: the instruction structure we take from dockerfile-ast (with our speed-up installed)
// and the FROM arguments we read must match what BuildKit parses.
import { describe, expect, it } from '@jest/globals';
import { DockerfileParser } from 'dockerfile-ast';
import { installAstSpeedup } from '../src/extract/ast-speedup.js';
import { extractImages } from '../src/extract/extract.js';
import { readJsonl } from './helpers/conformance.js';

installAstSpeedup();

interface Case {
  name: string;
  dockerfile: string;
  expected_parse_dump: string | null;
  expected_from_args: string[][];
  expect_error: boolean;
}

const cases = readJsonl<Case>('conformance', 'buildkit', 'cases.jsonl');

/** The instruction keywords of BuildKit's parse dump, in order (MAINTAINER is dumped as a label). */
function dumpKeywords(dump: string): string[] {
  return dump
    .split('\n')
    .filter((l) => l.startsWith('('))
    .map((l) => l.slice(1).split(/[\s)]/)[0].toUpperCase());
}

function astKeywords(text: string): string[] {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => (i.getKeyword() === 'MAINTAINER' ? 'LABEL' : i.getKeyword()));
}

describe('BuildKit parser test files', () => {
  const positive = cases.filter((c) => !c.expect_error && c.expected_parse_dump !== null);
  it.each(positive.map((c) => [c.name, c] as const))('%s: instruction sequence', (_name, c) => {
    expect(astKeywords(c.dockerfile)).toEqual(dumpKeywords(c.expected_parse_dump ?? ''));
  });

  it.each(positive.map((c) => [c.name, c] as const))('%s: FROM arguments', (_name, c) => {
    const uses = extractImages(c.dockerfile).images.filter((u) => u.kind === 'from');
    expect(uses.map((u) => u.raw)).toEqual(c.expected_from_args.map((args) => args[0]));
  });

  it('covers the test files', () => {
    expect(positive.length).toBeGreaterThanOrEqual(30);
  });

  // BuildKit rejects these; what matters here is that the file is reported as building no image, never a crash
  const negative = cases.filter((c) => c.expect_error);
  it.each(negative.map((c) => [c.name, c] as const))('%s: rejected input gives no image', (_name, c) => {
    const result = extractImages(c.dockerfile);
    expect(result.images).toEqual([]);
  });
});
