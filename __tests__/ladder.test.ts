import { describe, expect, it } from '@jest/globals';
import { analyzeStages, execForm, shippedKeywords } from '../src/analyze/stages.js';
import { shippedStages } from '../src/evaluate.js';
import { builtInCatalog } from '../src/catalog.js';
import { alpineMusl } from '../src/rules/alpine-musl.js';
import { suggestDistroless } from '../src/rules/suggest-distroless.js';
import { suggestScratch } from '../src/rules/suggest-scratch.js';
import { suggestSlim } from '../src/rules/suggest-slim.js';
import { findingsOf, scanned, testRule } from './helpers/rule-tester.js';

const catalog = builtInCatalog();

describe('stage analysis', () => {
  it('reads what each stage needs', () => {
    const facts = analyzeStages(
      scanned(
        'FROM golang:1.25 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n' +
          'FROM alpine:3.22\nCOPY --from=build /out/app /app\nHEALTHCHECK NONE\nENTRYPOINT ["/app"]\n',
      ),
    );
    expect(
      facts.map((f) => ({
        shell: f.needsShell,
        static: f.staticBuild,
        exec: f.execEntrypoint,
        from: f.copiesFrom,
      })),
    ).toEqual([
      { shell: ['RUN'], static: ['CGO_ENABLED=0 go build'], exec: false, from: [] },
      { shell: [], static: [], exec: true, from: [0] },
    ]);
  });

  it.each([
    ['CMD node server.js', 'CMD in shell form'],
    ['ENTRYPOINT ["/docker-entrypoint.sh"]', 'ENTRYPOINT runs a shell script'],
    ['ENTRYPOINT ["/app/build/install/svc/bin/svc"]', 'ENTRYPOINT runs a shell script'],
    ['HEALTHCHECK --interval=5s CMD curl -f http://localhost/', 'HEALTHCHECK runs a command'],
    ['SHELL ["/bin/bash", "-c"]', 'SHELL'],
    ['RUN <<EOF\napt-get update\nEOF', 'RUN'],
    ['ONBUILD RUN npm install', 'ONBUILD'],
  ])('%j needs a shell', (instruction, reason) => {
    expect(analyzeStages(scanned(`FROM debian:bookworm\n${instruction}\n`))[0].needsShell).toEqual([reason]);
  });

  it('reads instructions continued over lines, and copies only from stages', () => {
    const [, last] = analyzeStages(
      scanned(
        'FROM golang:1.25 AS build\nRUN go build -o /out/app .\n' +
          'FROM alpine:3.22\nCOPY go.mod \\\n  /src/\nCOPY \\\n  --from=build /out/app /app\n' +
          'ENTRYPOINT ["/app", \\\n  "serve"]\n',
      ),
    );
    expect(last.copiesFrom).toEqual([0]);
    expect(last.copiedPaths).toEqual(['/out/app']);
    expect(last.execEntrypoint).toBe(true);
    expect(last.needsShell).toEqual([]);
  });

  it('reads the instructions of a file that starts with a byte-order mark', () => {
    const [stage] = analyzeStages(scanned('\ufeffFROM debian:bookworm\nRUN make install\nCMD ["/app"]\n'));
    expect(stage.runs).toEqual(['make install']);
    expect(stage.execEntrypoint).toBe(true);
  });

  it.each([
    ['FROM debian:bookworm\nRUN make\nCMD ["/app"]\n', { needsShell: true, entrypoint: true }],
    [
      'FROM golang:1.25 AS build\nRUN go build\nCMD ["/x"]\nFROM alpine:3.22\nCOPY --from=build /a /a\n',
      { needsShell: false, entrypoint: false },
    ],
    [
      'FROM golang:1.25 AS build\nRUN go build\nFROM alpine:3.22\nENTRYPOINT ["/a"]\n',
      { needsShell: false, entrypoint: true },
    ],
    [
      'FROM node:22 AS base\nRUN npm ci\nFROM base\nCMD ["node", "a.js"]\n',
      { needsShell: true, entrypoint: true },
    ],
    ['FROM alpine:3.22\nONBUILD COPY . /app\nENTRYPOINT ["/a"]\n', { needsShell: true, entrypoint: true }],
    ['FROM alpine:3.22\nSHELL ["/bin/ash", "-c"]\n', { needsShell: true, entrypoint: false }],
    ['ARG X\nRUN true\n', { needsShell: false, entrypoint: false }],
  ])('reads the shipped stages of %j by their keywords', (text, expected) => {
    const file = scanned(text);
    expect(shippedKeywords(file, shippedStages(file.stages))).toEqual(expected);
  });

  it('tells exec form from shell form', () => {
    expect(execForm('["a", "b c"]')).toEqual(['a', 'b c']);
    expect(execForm('[a, b]')).toBeNull();
    expect(execForm('a b')).toBeNull();
  });
});

