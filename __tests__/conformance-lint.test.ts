// BuildKit's own checks on FROM and ARG, for the ones that concern which image is pulled: an undefined ARG in FROM,
// an ARG default that leaves an empty or invalid base name, duplicate and reserved stage names. (Its style checks,
// such as keyword casing, are not this tool's business and are left out.)
import { describe, expect, it } from '@jest/globals';
import { extractImages } from '../src/extract/extract.js';
import { readJsonl } from './helpers/conformance.js';

interface LintCase {
  test: string;
  dockerfile: string;
  build_args: Record<string, string>;
  expected_warnings: { rule: string; detail: string; line: number }[];
}

const cases = readJsonl<LintCase>('conformance', 'buildkit', 'lint-cases.jsonl');
const JUDGED = [
  'testUndeclaredArg',
  'testInvalidDefaultArgInFrom',
  'testDuplicateStageName',
  'testReservedStageName',
];

describe('BuildKit FROM/ARG checks', () => {
  const judged = cases.filter((c) => JUDGED.includes(c.test));
  it.each(
    judged.map((c, i) => [`${c.test} #${i}: ${c.dockerfile.trim().split('\n').join(' | ')}`, c] as const),
  )('%s', (_name, c) => {
    const result = extractImages(c.dockerfile, { buildArgs: new Map(Object.entries(c.build_args ?? {})) });
    const fromUses = result.images.filter((u) => u.kind === 'from');
    const rules = c.expected_warnings.map((w) => w.rule);
    const ok = (u: (typeof fromUses)[number]): boolean => u.status === 'resolved' || u.status === 'scratch';
    if (rules.includes('UndefinedArgInFrom')) {
      const named = c.expected_warnings
        .filter((w) => w.rule === 'UndefinedArgInFrom')
        .map((w) => /'([^']+)'/.exec(w.detail)?.[1] ?? '');
      for (const name of named) {
        const seen =
          fromUses.some((u) => u.unsetVariables.includes(name)) ||
          result.warnings.some((w) => w.message.includes(`${name} is not declared`));
        expect(seen).toBe(true);
      }
    } else if (rules.includes('InvalidDefaultArgInFrom')) {
      // the check is about the defaults: without the build args, the base name is empty or invalid
      const byDefault = extractImages(c.dockerfile).images.filter((u) => u.kind === 'from');
      expect(byDefault.some((u) => !ok(u))).toBe(true);
    } else if (rules.includes('DuplicateStageName')) {
      expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/duplicate stage name/);
    } else if (rules.includes('ReservedStageName')) {
      expect(result.warnings.filter((w) => /is reserved/.test(w.message))).toHaveLength(
        rules.filter((r) => r === 'ReservedStageName').length,
      );
    } else {
      expect(fromUses.every(ok)).toBe(true);
      expect(result.warnings.filter((w) => /not declared|duplicate|reserved/.test(w.message))).toEqual([]);
    }
  });
});
