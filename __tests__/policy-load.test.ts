import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInPolicyPath } from '../src/assets.js';
import { severityOf } from '../src/evaluate.js';
import { PolicyError, parsePolicyText, policySchema, readPolicyFile } from '../src/policy/load.js';
import { tempTree } from './helpers/cli.js';
import { loadBuiltInPolicy, loadConfiguredPolicy, loadPolicy } from '../src/policy/policy.js';
import { DEFAULT_SEVERITIES, PLANNED_RULE_IDS, RULES } from '../src/rules/index.js';

function problemsOf(text: string): string[] {
  try {
    parsePolicyText(text, 'p.yml');
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw error;
  }
  return [];
}

describe('policy loading: every kind of error, with its exact place', () => {
  it.each<[string, string, string[]]>([
    ['valid', 'version: 1\nregistries: [docker.io]\n', []],
    ['empty file', '', ['1:1 the policy is empty; it needs at least "version: 1"']],
    ['missing version', 'registries: [docker.io]\n', ['1:1 the policy needs "version"']],
    ['wrong version', 'version: 2\n', ['1:10 "version": expected 1, got 2']],
    [
      'unknown key, with a guess',
      'version: 1\nregistry: [docker.io]\n',
      [
        '2:1 unknown key "registry" (did you mean "registries"?); expected one of: version, extends, settings, rules, registries, approved, denied, exceptions, catalog',
      ],
    ],
    [
      'unknown nested key',
      'version: 1\nsettings:\n  require-digests: true\n',
      [
        '3:3 unknown key "require-digests" (did you mean "require-digest"?); expected one of: require-digest, allow-latest, inline-ignores, locked',
      ],
    ],
    [
      'wrong type',
      'version: 1\nsettings:\n  allow-latest: "yes"\n',
      ['3:17 "allow-latest": expected true or false, got "yes"'],
    ],
    [
      'a list expected',
      'version: 1\nregistries: docker.io\n',
      ['2:13 "registries": expected a list, got "docker.io"'],
    ],
    [
      'duplicate key',
      'version: 1\nregistries: [a.io]\nregistries: [b.io]\n',
      ['3:1 duplicate key: each key may appear once'],
    ],
    [
      'unknown rule',
      'version: 1\nrules:\n  latest-tags: error\n',
      ['3:3 unknown rule "latest-tags" (did you mean "latest-tag"?)'],
    ],
    [
      'bad severity',
      'version: 1\nrules:\n  latest-tag: fatal\n',
      ['3:15 "fatal" is not allowed here; expected one of: error, warning, notice, off'],
    ],
    [
      'bad image pattern',
      'version: 1\napproved:\n  - image: Python\n',
      [
        '3:12 "Python" is not an image pattern such as python, python:3.12-*, bitnami/* or gcr.io/distroless/**',
      ],
    ],
    [
      'regular expressions are not patterns',
      'version: 1\napproved:\n  - image: python\n    tags: ["3\\\\.12(-slim)?"]\n',
      ['4:12 "3\\.12(-slim)?" is not a tag pattern such as 3.12-slim or 3.12.*-slim-bookworm'],
    ],
    [
      '** inside a segment',
      'version: 1\nregistries: ["ghcr.io/a**b"]\n',
      ['2:14 "ghcr.io/a**b": ** must stand alone between slashes'],
    ],
    [
      'bad date',
      'version: 1\nexceptions:\n  - image: centos:7\n    reason: r\n    expires: 2027-02-30\n',
      ['5:14 "2027-02-30" is not a real date (YYYY-MM-DD)'],
    ],
    [
      'date in another shape',
      'version: 1\nexceptions:\n  - image: centos:7\n    reason: r\n    expires: 31.03.2027\n',
      ['5:14 "31.03.2027" is not a date as YYYY-MM-DD'],
    ],
    [
      'exception without files or image',
      'version: 1\nexceptions:\n  - reason: r\n',
      ['3:5 an exception needs "files" or "image" (or both)'],
    ],
    [
      'exception without reason',
      'version: 1\nexceptions:\n  - image: x\n',
      ['3:5 this entry needs "reason"'],
    ],
    [
      'use: must be a reference',
      'version: 1\ndenied:\n  - image: ubuntu\n    use: Debian\n',
      ['4:10 "Debian" is not an image reference: repository name must be lowercase: "library/Debian"'],
    ],
    [
      'empty list',
      'version: 1\napproved:\n  - image: python\n    tags: []\n',
      ['4:11 "tags": the list is empty; leave the key out instead'],
    ],
    [
      'YAML syntax',
      'version: 1\nregistries: [docker.io\n',
      ['3:1 YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ],
    [
      'an alias flood',
      'version: 1\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      ['1:1 too many alias expansions (over 100): the document would blow up in memory'],
    ],
    ['binary', 'version: 1\u0000', ['1:1 the policy holds binary data, not YAML text']],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('survives very deep nesting with a message', () => {
    const deep = `version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const problems = problemsOf(deep);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('names a missing file', async () => {
    await expect(loadPolicy('/nonexistent/policy.yml')).rejects.toThrow(
      '/nonexistent/policy.yml: no such policy file',
    );
  });
});

describe('the schema', () => {
  it('lists exactly the rules that exist and those planned', () => {
    const { schema } = policySchema();
    const ids = (schema.definitions as { ruleId: { enum: string[] } }).ruleId.enum;
    expect([...ids].sort()).toEqual([...RULES.map((r) => r.id), ...PLANNED_RULE_IDS].sort());
  });

  it('accepts the built-in policy and the examples', async () => {
    const builtIn = await loadBuiltInPolicy({ defaultSeverities: DEFAULT_SEVERITIES });
    expect(builtIn.source).toBe('policies/default.yml');
    expect(builtIn.settings).toEqual({ requireDigest: false, allowLatest: false, inlineIgnores: false });
  });

  it('reads the built-in policy from its generated data as from its YAML, places included', () => {
    const yml = builtInPolicyPath();
    const fromData = readPolicyFile(yml, 'policies/default.yml');
    const fromYaml = parsePolicyText(readFileSync(yml, 'utf8'), 'policies/default.yml');
    expect(fromData.data).toEqual(fromYaml.data);
    for (const where of [['rules', 'latest-tag'], ['settings'], ['version']])
      expect(fromData.locate(where, true)).toEqual(fromYaml.locate(where, true));
  });
});

const tree = (files: Record<string, string>) => tempTree(files, 'bip-policy-');

describe('extends and locked', () => {
  const central = `version: 1
settings:
  require-digest: true
  inline-ignores: false
  locked: [require-digest, registries, approved, exceptions, rules, inline-ignores]
rules:
  eol-image: error
registries: [docker.io, ghcr.io/acme]
approved:
  - image: python
    tags: ["3.12-slim"]
  - image: ghcr.io/acme/*
`;

  it('merges a child over its parent', async () => {
    const dir = tree({
      'central.yml':
        'version: 1\nsettings: { allow-latest: false }\nregistries: [docker.io]\ndenied: [{ image: ubuntu }]\n',
      'repo/.github/policy.yml':
        'version: 1\nextends: ../../central.yml\nsettings: { require-digest: true }\nregistries: [ghcr.io/acme]\ndenied: [{ image: centos }]\n',
    });
    const policy = await loadPolicy(path.join(dir, 'repo/.github/policy.yml'), {
      display: 'repo/.github/policy.yml',
    });
    expect(policy.files).toEqual(
      ['repo/central.yml', 'repo/.github/policy.yml'].map((f) =>
        f.replace('repo/central.yml', 'central.yml'),
      ),
    );
    expect(policy.settings.requireDigest).toBe(true);
    // unlocked lists grow by what the child adds
    expect(policy.registries.map((l) => l.patterns.map((p) => p.source))).toEqual([
      ['docker.io', 'ghcr.io/acme'],
    ]);
    expect(policy.denied.map((d) => d.image.source)).toEqual(['ubuntu', 'centos']);
    expect(policy.problems).toEqual([]);
  });

  it('reports every attempt to loosen what is locked, at the child line, and keeps the parent value', async () => {
    const dir = tree({
      'central.yml': central,
      'child.yml': `version: 1
extends: central.yml
settings:
  require-digest: false
  inline-ignores: true
rules:
  eol-image: warning
  digest-required: off
  locked-setting: off
registries: [docker.io, quay.io]
approved:
  - image: node
exceptions:
  - image: python
    reason: we want to
`,
    });
    const policy = await loadPolicy(path.join(dir, 'child.yml'), {
      defaultSeverities: DEFAULT_SEVERITIES,
      display: 'child.yml',
    });
    expect(
      policy.problems.map((p) => `${p.where.file}:${p.where.line}:${p.where.column} ${p.message}`),
    ).toEqual([
      'child.yml:4:19 "require-digest: false" loosens a setting that central.yml locks at true; it stays true',
      'child.yml:5:19 "inline-ignores: true" loosens a setting that central.yml locks at false; it stays false',
      'child.yml:7:14 "eol-image: warning" lowers a rule severity that central.yml locks at error; it stays error',
      'child.yml:8:20 "digest-required: off" lowers a rule severity that central.yml locks at error; it stays error',
      'child.yml:9:19 "locked-setting" guards the policy itself and stays an error',
      'child.yml:10:25 "quay.io" is outside the registries that central.yml locks; images from it stay findings',
      'child.yml:12:12 "node" is not in the approved list that central.yml locks; it stays a finding',
      'child.yml:14:5 central.yml locks exceptions; this one does not apply (reason given: we want to)',
    ]);
    expect(policy.settings).toEqual({ requireDigest: true, allowLatest: false, inlineIgnores: false });
    expect(policy.severities.get('eol-image')).toBe('error');
    expect(policy.exceptions).toEqual([]);
    // the locked lists stay fences: the child's own lists only narrow further
    expect(policy.registries.map((l) => l.patterns.map((p) => p.source))).toEqual([
      ['docker.io', 'ghcr.io/acme'],
      ['docker.io', 'quay.io'],
    ]);
  });

  it('lets a child tighten what is locked without a finding', async () => {
    const dir = tree({
      'central.yml': central,
      'child.yml':
        'version: 1\nextends: central.yml\nrules: { eol-image: error, unofficial-image: error }\nregistries: [ghcr.io/acme/team]\napproved: [{ image: ghcr.io/acme/app }]\n',
    });
    const policy = await loadPolicy(path.join(dir, 'child.yml'), { defaultSeverities: DEFAULT_SEVERITIES });
    expect(policy.problems).toEqual([]);
  });

  it('refuses cycles, missing parents and remote parents without a fetcher, at the extends line', async () => {
    const dir = tree({
      'a.yml': 'version: 1\nextends: b.yml\n',
      'b.yml': 'version: 1\nextends: a.yml\n',
      'c.yml': 'version: 1\nextends: missing.yml\n',
      'd.yml': 'version: 1\n\nextends: acme/policies/base.yml@v3\n',
    });
    await expect(loadPolicy(path.join(dir, 'a.yml'), { display: 'a.yml' })).rejects.toThrow(
      'b.yml:2:10: "a.yml" is already in the chain of extends (a cycle)',
    );
    await expect(loadPolicy(path.join(dir, 'c.yml'), { display: 'c.yml' })).rejects.toThrow(
      'c.yml:2:10: extends "missing.yml": no such policy file',
    );
    await expect(loadPolicy(path.join(dir, 'd.yml'), { display: 'd.yml' })).rejects.toThrow(
      'd.yml:3:10: "acme/policies/base.yml@v3" is a policy in another repository; the GitHub Action reads those',
    );
  });

  it('reads a remote parent through the fetcher it is given', async () => {
    const dir = tree({ 'd.yml': 'version: 1\nextends: acme/policies/base.yml@v3\n' });
    const asked: string[] = [];
    const policy = await loadPolicy(path.join(dir, 'd.yml'), {
      fetchRemote: async (spec) => {
        asked.push(spec);
        return 'version: 1\nregistries: [ghcr.io/acme]\n';
      },
    });
    expect(asked).toEqual(['acme/policies/base.yml@v3']);
    expect(policy.registries[0].patterns[0].source).toBe('ghcr.io/acme');
  });

  it('locking a list locks the rules that enforce it, and any lock locks the rules that keep the scan whole', async () => {
    const dir = tree({
      'parent.yml': `version: 1
settings: { locked: [registries, approved, denied] }
registries: [docker.io]
approved: [{ image: python, tags: ["3.12-slim"] }]
denied: [{ image: ubuntu }]
`,
      'child.yml': `version: 1
extends: parent.yml
rules:
  registry-not-allowed: off
  image-not-approved: off
  tag-not-approved: warning
  digest-not-approved: notice
  image-denied: off
  file-not-scanned: off
  unresolved-image: warning
  invalid-image: off
  eol-image: off
`,
    });
    const policy = await loadPolicy(path.join(dir, 'child.yml'), {
      defaultSeverities: DEFAULT_SEVERITIES,
      display: 'child.yml',
    });
    expect(policy.problems.map((p) => `${p.where.line} ${p.message}`)).toEqual([
      '4 "registry-not-allowed: off" lowers a rule severity that parent.yml locks at error; it stays error',
      '5 "image-not-approved: off" lowers a rule severity that parent.yml locks at error; it stays error',
      '6 "tag-not-approved: warning" lowers a rule severity that parent.yml locks at error; it stays error',
      '7 "digest-not-approved: notice" lowers a rule severity that parent.yml locks at error; it stays error',
      '8 "image-denied: off" lowers a rule severity that parent.yml locks at error; it stays error',
      '9 "file-not-scanned: off" lowers a rule severity that parent.yml locks at error; it stays error',
      '10 "unresolved-image: warning" lowers a rule severity that parent.yml locks at error; it stays error',
      '11 "invalid-image: off" lowers a rule severity that parent.yml locks at error; it stays error',
    ]);
    // a rule no lock covers is the child's to set
    expect(policy.severities.get('eol-image')).toBe('off');
    expect(severityOf('image-denied', policy)).toBe('error');
    expect(severityOf('file-not-scanned', policy)).toBe('error');
  });

  describe('a central policy named by the workflow heads the repository policy', () => {
    const CENTRAL = 'acme/policies/base.yml@v3';
    const fetchRemote = async (spec: string): Promise<string> => {
      if (spec === CENTRAL) return central;
      if (spec === 'acme/policies/base.yml@v1') return 'version: 1\nregistries: ["**"]\n';
      throw new Error(`no ${spec}`);
    };
    const load = (files: Record<string, string>) =>
      loadConfiguredPolicy(CENTRAL, tree(files), { fetchRemote, defaultSeverities: DEFAULT_SEVERITIES });

    it('a repository policy that dropped its extends line still sits under the central locks', async () => {
      const { policy, localPath } = await load({
        '.github/base-image-policy.yml':
          'version: 1\nsettings: { require-digest: false }\nregistries: ["**"]\n',
      });
      expect(localPath).toBe('.github/base-image-policy.yml');
      expect(policy.files).toEqual([CENTRAL, '.github/base-image-policy.yml']);
      expect(policy.settings.requireDigest).toBe(true);
      expect(policy.problems.map((p) => `${p.where.file}:${p.where.line} ${p.message}`)).toEqual([
        `.github/base-image-policy.yml:2 "require-digest: false" loosens a setting that ${CENTRAL} locks at true; it stays true`,
        `.github/base-image-policy.yml:3 "**" is outside the registries that ${CENTRAL} locks; images from it stay findings`,
      ]);
    });

    it('one that extends an older, looser central policy gets the named one on top', async () => {
      const { policy } = await load({
        '.github/base-image-policy.yml': 'version: 1\nextends: acme/policies/base.yml@v1\n',
      });
      expect(policy.files).toEqual([CENTRAL, 'acme/policies/base.yml@v1', '.github/base-image-policy.yml']);
      expect(policy.problems.map((p) => p.where.file)).toEqual(['acme/policies/base.yml@v1']);
    });

    it('one that already extends it is read once', async () => {
      const { policy } = await load({ '.github/base-image-policy.yml': `version: 1\nextends: ${CENTRAL}\n` });
      expect(policy.files).toEqual([CENTRAL, '.github/base-image-policy.yml']);
      expect(policy.problems).toEqual([]);
    });

    it('without a repository policy the central one is the policy', async () => {
      const { policy, localPath } = await load({ Dockerfile: 'FROM python\n' });
      expect(localPath).toBeNull();
      expect(policy.files).toEqual([CENTRAL]);
    });

    it('a central policy that cannot be read is an error naming it', async () => {
      await expect(
        loadConfiguredPolicy(
          'acme/policies/gone.yml@v3',
          tree({ '.github/base-image-policy.yml': 'version: 1\n' }),
          {
            fetchRemote,
          },
        ),
      ).rejects.toThrow(
        'acme/policies/gone.yml@v3: cannot read the policy "acme/policies/gone.yml@v3": no acme/policies/gone.yml@v3',
      );
    });
  });
});
