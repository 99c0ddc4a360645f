import { describe, expect, it } from '@jest/globals';
import { catalogWith } from '../src/catalog.js';
import { policyFromText } from '../src/policy/policy.js';
import { digestNotApproved } from '../src/rules/digest-not-approved.js';
import { digestRequired } from '../src/rules/digest-required.js';
import { eolImage } from '../src/rules/eol-image.js';
import { imageDenied } from '../src/rules/image-denied.js';
import { imageNotApproved } from '../src/rules/image-not-approved.js';
import { IMAGE_RULES, RULES } from '../src/rules/index.js';
import { invalidImage } from '../src/rules/invalid-image.js';
import { latestTag } from '../src/rules/latest-tag.js';
import { registryNotAllowed } from '../src/rules/registry-not-allowed.js';
import { tagNotApproved } from '../src/rules/tag-not-approved.js';
import { unofficialImage } from '../src/rules/unofficial-image.js';
import { unresolvedImage } from '../src/rules/unresolved-image.js';
import { EMPTY_CATALOG, findingsOf, testRule } from './helpers/rule-tester.js';

const DIGEST_A = 'sha256:' + 'a'.repeat(64);
const DIGEST_B = 'sha256:' + 'b'.repeat(64);

describe('registry-not-allowed', () => {
  const policy = 'registries: [docker.io, gcr.io/distroless/*, ghcr.io/acme]\n';
  testRule(registryNotAllowed, {
    valid: [
      { dockerfile: 'FROM python:3.12-slim\n', policy },
      { dockerfile: 'FROM gcr.io/distroless/static-debian12\n', policy },
      {
        name: 'a path without a wildcard admits everything below it',
        dockerfile: 'FROM ghcr.io/acme/team/app:1\n',
        policy,
      },
      { name: 'no registries list: anything goes', dockerfile: 'FROM quay.io/x/y:1\n' },
      { name: 'scratch is judged only against approved and denied', dockerfile: 'FROM scratch\n', policy },
      { name: 'unresolved references are for unresolved-image', dockerfile: 'FROM $NOPE\n', policy },
    ],
    invalid: [
      {
        dockerfile: 'FROM quay.io/someone/python:3.12-slim\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /quay\.io\/someone\/python:3\.12-slim comes from quay\.io.*allowed: docker\.io, gcr\.io\/distroless\/\*, ghcr\.io\/acme/,
          },
        ],
      },
      {
        name: '* stays within one path segment',
        dockerfile: 'FROM gcr.io/distroless/nested/static\n',
        policy,
        errors: [{ line: 1, column: 6, message: /comes from gcr\.io/ }],
      },
      {
        name: 'COPY --from and RUN --mount images are judged too',
        dockerfile:
          'FROM python:3.12-slim\nCOPY --from=quay.io/a/b:1 /x /x\nRUN --mount=type=bind,from=ecr.aws/c/d:2,target=/m true\n',
        policy,
        errors: [
          { line: 2, column: 13, message: /quay\.io\/a\/b:1/ },
          { line: 3, column: 28, message: /ecr\.aws\/c\/d:2/ },
        ],
      },
      {
        name: 'the syntax directive pulls an image',
        dockerfile: '# syntax=quay.io/x/dockerfile:1\nFROM python:3.12-slim\n',
        policy,
        errors: [{ line: 1, column: 10, message: /quay\.io\/x\/dockerfile:1/ }],
      },
    ],
  });
});

