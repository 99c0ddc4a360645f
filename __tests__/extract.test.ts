import { describe, expect, it } from '@jest/globals';
import { extractImages, platformArgs } from '../src/extract/extract.js';
import type { ImageUse } from '../src/types.js';

/** The parts of an image use a table row asserts. */
function brief(use: ImageUse): string {
  const where = `${use.line}:${use.column}-${use.endLine}:${use.endColumn}`;
  const what = use.status === 'resolved' ? use.image : use.status === 'scratch' ? 'scratch' : `${use.status}`;
  return `${use.kind} ${use.stage ?? '-'}${use.final ? '*' : ''} ${what} @${where}`;
}

function images(text: string, buildArgs: Record<string, string> = {}): string[] {
  return extractImages(text, { buildArgs: new Map(Object.entries(buildArgs)) }).images.map(brief);
}

describe('extractImages: FROM', () => {
  it.each<[string, string, string[]]>([
    ['naked image', 'FROM node\n', ['from 0* docker.io/library/node @1:6-1:10']],
    ['tag', 'FROM python:3.12\n', ['from 0* docker.io/library/python:3.12 @1:6-1:17']],
    ['lower-case keyword', 'from python:3.12\n', ['from 0* docker.io/library/python:3.12 @1:6-1:17']],
    [
      'digest and registry port',
      'FROM localhost:5000/img:1@sha256:' + 'a'.repeat(64) + '\n',
      ['from 0* localhost:5000/img:1@sha256:' + 'a'.repeat(64) + ' @1:6-1:98'],
    ],
    [
      'platform flag and stage name',
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM scratch\n',
      ['from build docker.io/library/golang:1.22 @1:32-1:43', 'from 1* scratch @2:6-2:13'],
    ],
    [
      'a FROM naming an earlier stage is not an image, in any case',
      'FROM alpine:3.20 AS Base\nFROM BASE\nRUN true\n',
      ['from Base docker.io/library/alpine:3.20 @1:6-1:17'],
    ],
    [
      'a stage name that shadows an image only counts after its stage',
      'FROM node AS node\nFROM node\n',
      ['from node docker.io/library/node @1:6-1:10'],
    ],
    [
      'a FROM naming a later stage is an image',
      'FROM build\nFROM alpine AS build\n',
      ['from 0 docker.io/library/build @1:6-1:11', 'from build* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'continued over lines',
      'FROM \\\n  python:3.12 \\\n  AS app\n',
      ['from app* docker.io/library/python:3.12 @2:3-2:14'],
    ],
    [
      'a continuation inside the image token joins it',
      'FROM python:3.\\\n12-slim\n',
      ['from 0* docker.io/library/python:3.12-slim @1:6-2:8'],
    ],
    [
      'comment lines inside a continuation are skipped',
      'FROM \\\n# a comment\n\n  ubuntu:24.04\n',
      ['from 0* docker.io/library/ubuntu:24.04 @4:3-4:15'],
    ],
    [
      'CRLF line ends',
      'FROM alpine:3.20 AS a\r\nFROM a\r\n',
      ['from a docker.io/library/alpine:3.20 @1:6-1:17'],
    ],
    [
      'a byte-order mark is not a column',
      '\uFEFFFROM alpine\n',
      ['from 0* docker.io/library/alpine @1:6-1:12'],
    ],
    ['quotes around the image', 'FROM "alpine:3.20"\n', ['from 0* docker.io/library/alpine:3.20 @1:6-1:19']],
    ['scratch', 'FROM scratch\nCOPY app /\n', ['from 0* scratch @1:6-1:13']],
    ['upper case repository is invalid', 'FROM Ubuntu\n', ['from 0* invalid @1:6-1:12']],
    [
      'FROM inside a heredoc body is not an instruction',
      'FROM alpine\nRUN <<EOF\nFROM ubuntu\nEOF\n',
      ['from 0* docker.io/library/alpine @1:6-1:12'],
    ],
    [
      // not by this build, but by every build FROM the image it makes (a later stage of the file too)
      'ONBUILD triggers are judged: every build FROM this image pulls what they name',
      'FROM alpine\nONBUILD COPY --from=busybox / /\n',
      ['from 0* docker.io/library/alpine @1:6-1:12', 'copy-from 0* docker.io/library/busybox @2:21-2:28'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(images(text)).toEqual(expected);
  });

  it('keeps the escape directive: backtick continuations', () => {
    expect(images('# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore:ltsc2022\n')).toEqual([
      'from 0* mcr.microsoft.com/windows/servercore:ltsc2022 @3:3-3:48',
    ]);
  });

  it('reads the raw text as written and the stage it stands in', () => {
    const [use] = extractImages('ARG V=3.12\nFROM python:${V} AS app\n').images;
    expect(use).toMatchObject({
      raw: 'python:${V}',
      stage: 'app',
      final: true,
      tag: '3.12',
      repository: 'library/python',
    });
  });
});

describe('extractImages: variables', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    [
      'TARGETSTAGE is set, to the stage being built',
      'ARG P=${TARGETSTAGE:+ubuntu:22.04}\nFROM ${P:-python:3.12-slim}\n',
      {},
      ['from 0* docker.io/library/ubuntu:22.04 @2:6-2:28'],
    ],
    [
      'TARGETSTAGE is the last stage by name',
      'ARG T=$TARGETSTAGE\nFROM alpine AS build\nFROM alpine:${T} AS Final\n',
      {},
      [
        'from build docker.io/library/alpine @2:6-2:12',
        'from Final* docker.io/library/alpine:final @3:6-3:17',
      ],
    ],
    [
      'global ARG default',
      'ARG TAG=3.20\nFROM alpine:$TAG\n',
      {},
      ['from 0* docker.io/library/alpine:3.20 @2:6-2:17'],
    ],
    [
      'build arg overrides the default',
      'ARG TAG=3.20\nFROM alpine:${TAG}\n',
      { TAG: '3.19' },
      ['from 0* docker.io/library/alpine:3.19 @2:6-2:19'],
    ],
    [
      'build arg for an undeclared name is not seen',
      'FROM alpine${TAG}\n',
      { TAG: ':3.19' },
      ['from 0* docker.io/library/alpine @1:6-1:18'],
    ],
    [
      'an ARG inside a stage never reaches a later FROM',
      'ARG B=alpine:3.20\nFROM $B AS one\nARG B=alpine:3.19\nFROM $B\n',
      {},
      ['from one docker.io/library/alpine:3.20 @2:6-2:8', 'from 1* docker.io/library/alpine:3.20 @4:6-4:8'],
    ],
    [
      'default with :-',
      'ARG X\nFROM ${X:-debian}:bookworm\n',
      {},
      ['from 0* docker.io/library/debian:bookworm @2:6-2:27'],
    ],
    [
      'default with -: empty is a value',
      'ARG X=\nFROM debian${X-:buster}\n',
      {},
      ['from 0* docker.io/library/debian @2:6-2:24'],
    ],
    [
      'alternative with :+',
      'ARG X=1\nFROM debian${X:+:bookworm}\n',
      {},
      ['from 0* docker.io/library/debian:bookworm @2:6-2:27'],
    ],
    [
      'alternative with +',
      'ARG X=\nFROM debian${X+:bookworm}\n',
      {},
      ['from 0* docker.io/library/debian:bookworm @2:6-2:26'],
    ],
    [
      'two ARGs on one line',
      'ARG A=debian B=bookworm\nFROM $A:$B\n',
      {},
      ['from 0* docker.io/library/debian:bookworm @2:6-2:11'],
    ],
    [
      'quoted ARG value',
      'ARG A="debian:bookworm"\nFROM $A\n',
      {},
      ['from 0* docker.io/library/debian:bookworm @2:6-2:8'],
    ],
    [
      'ARG default uses an earlier ARG',
      'ARG V=3.12\nARG IMG=python:${V}-slim\nFROM $IMG\n',
      {},
      ['from 0* docker.io/library/python:3.12-slim @3:6-3:10'],
    ],
    [
      'automatic platform ARGs',
      'FROM --platform=$BUILDPLATFORM tonistiigi/xx:${TARGETARCH}\n',
      {},
      ['from 0* docker.io/tonistiigi/xx:amd64 @1:32-1:59'],
    ],
    [
      'build args do not replace undeclared platform ARGs',
      'FROM img-$TARGETOS-$TARGETARCH\n',
      { TARGETARCH: 'arm64' },
      ['from 0* docker.io/library/img-linux-amd64 @1:6-1:31'],
    ],
    [
      'a declared platform ARG takes a build arg',
      'ARG TARGETARCH\nFROM img-$TARGETOS-$TARGETARCH\n',
      { TARGETARCH: 'arm64' },
      ['from 0* docker.io/library/img-linux-arm64 @2:6-2:31'],
    ],
    [
      'ARG NAME value is two declarations, not a default',
      'ARG V 3.12\nFROM python:$V\n',
      {},
      ['from 0* unresolved @2:6-2:15'],
    ],
    ['declared without value', 'ARG IMG\nFROM $IMG\n', {}, ['from 0* unresolved @2:6-2:10']],
    [
      'declared without value but optional',
      'ARG SUFFIX\nFROM alpine${SUFFIX}\n',
      {},
      ['from 0* docker.io/library/alpine @2:6-2:21'],
    ],
    ['never declared', 'FROM ${BASE_IMAGE}\n', {}, ['from 0* unresolved @1:6-1:19']],
    ['template placeholder', 'FROM {{ .Base }}:1\n', {}, ['from 0* unresolved @1:6-1:8']],
    ['bad expansion', 'FROM ${X\n', {}, ['from 0* unresolved @1:6-1:9']],
  ])('%s', (_name, text, args, expected) => {
    expect(images(text, args)).toEqual(expected);
  });

  it('names the variables that had no value', () => {
    const [use] = extractImages('ARG IMG\nFROM $IMG\n').images;
    expect(use.unsetVariables).toEqual(['IMG']);
    expect(use.error).toMatch(/IMG has no value/);
    const [undeclared] = extractImages('FROM $NOPE\n').images;
    expect(undeclared.error).toMatch(/NOPE is not declared before the first FROM/);
  });

  it('takes the platform from the options', () => {
    const [use] = extractImages('FROM img-$TARGETARCH$TARGETVARIANT\n', {
      platform: { os: 'linux', arch: 'arm', variant: 'v7' },
    }).images;
    expect(use.image).toBe('docker.io/library/img-armv7');
  });

  it('gives the platform ARGs for linux/amd64 by default', () => {
    expect(platformArgs().get('TARGETPLATFORM')).toBe('linux/amd64');
    expect(platformArgs({ os: 'linux', arch: 'arm', variant: 'v7' }).get('BUILDPLATFORM')).toBe(
      'linux/arm/v7',
    );
  });
});

