// Property-based tests: whatever the input, only our own typed errors, always an answer, normalising is idempotent,
// nothing points outside the file. Fixed seed in `npm test`; `npm run fuzz` runs many more cases with a new seed.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { builtInCatalog } from '../src/catalog.js';
import { evaluateFile } from '../src/evaluate.js';
import { expandWord, ExpansionError } from '../src/expand.js';
import { extractImages } from '../src/extract/extract.js';
import { PolicyError, parsePolicyText } from '../src/policy/load.js';
import {
  compileImagePattern,
  compileRegistryPattern,
  compileTagPattern,
  PatternError,
} from '../src/policy/pattern.js';
import { policyFromText } from '../src/policy/policy.js';
import { parseImageReference } from '../src/reference.js';
import { DEFAULT_SEVERITIES } from '../src/rules/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261123;
const params = { numRuns: RUNS, seed: SEED };

// text made mostly of the characters that matter to each grammar, with anything else now and then
const from = (chars: string) =>
  fc
    .array(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...chars) },
        { weight: 1, arbitrary: fc.string({ maxLength: 1, unit: 'binary' }) },
      ),
      { maxLength: 60 },
    )
    .map((a) => a.join(''));

const referenceText = from('abcxyz019._-/:@sha256ABCDEFlocalhost');
const wordText = from('$${}:-+?#%/abcXYZ_019 "\'\\*[]');
const dockerfileText = from(
  'FROM ARG COPY RUN --from= --mount=type=bind,from= AS $ {} \\\n\r\t#=<<EOF abc:1.0 "\'`',
);
const patternText = from('abc012*./:-_@ ');

describe('fuzz', () => {
  it('reference parsing: an answer for every input, and normalising is idempotent', () => {
    fc.assert(
      fc.property(referenceText, (input) => {
        const parsed = parseImageReference(input);
        if (!parsed.ok) {
          expect(typeof parsed.error).toBe('string');
          return;
        }
        const again = parseImageReference(parsed.ref.normalized);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.ref.normalized).toBe(parsed.ref.normalized);
        const familiar = parseImageReference(parsed.ref.familiar);
        if (familiar.ok) expect(familiar.ref.normalized).toBe(parsed.ref.normalized);
      }),
      params,
    );
  });

  it('ARG expansion: a value or an ExpansionError, nothing else', () => {
    const lookup = (name: string) => (name.length % 2 === 0 ? `v${name}` : undefined);
    fc.assert(
      fc.property(wordText, fc.constantFrom('\\', '`'), (word, escape) => {
        try {
          const result = expandWord(word, lookup, escape as '\\' | '`');
          expect(typeof result.value).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ExpansionError);
        }
      }),
      params,
    );
  });

  it('the Dockerfile reader: no throw, every location inside the file, judged without a throw', () => {
    const policy = policyFromText('version: 1\n', 'p.yml', DEFAULT_SEVERITIES);
    const catalog = builtInCatalog();
    fc.assert(
      fc.property(dockerfileText, (text) => {
        const extraction = extractImages(text);
        const lines = text.split('\n').length;
        for (const span of [...extraction.images, ...extraction.warnings]) {
          expect(span.line).toBeGreaterThanOrEqual(1);
          expect(span.endLine).toBeLessThanOrEqual(lines);
          expect(span.endLine).toBeGreaterThanOrEqual(span.line);
        }
        const findings = evaluateFile(
          { path: 'Dockerfile', problem: null, text, ...extraction },
          { policy, catalog, today: '2026-11-23' },
        );
        for (const f of findings) expect(f.line).toBeLessThanOrEqual(lines);
      }),
      params,
    );
  });

  it('patterns: compiled or a PatternError, and matching always ends', () => {
    fc.assert(
      fc.property(patternText, referenceText, (pattern, subject) => {
        for (const compile of [compileImagePattern, compileRegistryPattern, compileTagPattern]) {
          try {
            const compiled = compile(pattern) as unknown as {
              matchName?: (s: string) => boolean;
              match?: (s: string) => boolean;
            };
            const matcher =
              typeof compiled === 'function'
                ? (compiled as (s: string) => boolean)
                : (compiled.matchName ?? compiled.match);
            expect(typeof matcher?.(subject)).toBe('boolean');
          } catch (error) {
            expect(error).toBeInstanceOf(PatternError);
          }
        }
      }),
      params,
    );
  });

  it('policy loading: a policy or a PolicyError with places inside the text', () => {
    const yamlText = from('version: 1\nregistries:[]{}-"\' approved image tags python *:&*a<<!#\t');
    fc.assert(
      fc.property(yamlText, (text) => {
        try {
          parsePolicyText(text, 'p.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyError);
          const lines = text.split('\n').length + 1;
          for (const p of (error as PolicyError).problems) {
            expect(p.line).toBeLessThanOrEqual(lines);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      params,
    );
  });
});
