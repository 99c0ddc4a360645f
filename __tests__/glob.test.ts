import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlob } from '../src/policy/glob.js';

describe('policy globs', () => {
  it.each<[string, string, boolean]>([
    ['gcr.io/distroless/*', 'gcr.io/distroless/static', true],
    ['gcr.io/distroless/*', 'gcr.io/distroless/a/b', false],
    ['ghcr.io/acme/**', 'ghcr.io/acme/team/app', true],
    ['docker.io/**', 'docker.io/library/python', true],
    ['legacy/**', 'legacy/billing/Dockerfile', true],
    ['**/Dockerfile', 'Dockerfile', true],
    ['**/Dockerfile', 'a/b/Dockerfile', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['3.12.*-slim-bookworm', '3.12.7-slim-bookworm', true],
    ['3.12.*-slim-bookworm', '3.12.7-slim-bullseye', false],
    ['3.13*-slim', '3.13.1-slim', true],
    ['?.txt', 'a.txt', true],
    ['?.txt', '/.txt', false],
    ['plain', 'plain', true],
    ['plain', 'plainer', false],
  ])('%s ~ %s: %s', (pattern, subject, expected) => {
    expect(compileGlob(pattern)(subject)).toBe(expected);
  });

  it('agrees with picomatch on patterns of *, ** and plain characters (picomatch also drops a leading ./)', () => {
    const part = fc.constantFrom('a', 'b', '.', '-', '/', '*', '**');
    const pattern = fc
      .array(part, { minLength: 1, maxLength: 8 })
      .map((p) => p.join(''))
      .filter((p) => !p.startsWith('./') && !p.includes('***') && !/\*\*[^/]|[^/]\*\*/.test(p));
    const subject = fc
      .array(fc.constantFrom('a', 'b', '.', '-', '/'), { minLength: 1, maxLength: 10 })
      .map((s) => s.join(''))
      // paths and image names hold no empty, . or .. segments; picomatch treats those apart
      .filter((s) => s.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..'));
    fc.assert(
      fc.property(pattern, subject, (p, s) => {
        expect(compileGlob(p)(s)).toBe(picomatch(p, { dot: true })(s));
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });

  it('takes time in proportion to pattern × subject for a pattern built to backtrack', () => {
    const pattern = '*a'.repeat(60);
    const subject = 'a'.repeat(59) + 'b'.repeat(200);
    const start = Date.now();
    expect(compileGlob(pattern)(subject)).toBe(false);
    expect(Date.now() - start).toBeLessThan(500);
  });
});