describe('image-not-approved', () => {
  const policy = `approved:
  - image: python
    tags: ["3.12-slim"]
  - image: gcr.io/distroless/python3-debian12
  - image: debian
    stages: [build]
  - image: scratch
`;
  testRule(imageNotApproved, {
    valid: [
      { dockerfile: 'FROM python:3.12-slim\n', policy },
      { name: 'the tag is for tag-not-approved', dockerfile: 'FROM python:3.11\n', policy },
      { dockerfile: 'FROM debian:bookworm AS build\nFROM gcr.io/distroless/python3-debian12\n', policy },
      { dockerfile: 'FROM scratch\n', policy },
      { name: 'no approved list: anything goes', dockerfile: 'FROM ubuntu:24.04\n' },
    ],
    invalid: [
      {
        dockerfile: 'FROM node:22\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /^node:22 is not approved; approved: python:3\.12-slim, gcr\.io\/distroless\/python3-debian12, scratch$/,
          },
        ],
      },
      {
        name: 'the same family comes first among the alternatives',
        dockerfile: 'FROM quay.io/other/python3-debian12\n',
        policy,
        errors: [{ line: 1, column: 6, message: /approved: gcr\.io\/distroless\/python3-debian12, / }],
      },
      {
        name: 'stages: [build] keeps an image out of the shipped stage',
        dockerfile: 'FROM debian:bookworm\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message: /^debian:bookworm is approved only for build stages, not for the shipped stage/,
          },
        ],
      },
      {
        name: 'a stage the final stage is built FROM ships too',
        dockerfile: 'FROM debian:bookworm AS base\nFROM base\nRUN true\n',
        policy,
        errors: [{ line: 1, column: 6, message: /only for build stages/ }],
      },
      {
        name: 'scratch needs an entry of its own',
        dockerfile: 'FROM scratch\n',
        policy: 'approved: [{ image: python }]\n',
        errors: [{ line: 1, column: 6, message: /^scratch is not approved; approved: python/ }],
      },
    ],
  });
});

describe('tag-not-approved', () => {
  const policy = `approved:
  - image: python
    tags: ["3.12-slim", "3.12.*-slim-bookworm", "3.13*-slim"]
  - image: node
    tags: ["22-slim"]
    digests: ["${DIGEST_A}"]
`;
  testRule(tagNotApproved, {
    valid: [
      { dockerfile: 'FROM python:3.12-slim\n', policy },
      { dockerfile: 'FROM python:3.12.7-slim-bookworm\n', policy },
      { dockerfile: 'FROM python:3.13.1-slim\n', policy },
      { name: 'digest alone, and the digest is approved', dockerfile: `FROM node@${DIGEST_A}\n`, policy },
      {
        name: 'an entry without tags takes any tag',
        dockerfile: 'FROM ruby:3\n',
        policy: 'approved: [{ image: ruby }]\n',
      },
    ],
    invalid: [
      {
        dockerfile: 'FROM python:3.12\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /^python:3\.12 has tag 3\.12, which is not approved; approved: python:3\.12-slim, python:3\.12\.\*-slim-bookworm, python:3\.13\*-slim$/,
          },
        ],
      },
      {
        name: '* does not reach over a dash it does not cover',
        dockerfile: 'FROM python:3.12.1-slim-bullseye\n',
        policy,
        errors: [{ line: 1, column: 6, message: /has tag 3\.12\.1-slim-bullseye/ }],
      },
      {
        name: 'no tag means latest',
        dockerfile: 'FROM python\n',
        policy,
        errors: [{ line: 1, column: 6, message: /has no tag \(so it pulls latest\)/ }],
      },
      {
        name: 'a digest alone that is not approved cannot vouch for the tag',
        dockerfile: `FROM node@${DIGEST_B}\n`,
        policy,
        errors: [{ line: 1, column: 6, message: /pinned by digest alone/ }],
      },
    ],
  });
});

describe('digest-not-approved', () => {
  const policy = `approved:
  - image: node
    tags: ["22-slim"]
    digests: ["${DIGEST_A}"]
  - image: python
`;
  testRule(digestNotApproved, {
    valid: [
      { dockerfile: `FROM node:22-slim@${DIGEST_A}\n`, policy },
      { name: 'not pinned: digest-required speaks for it', dockerfile: 'FROM node:22-slim\n', policy },
      { name: 'an entry without digests takes any', dockerfile: `FROM python:3@${DIGEST_B}\n`, policy },
    ],
    invalid: [
      {
        dockerfile: `FROM node:22-slim@${DIGEST_B}\n`,
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message: new RegExp(
              `pinned to ${DIGEST_B}, which is not an approved digest; approved: ${DIGEST_A}$`,
            ),
          },
        ],
      },
    ],
  });
});