describe('extractImages: COPY --from and RUN --mount from', () => {
  it.each<[string, string, string[]]>([
    [
      'COPY --from an image, among other flags',
      'FROM alpine AS a\nFROM scratch\nCOPY --chown=1:1 --from=busybox:1.36 --link /bin/sh /sh\n',
      [
        'from a docker.io/library/alpine @1:6-1:12',
        'from 1* scratch @2:6-2:13',
        'copy-from 1* docker.io/library/busybox:1.36 @3:25-3:37',
      ],
    ],
    [
      'ONBUILD triggers: what they pull when a stage is built FROM this one',
      'FROM python:3.12-slim AS base\nONBUILD COPY --from=ubuntu:22.04 /a /b\nonbuild run --mount=type=bind,from=busybox,target=/x true\nONBUILD COPY --from=base / /\nFROM base\n',
      [
        'from base docker.io/library/python:3.12-slim @1:6-1:22',
        'copy-from base docker.io/library/ubuntu:22.04 @2:21-2:33',
        'mount-from base docker.io/library/busybox @3:36-3:43',
      ],
    ],
    [
      'COPY --from a stage name, any case',
      'FROM alpine AS Build\nFROM scratch\nCOPY --from=build / /\n',
      ['from Build docker.io/library/alpine @1:6-1:12', 'from 1* scratch @2:6-2:13'],
    ],
    [
      'COPY --from a stage index',
      'FROM alpine\nFROM scratch\nCOPY --from=0 / /\n',
      ['from 0 docker.io/library/alpine @1:6-1:12', 'from 1* scratch @2:6-2:13'],
    ],
    [
      'COPY --from a later stage name',
      'FROM scratch AS a\nCOPY --from=b / /\nFROM alpine AS b\n',
      ['from a scratch @1:6-1:13', 'from b* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'COPY --from quoted',
      'FROM scratch\nCOPY --from="gcr.io/distroless/static:nonroot" / /\n',
      ['from 0* scratch @1:6-1:13', 'copy-from 0* gcr.io/distroless/static:nonroot @2:14-2:46'],
    ],
    [
      'COPY --from with a variable is not expanded',
      'ARG X=alpine\nFROM scratch\nCOPY --from=$X / /\n',
      ['from 0* scratch @2:6-2:13', 'copy-from 0* unresolved @3:13-3:15'],
    ],
    [
      'RUN --mount from an image',
      'FROM alpine\nRUN --mount=type=bind,from=ghcr.io/astral-sh/uv:0.4,source=/uv,target=/bin/uv uv --version\n',
      ['from 0* docker.io/library/alpine @1:6-1:12', 'mount-from 0* ghcr.io/astral-sh/uv:0.4 @2:28-2:52'],
    ],
    [
      'RUN --mount from a stage',
      'FROM alpine AS b\nFROM alpine\nRUN --mount=from=b,target=/x true\n',
      ['from b docker.io/library/alpine @1:6-1:12', 'from 1* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'RUN with two mounts, the second one from an image, continued',
      'FROM alpine\nRUN --mount=type=cache,target=/root/.cache \\\n    --mount=type=bind,FROM=busybox,target=/b \\\n    true\n',
      ['from 0* docker.io/library/alpine @1:6-1:12', 'mount-from 0* docker.io/library/busybox @3:28-3:35'],
    ],
    [
      'the flag on the line after the keyword',
      'FROM alpine\nRUN \\\n  --mount=from=busybox,target=/b true\nCOPY\t\\\n# a comment\n\t--from=nginx / /\n',
      [
        'from 0* docker.io/library/alpine @1:6-1:12',
        'mount-from 0* docker.io/library/busybox @3:16-3:23',
        'copy-from 0* docker.io/library/nginx @6:9-6:14',
      ],
    ],
    [
      'words that look like flags after the first argument are no flags',
      'FROM alpine\nRUN echo --mount=from=busybox\nCOPY a --from=nginx /\n',
      ['from 0* docker.io/library/alpine @1:6-1:12'],
    ],
    [
      'the flag after a backtick continuation',
      '# escape=`\nFROM alpine\nCOPY `\n  --from=nginx / /\n',
      ['from 0* docker.io/library/alpine @2:6-2:12', 'copy-from 0* docker.io/library/nginx @4:10-4:15'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(images(text)).toEqual(expected);
  });
});

describe('extractImages: syntax directive', () => {
  it.each<[string, string, string[]]>([
    [
      'first line',
      '# syntax=docker/dockerfile:1\nFROM alpine\n',
      ['syntax - docker.io/docker/dockerfile:1 @1:10-1:29', 'from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'spaces and case',
      '#   SYNTAX = docker/dockerfile:1.7  \nFROM alpine\n',
      ['syntax - docker.io/docker/dockerfile:1.7 @1:14-1:35', 'from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'after another directive',
      '# escape=`\n# syntax=docker/dockerfile:1\nFROM alpine\n',
      ['syntax - docker.io/docker/dockerfile:1 @2:10-2:29', 'from 0* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'not after a comment, also when a later line holds "="',
      '# hello\n# syntax=docker/dockerfile:1\nFROM alpine\nENV A=1\n',
      ['from 0* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'after a #! line that holds no "="',
      '#!/usr/bin/env build\n# syntax=docker/dockerfile:1\nFROM alpine\n',
      ['syntax - docker.io/docker/dockerfile:1 @2:10-2:29', 'from 0* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'not after a comment',
      '# hello\n# syntax=docker/dockerfile:1\nFROM alpine\n',
      ['from 0* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'not after an instruction',
      'FROM alpine\n# syntax=docker/dockerfile:1\n',
      ['from 0* docker.io/library/alpine @1:6-1:12'],
    ],
    // the frontend selection looks harder than the parser does
    [
      'after a #! line',
      '#!/usr/bin/env buildx\n# syntax=evil/frontend:1\nFROM alpine\n',
      ['syntax - docker.io/evil/frontend:1 @2:10-2:25', 'from 0* docker.io/library/alpine @3:6-3:12'],
    ],
    [
      'as a // comment',
      '//syntax=evil/frontend:1\nFROM alpine\n',
      ['syntax - docker.io/evil/frontend:1 @1:10-1:25', 'from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    ['in a JSON file', '{"syntax": "evil/frontend:1"}\n', ['syntax - docker.io/evil/frontend:1 @1:13-1:28']],
    [
      'with a form feed for a space',
      '#\fsyntax\f=evil/frontend:1\nFROM alpine\n',
      ['syntax - docker.io/evil/frontend:1 @1:11-1:26', 'from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'the image is the value up to its first space',
      '# syntax=docker/dockerfile:1 option=x\nFROM alpine\n',
      ['syntax - docker.io/docker/dockerfile:1 @1:10-1:29', 'from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'not indented: the frontend selection takes lines as they are',
      '  # syntax=docker/dockerfile:1\nFROM alpine\n',
      ['from 0* docker.io/library/alpine @2:6-2:12'],
    ],
    [
      'an escape directive with a form feed sets the escape character',
      '#\fescape=`\nRUN echo \\\nFROM ubuntu:22.04\n',
      ['from 0* docker.io/library/ubuntu:22.04 @3:6-3:18'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(images(text)).toEqual(expected);
  });
});

describe('extractImages: warnings', () => {
  it.each<[string, string, RegExp]>([
    ['empty file', '', /no instructions/],
    ['no FROM', 'RUN true\n', /no FROM/],
    ['FROM with two words', 'FROM a b\n', /one or three arguments/],
    ['bad stage name', 'FROM alpine AS 1st\n', /invalid stage name/],
    ['bad escape directive', '# escape=x\nFROM alpine\n', /invalid escape token/],
    ['bad mount CSV', 'FROM alpine\nRUN --mount=type=bind,from=a\\"b true\n', /--mount/],
  ])('%s', (_name, text, message) => {
    expect(
      extractImages(text)
        .warnings.map((w) => w.message)
        .join('\n'),
    ).toMatch(message);
  });
});
