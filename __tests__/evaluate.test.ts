import { describe, expect, it } from '@jest/globals';
import {
  evaluateFile,
  policyFindings,
  severityOf,
  shippedStages,
  sortFindings,
  VerdictCache,
  type Finding,
} from '../src/evaluate.js';
import { scanScanned } from '../src/scan.js';
import { catalogWith } from '../src/catalog.js';
import { extractImages } from '../src/extract/extract.js';
import { EMPTY_CATALOG, findingsOf, policyOf, scanned } from './helpers/rule-tester.js';

function brief(c: Parameters<typeof findingsOf>[0]): string[] {
  return findingsOf(c).map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`);
}

describe('exceptions', () => {
  const exceptions = `approved: [{ image: python, tags: ["3.12-slim"] }]
exceptions:
  - files: ["legacy/**"]
    image: centos:7
    rules: [image-not-approved]
    reason: migration tracked in OPS-1234
    expires: 2027-03-31
  - image: node
    reason: front-end team, until the new build lands
`;
  it('takes out the findings it covers, for the files, image and rules it names', () => {
    expect(brief({ dockerfile: 'FROM centos:7\n', path: 'legacy/a/Dockerfile', policy: exceptions })).toEqual(
      ['1:6 warning digest-required'],
    );
  });

  it('covers nothing outside its files', () => {
    expect(brief({ dockerfile: 'FROM centos:7\n', path: 'svc/Dockerfile', policy: exceptions })).toEqual([
      '1:6 error image-not-approved',
      '1:6 warning digest-required',
    ]);
  });

  it('covers nothing of another tag', () => {
    expect(brief({ dockerfile: 'FROM centos:8\n', path: 'legacy/Dockerfile', policy: exceptions })).toContain(
      '1:6 error image-not-approved',
    );
  });

  it('without rules, covers every rule; without files, every file', () => {
    expect(brief({ dockerfile: 'FROM node\n', path: 'web/Dockerfile', policy: exceptions })).toEqual([]);
  });

  it('stops applying after its expiry date, and says so', () => {
    const findings = findingsOf({
      dockerfile: 'FROM centos:7\n',
      path: 'legacy/Dockerfile',
      policy: exceptions,
      today: '2027-04-01',
    });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual([
      '1:6 error exception-expired',
      '1:6 error image-not-approved',
      '1:6 warning digest-required',
    ]);
    expect(findings[0].message).toBe(
      'the exception at policy.yml:4 (migration tracked in OPS-1234) expired on 2027-03-31; it no longer covers centos:7',
    );
  });

  it('still applies on its last day', () => {
    expect(
      brief({
        dockerfile: 'FROM centos:7\n',
        path: 'legacy/Dockerfile',
        policy: exceptions,
        today: '2027-03-31',
      }),
    ).toEqual(['1:6 warning digest-required']);
  });
});

describe('inline ignore comments', () => {
  const allowed = 'settings: { inline-ignores: true }\n';
  const file = '# base-image-policy ignore=latest-tag reason="pinned by the release job"\nFROM node\n';

  it('count when the policy allows them and they carry a reason', () => {
    expect(brief({ dockerfile: file, policy: allowed })).toEqual(['2:6 warning digest-required']);
  });

  it('cover the instruction that follows, over continuation lines, and nothing after it', () => {
    const text =
      '# base-image-policy ignore=latest-tag,digest-required reason=legacy\nFROM \\\n  node AS a\nFROM ruby\n';
    expect(brief({ dockerfile: text, policy: allowed })).toEqual([
      '4:6 error latest-tag',
      '4:6 warning digest-required',
    ]);
  });

  it('do not count when the policy does not allow them, and say so', () => {
    expect(brief({ dockerfile: file })).toEqual([
      '1:1 warning ignore-comment-invalid',
      '2:6 error latest-tag',
      '2:6 warning digest-required',
    ]);
  });

  it.each([
    ['without a reason', '# base-image-policy ignore=latest-tag\nFROM node\n', /has no reason/],
    ['without a rule', '# base-image-policy ignore reason="x"\nFROM node\n', /names no rule/],
    [
      'with an unknown rule',
      '# base-image-policy ignore=latest reason="x"\nFROM node\n',
      /unknown rule latest$/,
    ],
    [
      'with nothing after it',
      'FROM node:22\n# base-image-policy ignore=latest-tag reason="x"\n',
      /no instruction follows/,
    ],
  ])('do not count %s', (_name, text, message) => {
    const findings = findingsOf({ dockerfile: text, policy: allowed });
    const invalid = findings.filter((f) => f.rule === 'ignore-comment-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0].message).toMatch(message);
  });

  it('cannot hide an expired exception', () => {
    const policy = `${allowed}exceptions: [{ image: node, reason: r, expires: 2020-01-01 }]\n`;
    const text = '# base-image-policy ignore=exception-expired,latest-tag reason="x"\nFROM node\n';
    expect(brief({ dockerfile: text, policy })).toEqual([
      '2:6 error exception-expired',
      '2:6 warning digest-required',
    ]);
  });
});

describe('stages that ship', () => {
  it('is the last stage and the stages it is built FROM', () => {
    const { stages } = extractImages('FROM a AS one\nFROM b AS two\nFROM two AS three\nFROM three\n');
    expect([...shippedStages(stages)].sort()).toEqual([1, 2, 3]);
  });
});

describe('severities', () => {
  it('follow the settings and the rules section', () => {
    expect(severityOf('digest-required', policyOf())).toBe('warning');
    expect(severityOf('digest-required', policyOf('settings: { require-digest: true }\n'))).toBe('error');
    expect(severityOf('latest-tag', policyOf('settings: { allow-latest: true }\n'))).toBe('off');
    expect(severityOf('eol-image', policyOf('rules: { eol-image: error }\n'))).toBe('error');
  });

  it('reports what the policy itself gets wrong as findings on the policy file', () => {
    const policy = policyOf();
    policy.problems.push({
      rule: 'locked-setting',
      message: 'x',
      where: { file: 'p.yml', line: 3, column: 1, endLine: 3, endColumn: 5 },
    });
    expect(policyFindings(policy)).toEqual([
      expect.objectContaining({ rule: 'locked-setting', severity: 'error', path: 'p.yml', line: 3 }),
    ]);
  });
});

describe('files that could not be read', () => {
  it('are an error finding at the top of the file, not a silent pass', () => {
    const file = {
      path: 'big/Dockerfile',
      images: [],
      stages: [],
      warnings: [],
      ignores: [],
      problem: {
        reason: 'too-large' as const,
        message: 'the file is 2000000 bytes; files over 1048576 bytes (1 MiB) are not read',
      },
    };
    const findings = evaluateFile(file, { policy: policyOf(), catalog: EMPTY_CATALOG, today: '2026-11-23' });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'file-not-scanned',
        severity: 'error',
        line: 1,
        column: 1,
        message:
          'big/Dockerfile was not scanned: the file is 2000000 bytes; files over 1048576 bytes (1 MiB) are not read',
      }),
    ]);
  });
});

describe('Docker Hub under another name', () => {
  it('registry-1.docker.io/library/ubuntu is Docker Hub ubuntu to the policy', () => {
    const policy = 'denied: [{ image: ubuntu }]\nrules: { digest-required: off }\n';
    expect(brief({ dockerfile: 'FROM registry-1.docker.io/library/ubuntu:22.04\n', policy })).toEqual([
      '1:6 error image-denied',
    ]);
    expect(
      brief({
        dockerfile: 'FROM index.docker.io/library/ubuntu:22.04\n',
        policy: `${policy}registries: [docker.io]\n`,
      }),
    ).toEqual(['1:6 error image-denied']);
  });
});

describe('verdicts kept across files', () => {
  const policy = policyOf(`approved:
  - image: python
    tags: ["3.12-slim"]
  - image: golang
    stages: [build]
`);
  const today = '2026-11-23';
  // the same references at other places, in stages that ship and stages that do not, one spanning two lines
  const files = [
    'FROM python:3.12\nRUN pip install flask\n',
    '# a comment\nFROM golang:1.25 AS build\nFROM   python:3.12   AS app\n',
    'FROM python:3.12 AS base\nFROM golang:1.25\n',
    'FROM \\\n  python:3.12\n',
    'ARG V=3.12\nFROM python:${V}\n',
  ].map((text, i) => scanned(text, `f${i}/Dockerfile`));

  it('give each file the findings it gets alone, each suggestion written into its own line', () => {
    // the catalog a scan judges by: the built-in one
    const catalog = catalogWith(policy.catalog);
    const alone = files.flatMap((file) => evaluateFile(file, { policy, catalog, today }));
    const together = scanScanned(files, { policy, today, failOn: 'never' }).findings;
    expect(together).toEqual(alone);
    const suggested = together.filter((f) => f.rule === 'tag-not-approved').map((f) => f.suggestion?.line);
    expect(suggested).toEqual([
      'FROM python:3.12-slim',
      'FROM   python:3.12-slim   AS app',
      'FROM python:3.12-slim AS base',
      undefined,
      undefined,
    ]);
    // golang is approved for build stages only: the verdict differs where it ships
    expect(together.filter((f) => f.rule === 'image-not-approved').map((f) => f.path)).toEqual([
      'f2/Dockerfile',
    ]);
  });

  it('are not carried over to another policy or day', () => {
    const verdicts = new VerdictCache();
    const first = evaluateFile(files[0], { policy, catalog: EMPTY_CATALOG, today, verdicts });
    expect(first.map((f) => f.rule)).toContain('tag-not-approved');
    const other = policyOf('approved: [{ image: python }]');
    const second = evaluateFile(files[0], { policy: other, catalog: EMPTY_CATALOG, today, verdicts });
    expect(second.map((f) => f.rule)).not.toContain('tag-not-approved');
    const old = scanned('FROM python:3.8\n');
    const catalog = catalogWith(other.catalog);
    const before = evaluateFile(old, { policy: other, catalog, today: '2024-01-01', verdicts });
    const after = evaluateFile(old, { policy: other, catalog, today, verdicts });
    expect(before.map((f) => f.rule)).not.toContain('eol-image');
    expect(after.map((f) => f.rule)).toContain('eol-image');
  });
});

describe('the order of findings a sort cannot tell apart', () => {
  it('follows the rules: two exceptions expiring on one image are reported in the order of their rules', () => {
    const old = `sha256:${'a'.repeat(64)}`;
    const now = `sha256:${'b'.repeat(64)}`;
    const policy = policyOf(`exceptions:
  - image: python
    rules: [suggest-slim]
    reason: later
    expires: 2025-01-31
  - image: python
    rules: [digest-outdated]
    reason: later
    expires: 2025-01-31
`);
    const file = scanned(`FROM python:3.12@${old}\nRUN pip install x\nCMD ["python", "app.py"]\n`);
    const digests = new Map([['docker.io/library/python:3.12', { current: now, platforms: [] }]]);
    const found = evaluateFile(file, {
      policy,
      catalog: catalogWith(policy.catalog),
      today: '2025-06-01',
      digests,
    });
    // suggest-slim comes before digest-outdated among the rules, so its exception (line 3, after the version line) is named first
    expect(found.filter((f) => f.rule === 'exception-expired').map((f) => f.message.slice(0, 30))).toEqual([
      'the exception at policy.yml:3 ',
      'the exception at policy.yml:7 ',
    ]);
  });
});

describe('sorting findings', () => {
  const finding = (
    path: string,
    line: number,
    severity: Finding['severity'],
    rule: string,
    tag: string,
  ): Finding => ({
    rule,
    severity,
    path,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    image: null,
    message: tag,
    suggestion: null,
  });
  const keyOf = (f: Finding): string => `${f.path}:${f.line}:${f.severity}:${f.rule}:${f.message}`;

  it.each([3, 14, 40])(
    'orders %i findings by path, line, column, severity and rule, keeping ties in order',
    (n) => {
      const severities: Finding['severity'][] = ['notice', 'error', 'warning'];
      const list = Array.from({ length: n }, (_, i) =>
        finding(`f${(i * 7) % 3}`, (i * 5) % 4, severities[i % 3], `rule-${(i * 3) % 2}`, `#${i}`),
      );
      const sorted = sortFindings([...list]).map(keyOf);
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1].split(':'), sorted[i].split(':')];
        const order = ['error', 'warning', 'notice'];
        const rank = (k: string[]) => [k[0], Number(k[1]), order.indexOf(k[2]), k[3]] as const;
        const [ra, rb] = [rank(a), rank(b)];
        const cmp =
          ra[0].localeCompare(rb[0]) || ra[1] - rb[1] || ra[2] - rb[2] || ra[3].localeCompare(rb[3]);
        expect(cmp).toBeLessThanOrEqual(0);
        // equal keys keep the order they came in
        if (cmp === 0) expect(Number(a[4].slice(1))).toBeLessThan(Number(b[4].slice(1)));
      }
      expect(sorted).toHaveLength(n);
    },
  );
});