describe('image-denied', () => {
  const policy = `denied:
  - image: ubuntu
    reason: full distribution; ship on debian:bookworm-slim or distroless
    use: debian:bookworm-slim
  - image: centos:7
  - image: "*"
    tags: ["*-windowsservercore*"]
`;
  testRule(imageDenied, {
    valid: [
      { dockerfile: 'FROM debian:bookworm-slim\n', policy },
      { dockerfile: 'FROM centos:8\n', policy },
      { name: 'ubuntu elsewhere is another image', dockerfile: 'FROM ghcr.io/acme/ubuntu:24.04\n', policy },
    ],
    invalid: [
      {
        dockerfile: 'FROM ubuntu:24.04\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              'ubuntu:24.04 is denied by the policy: full distribution; ship on debian:bookworm-slim or distroless; use debian:bookworm-slim',
          },
        ],
      },
      {
        dockerfile: 'FROM centos:7\n',
        policy,
        errors: [{ line: 1, column: 6, message: 'centos:7 is denied by the policy' }],
      },
      {
        dockerfile: 'FROM python:3.12-windowsservercore-ltsc2022\n',
        policy,
        errors: [{ line: 1, column: 6, message: /denied/ }],
      },
      {
        name: 'scratch can be denied',
        dockerfile: 'FROM scratch\n',
        policy: 'denied: [{ image: scratch, reason: no static binaries here }]\n',
        errors: [{ line: 1, column: 6, message: 'scratch is denied by the policy: no static binaries here' }],
      },
    ],
  });
});

describe('digest-required', () => {
  testRule(digestRequired, {
    valid: [
      { dockerfile: `FROM python:3.12-slim@${DIGEST_A}\n` },
      { dockerfile: 'FROM scratch\n' },
      {
        name: 'a FROM naming a stage pulls nothing',
        dockerfile: `FROM python:3.12-slim@${DIGEST_A} AS a\nFROM a\n`,
      },
    ],
    invalid: [
      {
        name: 'a warning by default',
        dockerfile: 'FROM python:3.12-slim\n',
        errors: [
          {
            line: 1,
            column: 6,
            message: 'python:3.12-slim is not pinned by digest; pin it as python:3.12-slim@sha256:<digest>',
            severity: 'warning',
          },
        ],
      },
      {
        name: 'an error with require-digest',
        dockerfile: 'FROM python:3.12-slim\n',
        policy: 'settings: { require-digest: true }\n',
        errors: [{ line: 1, column: 6, message: /not pinned/, severity: 'error' }],
      },
      {
        name: 'the severity a policy sets wins',
        dockerfile: 'FROM python:3.12-slim\n',
        policy: 'rules: { digest-required: notice }\n',
        errors: [{ line: 1, column: 6, message: /not pinned/, severity: 'notice' }],
      },
    ],
  });
});

describe('latest-tag', () => {
  testRule(latestTag, {
    valid: [
      { dockerfile: 'FROM node:22-slim\n' },
      { dockerfile: `FROM node@${DIGEST_A}\n` },
      { dockerfile: 'FROM node\n', policy: 'settings: { allow-latest: true }\n' },
      { dockerfile: 'FROM scratch\n' },
    ],
    invalid: [
      {
        dockerfile: 'FROM node\n',
        errors: [{ line: 1, column: 6, message: /^node has no tag, so it pulls latest/, severity: 'error' }],
      },
      {
        dockerfile: 'FROM node:latest AS x\n',
        errors: [{ line: 1, column: 6, message: /^node:latest uses the latest tag/ }],
      },
      {
        dockerfile: `FROM node:latest@${DIGEST_A}\n`,
        errors: [{ line: 1, column: 6, message: /uses the latest tag/ }],
      },
    ],
  });
});