describe('suggest-slim', () => {
  testRule(suggestSlim, {
    valid: [
      { name: 'already slim', dockerfile: 'FROM python:3.12-slim\nCMD ["python"]\n', catalog },
      {
        name: 'a build stage does not ship',
        dockerfile: 'FROM python:3.12 AS build\nRUN pip wheel .\nFROM python:3.12-slim\n',
        catalog,
      },
      {
        name: 'uses tools only the full image has, installs none',
        dockerfile: 'FROM python:3.12\nRUN git clone https://x/y && make -C y\n',
        catalog,
      },
      {
        name: 'nginx has no glibc slim: alpine-slim is another C library',
        dockerfile: 'FROM nginx:1.27.4\n',
        catalog,
      },
      { name: 'an ONBUILD image', dockerfile: 'FROM node:22\nONBUILD RUN npm install\n', catalog },
      { name: 'not in the catalog', dockerfile: 'FROM ghcr.io/acme/app:1\n', catalog },
      {
        name: 'the policy does not approve the slim image',
        dockerfile: 'FROM python:3.12\n',
        policy: 'approved: [{ image: python, tags: ["3.12"] }]\n',
        catalog,
      },
    ],
    invalid: [
      {
        dockerfile: 'FROM python:3.12\nRUN pip install -r requirements.txt\nCMD ["gunicorn", "app:app"]\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /^python:3\.12 ships a full distribution; python:3\.12-slim keeps glibc.* \(about \d+ MB down to \d+ MB compressed\)$/,
            severity: 'notice',
            suggestion: 'FROM python:3.12-slim',
          },
        ],
      },
      {
        name: 'the final stage built FROM a stage that names the image',
        dockerfile:
          'FROM debian:bookworm AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nCMD ["curl", "--version"]\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message: /debian:bookworm-slim/,
            suggestion: 'FROM debian:bookworm-slim AS base',
          },
        ],
      },
      {
        name: 'eclipse-temurin: the JDK ships, the JRE is its slim rung',
        dockerfile: 'FROM eclipse-temurin:21\nCOPY app.jar /app.jar\nRUN true\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message: /eclipse-temurin:21-jre/,
            suggestion: 'FROM eclipse-temurin:21-jre',
          },
        ],
      },
    ],
  });
});

describe('suggest-distroless', () => {
  testRule(suggestDistroless, {
    valid: [
      {
        name: 'RUN in the shipped stage',
        dockerfile: 'FROM node:22-slim\nRUN npm ci\nCMD ["node", "server.js"]\n',
        catalog,
      },
      { name: 'shell-form CMD', dockerfile: 'FROM node:22-slim\nCMD node server.js\n', catalog },
      {
        name: 'no distroless image for this line',
        dockerfile: 'FROM node:20-slim\nCMD ["node", "server.js"]\n',
        catalog,
      },
      {
        name: 'nothing runs that the Dockerfile names',
        dockerfile: 'FROM node:22-slim\nCOPY . /app\n',
        catalog,
      },
      {
        name: 'a static binary is for suggest-scratch',
        dockerfile:
          'FROM golang:1.25 AS b\nRUN CGO_ENABLED=0 go build -o /app\nFROM alpine:3.22\nCOPY --from=b /app /app\nENTRYPOINT ["/app"]\n',
        catalog,
      },
    ],
    invalid: [
      {
        dockerfile:
          'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]\n',
        catalog,
        errors: [
          {
            line: 3,
            column: 6,
            message:
              /can ship on gcr\.io\/distroless\/nodejs22-debian13:nonroot.*debug with gcr\.io\/distroless\/nodejs22-debian13:debug-nonroot/,
            suggestion: 'FROM gcr.io/distroless/nodejs22-debian13:nonroot',
          },
        ],
      },
    ],
  });
});

describe('suggest-scratch', () => {
  const go = 'FROM golang:1.25 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\n';
  testRule(suggestScratch, {
    valid: [
      {
        name: 'cgo on',
        dockerfile:
          'FROM golang:1.25 AS build\nRUN go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
        catalog,
      },
      {
        name: 'the shipped stage runs a command',
        dockerfile: `${go}FROM alpine:3.22\nRUN apk add ca-certificates\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
        catalog,
      },
      {
        name: 'already on scratch',
        dockerfile: `${go}FROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
        catalog,
      },
      {
        name: 'an application image may hold what the binary calls',
        dockerfile: `${go}FROM ghcr.io/acme/scanner:1\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`,
        catalog,
      },
    ],
    invalid: [
      {
        dockerfile: `${go}FROM alpine:3.22 AS run\nCOPY --from=build /out/app /app\nUSER 65532\nENTRYPOINT ["/app"]\n`,
        catalog,
        errors: [
          {
            line: 3,
            column: 6,
            message: /binary built statically \(CGO_ENABLED=0 go build\).*CA certificates.*non-root USER/,
            suggestion: 'FROM scratch AS run',
          },
        ],
      },
      {
        name: 'a Rust musl target',
        dockerfile:
          'FROM rust:1.90 AS b\nRUN cargo build --release --target x86_64-unknown-linux-musl\nFROM debian:bookworm-slim\nCOPY --from=b /t/app /app\nCMD ["/app"]\n',
        catalog,
        errors: [{ line: 3, column: 6, message: /a Rust musl target/ }],
      },
    ],
  });
});

