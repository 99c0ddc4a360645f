// BuildKit's parser test files: the instruction structure we take from dockerfile-ast (with our speed-up installed)
// and the FROM arguments we read must match what BuildKit parses.
import { describe, expect, it } from '@jest/globals';
import { extractImages, parseDockerfile } from '../src/extract/extract.js';
import { secondOpinion } from '../src/extract/second-opinion.js';
import { readJsonl } from './helpers/conformance.js';

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

/** Our instruction keywords, by the fast scanner where it applies and by dockerfile-ast, each checked. */
function ourKeywords(text: string, fullParser: boolean): string[] {
  return parseDockerfile(text, fullParser ? { split: secondOpinion } : {}).instructions.map((i) =>
    i.keyword === 'MAINTAINER' ? 'LABEL' : i.keyword,
  );
}

describe('BuildKit parser test files', () => {
  const positive = cases.filter((c) => !c.expect_error && c.expected_parse_dump !== null);
  it.each(positive.map((c) => [c.name, c] as const))('%s: instruction sequence', (_name, c) => {
    const expected = dumpKeywords(c.expected_parse_dump ?? '');
    expect(ourKeywords(c.dockerfile, false)).toEqual(expected);
    expect(ourKeywords(c.dockerfile, true)).toEqual(expected);
  });

  it.each(positive.map((c) => [c.name, c] as const))('%s: FROM arguments', (_name, c) => {
    const uses = extractImages(c.dockerfile).images.filter((u) => u.kind === 'from');
    expect(uses.map((u) => u.raw)).toEqual(c.expected_from_args.map((args) => args[0]));
  });

  it('covers the test files', () => {
    expect(positive.length).toBeGreaterThanOrEqual(30);
  });

  // BuildKit rejects these. A file with no instructions or no FROM builds nothing and says so; a broken ENV is not
  // this tool's to judge, so that file's image is still listed.
  const negative = new Map(cases.filter((c) => c.expect_error).map((c) => [c.name.replace(/^.*\//, ''), c]));
  it.each([
    ['empty_dockerfile', [], /no instructions/],
    ['only_comments', [], /no instructions/],
    ['env_no_value', ['docker.io/library/busybox'], null],
    ['shykes-nested-json', [], /no FROM/],
  ] as const)('testfiles-negative/%s', (name, images, warning) => {
    const c = negative.get(name);
    expect(c).toBeDefined();
    const result = extractImages(c?.dockerfile ?? '');
    expect(result.images.map((u) => u.image)).toEqual(images);
    if (warning) expect(result.warnings.map((w) => w.message).join('\n')).toMatch(warning);
  });
});