describe('unresolved-image', () => {
  testRule(unresolvedImage, {
    valid: [{ dockerfile: 'ARG BASE=python:3.12-slim\nFROM ${BASE}\n' }, { dockerfile: 'FROM scratch\n' }],
    invalid: [
      {
        dockerfile: 'ARG BASE\nFROM ${BASE}\n',
        errors: [
          {
            line: 2,
            column: 6,
            message: /^"\$\{BASE\}" cannot be resolved: image reference is empty: BASE has no value/,
          },
        ],
      },
      {
        name: 'an ARG inside a stage does not reach a later FROM',
        dockerfile: 'FROM python:3.12-slim\nARG V=3\nFROM node:$V\n',
        errors: [{ line: 3, column: 6, message: /V is not declared before the first FROM/ }],
      },
      { dockerfile: 'FROM {{ .Base }}\n', errors: [{ line: 1, column: 6, message: /template placeholder/ }] },
    ],
  });
});

describe('invalid-image', () => {
  testRule(invalidImage, {
    valid: [{ dockerfile: 'FROM python:3.12-slim\n' }],
    invalid: [
      {
        dockerfile: 'FROM Python:3.12\n',
        errors: [{ line: 1, column: 6, message: /"Python:3\.12" is not a valid image reference/ }],
      },
    ],
  });
});

describe('unofficial-image', () => {
  const catalog = { families: [], verifiedPublishers: new Set(['docker']) };
  testRule(unofficialImage, {
    valid: [
      { dockerfile: 'FROM python:3.12-slim\n', catalog },
      { dockerfile: 'FROM ghcr.io/someone/app:1\n', catalog },
      {
        name: 'a verified publisher',
        dockerfile: '# syntax=docker/dockerfile:1\nFROM python:3.12-slim\n',
        catalog,
      },
      {
        name: 'named by an approved entry',
        dockerfile: 'FROM bitnami/redis:7\n',
        policy: 'approved: [{ image: "bitnami/*" }]\n',
        catalog,
      },
    ],
    invalid: [
      {
        dockerfile: 'FROM someuser/python:3.12\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message: /^someuser\/python:3\.12 is published by the Docker Hub user "someuser"/,
            severity: 'warning',
          },
        ],
      },
    ],
  });
});

describe('eol-image', () => {
  const base = {
    families: [],
    verifiedPublishers: new Set<string>(),
  };
  const policy = `catalog:
  - image: python
    eol: { "3.8": 2024-10-07, "3.12": 2028-10-31, "3.13": 2029-10-31 }
  - image: debian
    eol: { "10": 2024-06-30, "12": 2028-06-30 }
`;
  // debian's codenames come from the built-in catalog's aliases; tests give them through a family of their own
  const withAliases = catalogWith([], {
    ...base,
    families: [
      {
        name: 'debian',
        patterns: [],
        cycles: [
          { cycle: '10', aliases: ['buster'], eol: '2024-06-30', source: 'https://endoflife.date/debian' },
          { cycle: '12', aliases: ['bookworm'], eol: '2028-06-30', source: 'https://endoflife.date/debian' },
        ],
        variants: [],
        eolSource: null,
      },
    ],
  });
  testRule(eolImage, {
    valid: [
      { dockerfile: 'FROM python:3.12-slim\n', policy },
      { dockerfile: 'FROM python:3.80\n', policy, name: '3.8 is not the line of 3.80' },
      { dockerfile: 'FROM python:3.12-slim-bookworm\n', policy, catalog: withAliases },
      {
        dockerfile: 'FROM python:3.8\n',
        policy,
        today: '2024-10-07',
        name: 'the last day of support is still supported',
      },
    ],
    invalid: [
      {
        dockerfile: 'FROM python:3.8.18-slim\n',
        policy,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /^python:3\.8\.18-slim: python 3\.8 reached its end of life on 2024-10-07 \(policy policy\.yml:3\); supported: 3\.12 to 3\.13$/,
          },
        ],
      },
      {
        name: 'a build number after the version belongs to the old line, and is dropped with it',
        dockerfile: 'FROM eclipse-temurin:24.0.2_12-jdk-noble AS build\n',
        policy: `catalog:
  - image: eclipse-temurin
    eol: { "21": 2029-12-31, "24": 2025-09-16, "25": 2031-09-30 }
`,
        errors: [
          {
            line: 1,
            column: 6,
            message: /^eclipse-temurin:24\.0\.2_12-jdk-noble: eclipse-temurin 24 reached its end of life/,
            suggestion: 'FROM eclipse-temurin:25-jdk-noble AS build',
          },
        ],
      },
      {
        name: 'the distribution release a tag names',
        dockerfile: 'FROM python:3.12-slim-buster\n',
        policy,
        catalog: withAliases,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /built on debian 10, which reached its end of life on 2024-06-30 \(https:\/\/endoflife\.date\/debian\); choose a tag on bookworm/,
          },
        ],
      },
    ],
  });
});

