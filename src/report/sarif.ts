// SARIF 2.1.0 for GitHub code scanning: every rule with its help, every finding with a repository-relative
// location and a fingerprint that survives unrelated edits.
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { Finding } from '../evaluate.js';
import type { Policy } from '../policy/types.js';
import { severityOf } from '../evaluate.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export const INFORMATION_URI = 'https://github.com/base-image-policy/base-image-policy';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

function ruleHelpMarkdown(rule: Rule): string {
  return [
    rule.help.text,
    '',
    'Found:',
    '```dockerfile',
    rule.help.bad,
    '```',
    'Fixed:',
    '```dockerfile',
    rule.help.good,
    '```',
  ].join('\n');
}

function sarifRule(rule: Rule, policy: Policy | null) {
  const level = policy ? severityOf(rule.id, policy) : rule.severity;
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.help.text}` },
    helpUri: `${INFORMATION_URI}/blob/main/docs/rules/${rule.id}.md`,
    help: {
      text: `${rule.help.text}\n\nFound: ${rule.help.bad}\nFixed: ${rule.help.good}`,
      markdown: ruleHelpMarkdown(rule),
    },
    defaultConfiguration: { level: level === 'off' ? 'none' : LEVEL[level], enabled: level !== 'off' },
    properties: {
      tags: ['containers', 'dockerfile', 'supply-chain'],
      precision: 'very-high',
      'problem.severity': level === 'off' ? 'recommendation' : level === 'notice' ? 'recommendation' : level,
    },
  };
}

/** A location URI as GitHub wants it: relative to the repository root, `/`-separated, percent-encoded. */
/**
 * A message as SARIF plain text: `[text](target)` there is an embedded link, so brackets and backslashes taken from
 * a Dockerfile are escaped (SARIF 2.1.0 §3.11.6), and a name like `[docs](https://evil)` stays text.
 */
export function sarifText(s: string): string {
  return s.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

export function sarifUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

// the hashing module is loaded when a SARIF report is written: loading it costs every run of the command about 3 ms
const requireBuiltIn = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;

function fingerprint(f: Finding): string {
  crypto ??= requireBuiltIn('node:crypto') as typeof Crypto;
  // what the finding is about, not where: a line moving down does not make it a new alert
  return crypto
    .createHash('sha256')
    .update([f.rule, f.path, f.image ?? '', f.message].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

export function formatSarif(findings: Finding[], policy: Policy | null): string {
  const rules = RULES;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => sarifRule(r, policy)),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: {
            text: sarifText(f.suggestion ? `${f.message}. Suggestion: ${f.suggestion.line}` : f.message),
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: sarifUri(f.path), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: Math.max(1, f.line),
                  startColumn: Math.max(1, f.column),
                  endLine: Math.max(1, f.endLine, f.line),
                  endColumn: Math.max(
                    1,
                    f.endLine > f.line ? f.endColumn : Math.max(f.endColumn, f.column + 1),
                  ),
                },
              },
            },
          ],
          partialFingerprints: { 'baseImagePolicy/v1': fingerprint(f) },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
