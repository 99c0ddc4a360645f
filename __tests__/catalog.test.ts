import { describe, expect, it } from '@jest/globals';
import { builtInCatalog, cycleOf, familyOf, baseDistroCycle } from '../src/catalog.js';
import { isRealDate } from '../src/policy/load.js';

const catalog = builtInCatalog();

function eolOf(name: string, tag: string): string | null | undefined {
  const family = familyOf(catalog, name);
  if (!family) return undefined;
  return cycleOf(family, tag)?.eol;
}

describe('the built-in catalog', () => {
  it('gives every tag line a real date (or none announced) and a source', () => {
    for (const family of catalog.families) {
      expect(family.patterns.length).toBeGreaterThan(0);
      const names = new Set<string>();
      for (const cycle of family.cycles) {
        expect(names.has(cycle.cycle)).toBe(false);
        names.add(cycle.cycle);
        if (cycle.eol !== null) expect(isRealDate(cycle.eol)).toBe(true);
        expect(cycle.source).toMatch(/^https:\/\//);
      }
      for (const variant of family.variants) {
        expect(['full', 'slim', 'alpine', 'distroless', 'chainguard', 'scratch']).toContain(variant.rung);
        if (variant.rung !== 'scratch') expect(variant.source).toMatch(/^https:\/\//);
      }
    }
  });

  it.each([
    ['docker.io/library/python', '3.8-slim', '2024-10-07'],
    ['docker.io/library/python', '3.12.7-slim-bookworm', '2028-10-31'],
    ['docker.io/library/node', '16-alpine', '2023-09-11'],
    ['docker.io/library/golang', '1.20.14', '2024-02-06'],
    ['docker.io/library/debian', 'buster-slim', '2024-06-30'],
    ['docker.io/library/debian', '10.13', '2024-06-30'],
    ['docker.io/library/ubuntu', 'bionic-20230530', '2023-05-31'],
    ['docker.io/library/centos', '7', '2024-06-30'],
    ['docker.io/library/alpine', '3.15', '2023-11-01'],
  ])('knows %s:%s ends on %s', (name, tag, eol) => {
    expect(eolOf(name, tag)).toBe(eol);
  });

  it.each([
    ['docker.io/library/python', '3.80'],
    ['docker.io/library/golang', '1.2'],
    ['docker.io/library/python', 'latest'],
    ['docker.io/library/node', 'lts-slim'],
  ])('gives %s:%s no line', (name, tag) => {
    expect(eolOf(name, tag) ?? null).toBeNull();
  });

  it("finds a tag's line as a comparison with every name of every line does", () => {
    // the longest name (first among equals) the tag starts with, not followed by a digit
    const byComparison = (cycles: (typeof catalog.families)[number]['cycles'], tag: string) => {
      let best = null;
      let bestLength = 0;
      for (const cycle of cycles) {
        for (const name of [cycle.cycle, ...cycle.aliases]) {
          const next = tag.charCodeAt(name.length);
          if (name.length > bestLength && tag.startsWith(name) && !(next >= 48 && next <= 57)) {
            best = cycle;
            bestLength = name.length;
          }
        }
      }
      return best;
    };
    let compared = 0;
    for (const family of catalog.families) {
      const names = family.cycles.flatMap((c) => [c.cycle, ...c.aliases]);
      const tags = names.flatMap((n) => [
        n,
        `${n}.1`,
        `${n}0`,
        `${n}-slim`,
        `${n}.12-alpine3.20`,
        `${n}_7`,
        n.slice(0, -1),
      ]);
      for (const tag of [...tags, 'latest', '', '1', 'slim', '3-']) {
        expect(cycleOf(family, tag)).toBe(byComparison(family.cycles, tag));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('reads the distribution release a tag names', () => {
    expect(baseDistroCycle(catalog, '3.12-slim-buster')?.cycle.cycle).toBe('10');
    expect(baseDistroCycle(catalog, '20-alpine3.16')?.family.name).toBe('alpine');
    expect(baseDistroCycle(catalog, '3.12-slim')).toBeNull();
  });
});