describe('the rule registry', () => {
  it('gives every rule an id, a severity, a description and help with examples', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'notice']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.help.text.length).toBeGreaterThan(40);
      expect(rule.help.bad).not.toBe(rule.help.good);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('runs every image rule over one Dockerfile without interference', () => {
    const all = findingsOf({ dockerfile: 'FROM node\nFROM Bad:1\n', catalog: EMPTY_CATALOG }, IMAGE_RULES);
    expect(all.map((f) => `${f.line}:${f.rule}`)).toEqual([
      '1:latest-tag',
      '1:digest-required',
      '2:invalid-image',
    ]);
  });

  it('turns a rule off', () => {
    const all = findingsOf({
      dockerfile: 'FROM node\n',
      policy: 'rules: { latest-tag: off, digest-required: off }\n',
    });
    expect(all).toEqual([]);
  });

  it('keeps the policy object shape', () => {
    expect(policyFromText('version: 1\n').approved).toEqual([]);
  });
});

describe('suggested replacement lines', () => {
  const approved = `approved:
  - image: python
    tags: ["3.12-slim", "3.13*-slim"]
  - image: gcr.io/distroless/python3-debian12
denied:
  - { image: ubuntu, use: "debian:bookworm-slim" }
catalog:
  - image: python
    eol: { "3.8": 2024-10-07, "3.12": 2028-10-31, "3.13": 2029-10-31 }
`;
  const suggestion = (dockerfile: string, rule: string): string | null | undefined =>
    findingsOf({ dockerfile, policy: approved }, IMAGE_RULES).find((f) => f.rule === rule)?.suggestion
      ?.line ?? null;

  it.each([
    ['tag-not-approved', 'FROM python:3.12\n', 'FROM python:3.12-slim'],
    [
      'tag-not-approved',
      'from --platform=$BUILDPLATFORM python:3.11 As Build\nFROM scratch\n',
      'from --platform=$BUILDPLATFORM python:3.12-slim As Build',
    ],
    ['tag-not-approved', 'FROM python:3.11\r\n', 'FROM python:3.12-slim'],
    ['image-denied', 'FROM ubuntu:24.04 AS base\n', 'FROM debian:bookworm-slim AS base'],
    ['eol-image', 'FROM python:3.8.18-slim\n', 'FROM python:3.12-slim'],
    ['image-not-approved', 'FROM quay.io/x/python3-debian12\n', 'FROM gcr.io/distroless/python3-debian12'],
  ])('%s: %j → %s', (rule, dockerfile, line) => {
    expect(suggestion(dockerfile, rule)).toBe(line);
  });

  it.each([
    ['image-not-approved', 'FROM node:22\n', 'no approved image of the same family'],
    ['tag-not-approved', 'ARG V=3.11\nFROM python:$V\n', 'a variable: rewriting it would bypass the ARG'],
    ['tag-not-approved', 'FROM \\\n  python:3.11\n', 'a reference continued over lines'],
    [
      'tag-not-approved',
      'FROM python:3.12 AS a\nFROM python:3.12-slim\nCOPY --from=python:3.11 /a /a\n',
      'not a FROM',
    ],
  ])('%s: none for %j (%s)', (rule, dockerfile) => {
    const found = findingsOf({ dockerfile, policy: approved }, IMAGE_RULES).filter((f) => f.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    expect(found.at(-1)?.suggestion).toBeNull();
  });
});
