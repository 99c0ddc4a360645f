// eslint-style tables for rules: a Dockerfile and a policy in, the rule's findings (rule, line, column, message) out.
import { expect, it } from '@jest/globals';
import { catalogWith, type Catalog } from '../../src/catalog.js';
import { evaluateFile, type Finding } from '../../src/evaluate.js';
import { extractImages } from '../../src/extract/extract.js';
import { policyFromText } from '../../src/policy/policy.js';
import type { Policy } from '../../src/policy/types.js';
import { DEFAULT_SEVERITIES } from '../../src/rules/index.js';
import type { ImageRule } from '../../src/rules/rule.js';
import type { ScannedFile } from '../../src/types.js';

export const EMPTY_CATALOG: Catalog = { families: [], verifiedPublishers: new Set() };

export interface Case {
  name?: string;
  dockerfile: string;
  /** policy YAML without the version line (default: nothing but the version) */
  policy?: string;
  path?: string;
  today?: string;
  catalog?: Catalog;
}

export interface InvalidCase extends Case {
  errors: {
    line: number;
    column: number;
    message: RegExp | string;
    severity?: Finding['severity'];
    /** the replacement line suggested, or null for none (not checked when left out) */
    suggestion?: string | null;
  }[];
}

export function policyOf(yaml = ''): Policy {
  return policyFromText(`version: 1\n${yaml}`, 'policy.yml', DEFAULT_SEVERITIES);
}

export function scanned(dockerfile: string, path = 'Dockerfile'): ScannedFile {
  const extraction = extractImages(dockerfile);
  return { path, problem: null, text: dockerfile, ...extraction };
}

export function findingsOf(c: Case, rules?: readonly ImageRule[]): Finding[] {
  const policy = policyOf(c.policy);
  const catalog = c.catalog ?? EMPTY_CATALOG;
  return evaluateFile(scanned(c.dockerfile, c.path), {
    policy,
    catalog: catalogWith(policy.catalog, catalog),
    today: c.today ?? '2026-11-23',
    rules,
  });
}

/** Runs a rule's valid and invalid cases: valid ones yield none of its findings, invalid ones exactly these. */
export function testRule(rule: ImageRule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  it.each(cases.valid.map((c) => [c.name ?? c.dockerfile.trim(), c] as const))('valid: %s', (_name, c) => {
    expect(findingsOf(c, [rule]).filter((f) => f.rule === rule.id)).toEqual([]);
  });
  it.each(cases.invalid.map((c) => [c.name ?? c.dockerfile.trim(), c] as const))(
    'invalid: %s',
    (_name, c) => {
      const found = findingsOf(c, [rule]).filter((f) => f.rule === rule.id);
      expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual(
        c.errors.map((e) => ({ line: e.line, column: e.column })),
      );
      c.errors.forEach((e, i) => {
        if (typeof e.message === 'string') expect(found[i].message).toBe(e.message);
        else expect(found[i].message).toMatch(e.message);
        if (e.severity) expect(found[i].severity).toBe(e.severity);
        if (e.suggestion !== undefined) expect(found[i].suggestion?.line ?? null).toBe(e.suggestion);
      });
    },
  );
}
