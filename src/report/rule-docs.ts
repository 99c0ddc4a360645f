// docs/rules/<id>.md, written from the rule modules so that the docs, the SARIF rule help and the annotation titles
// never disagree.
import type { Rule } from '../rules/rule.js';

export function ruleDoc(rule: Rule): string {
  const setting =
    rule.id === 'digest-required'
      ? ' (`error` when the policy sets `require-digest: true`)'
      : rule.id === 'latest-tag'
        ? ' (`off` when the policy sets `allow-latest: true`)'
        : '';
  return [
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `Default severity: **${rule.severity}**${setting}. A policy sets another under \`rules:\`:`,
    '',
    '```yaml',
    'rules:',
    `  ${rule.id}: ${rule.severity === 'error' ? 'warning' : 'error'}`,
    '```',
    '',
    '## Why, and how to fix it',
    '',
    rule.help.text,
    '',
    '## Found',
    '',
    '```dockerfile',
    rule.help.bad,
    '```',
    '',
    '## Fixed',
    '',
    '```dockerfile',
    rule.help.good,
    '```',
    '',
  ].join('\n');
}

export function rulesIndex(rules: readonly Rule[]): string {
  return [
    '# Rules',
    '',
    'Every rule, its default severity and what it finds. Generated from `src/rules/`.',
    '',
    '| Rule | Default | Finds |',
    '| --- | --- | --- |',
    ...rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}