describe('alpine-musl', () => {
  it.each([
    'apk add --no-cache gcompat',
    'apk add libc6-compat',
    'wget https://example.com/glibc-2.35-r1.apk',
    'wget https://example.com/tool-x86_64-linux-gnu.tar.gz',
    'wget https://example.com/pkg-1.0-cp312-manylinux2014_x86_64.whl',
    'wget https://github.com/sgerrand/alpine-pkg-glibc/releases/download/2.35-r1/glibc-2.35-r1.apk',
    'pip install tensorflow',
    'pip install torch',
    'pip3 install jaxlib',
    'pip install onnxruntime',
    'pip install opencv-python',
    'pip install ray',
    'npm install node-sass',
    'npm i canvas',
    'npm ci grpc',
  ])('finds the sign in RUN %s', (command) => {
    const found = findingsOf({ dockerfile: `FROM python:3.12-alpine\nRUN ${command}\n`, catalog }, [
      alpineMusl,
    ]);
    expect(found.map((f) => f.rule)).toEqual(['alpine-musl']);
  });

  testRule(alpineMusl, {
    valid: [
      { dockerfile: 'FROM python:3.12-alpine\nRUN pip install flask\n', catalog },
      {
        name: 'glibc content on a glibc image',
        dockerfile: 'FROM python:3.12-slim\nRUN pip install torch\n',
        catalog,
      },
      {
        name: 'the words in a RUN of another stage, neither the alpine one nor built on it',
        dockerfile:
          'FROM python:3.12 AS build\nRUN pip install torch\nFROM python:3.12-alpine\nCOPY --from=build /w /w\n',
        catalog,
      },
      {
        name: 'a word that holds a sign word (array, not ray)',
        dockerfile: 'FROM python:3.12-alpine\nRUN pip install xarray && echo gray\n',
        catalog,
      },
      {
        name: 'the words outside RUN instructions',
        dockerfile:
          'FROM python:3.12-alpine\n# pip install torch, not here\nLABEL note="pip install torch"\n',
        catalog,
      },
    ],
    invalid: [
      {
        dockerfile: 'FROM python:3.12-alpine\nRUN pip install torch\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /musl-based, and the stage pip installs a package published without musl wheels; use python:3\.12-slim/,
            severity: 'warning',
            suggestion: 'FROM python:3.12-slim',
          },
        ],
      },
      {
        name: 'a compatibility layer, in a stage built on the alpine one',
        dockerfile: 'FROM node:22-alpine AS base\nFROM base\nRUN apk add --no-cache libc6-compat\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message: /installs a glibc compatibility layer/,
            suggestion: 'FROM node:22-slim AS base',
          },
        ],
      },
      {
        name: 'signs of the stage and of one built on it, in order, each once, flags left out',
        dockerfile:
          'FROM node:22-alpine AS base\nRUN --mount=type=cache,target=/root/.npm npm i canvas\n' +
          'FROM python:3.12 AS other\nRUN apk add gcompat\n' +
          'FROM base\nRUN apk add gcompat && npm i canvas\nRUN <<EOF\npip install torch\nEOF\n',
        catalog,
        errors: [
          {
            line: 1,
            column: 6,
            message:
              /the stage npm installs a native module without musl builds, installs a glibc compatibility layer \(gcompat or libc6-compat\), pip installs a package published without musl wheels; use node:22-slim/,
          },
        ],
      },
      {
        name: 'a file that starts with a byte-order mark',
        dockerfile: '\ufeffFROM python:3.12-alpine\nRUN pip install torch\n',
        catalog,
        errors: [{ line: 1, column: 6, message: /without musl wheels/, suggestion: 'FROM python:3.12-slim' }],
      },
      {
        name: 'alpine itself',
        dockerfile: 'FROM alpine:3.22\nRUN wget https://example.com/tool-x86_64-linux-gnu.tar.gz\n',
        catalog,
        errors: [{ line: 1, column: 6, message: /downloads a glibc build; use a glibc/, suggestion: null }],
      },
    ],
  });
});
