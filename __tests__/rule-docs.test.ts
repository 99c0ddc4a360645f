// docs/rules/ is written from the rule modules: this test fails when they drift (UPDATE_RULE_DOCS=1 rewrites them).
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ruleDoc, rulesIndex } from '../src/report/rule-docs.js';
import { RULES } from '../src/rules/index.js';

const dir = path.resolve('docs/rules');
const expected = new Map<string, string>([
  ['README.md', rulesIndex(RULES)],
  ...RULES.map((r) => [`${r.id}.md`, ruleDoc(r)] as [string, string]),
]);

if (process.env.UPDATE_RULE_DOCS === '1') {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of expected) writeFileSync(path.join(dir, name), text);
}

describe('docs/rules', () => {
  it.each([...expected.keys()])('%s is current', (name) => {
    const file = path.join(dir, name);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected.get(name));
  });

  it('holds no page for a rule that does not exist', () => {
    expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
  });
});
