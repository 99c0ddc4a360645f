// Renovate's Dockerfile extractor cases, judged by Docker's semantics. Where Renovate departs from what Docker and
// BuildKit do, the test asserts Docker's answer and its name says so.
import { describe, expect, it } from '@jest/globals';
import { extractImages } from '../src/extract/extract.js';
import { parseImageReference } from '../src/reference.js';
import type { ImageUse } from '../src/types.js';
import { readJsonl } from './helpers/conformance.js';

interface Expected {
  image: string | null;
  packageName: string | null;
  tag: string | null;
  digest: string | null;
  depType: 'final' | 'stage' | 'syntax';
  skipReason?: string;
}
interface Case {
  name: string;
  dockerfile: string;
  config: Record<string, unknown>;
  expected: Expected[];
  expected_null?: boolean;
  note?: string;
}

const cases = readJsonl<Case>('conformance', 'renovate-extract-cases.jsonl');

/** What we report, in Renovate's terms: normalised name, tag, digest and dependency type. */
function ours(use: ImageUse): string {
  const depType = use.kind === 'syntax' ? 'syntax' : use.final ? 'final' : 'stage';
  if (use.status !== 'resolved') return `${use.status} ${depType}`;
  return `${use.registry}/${use.repository} ${use.tag} ${use.digest} ${depType}`;
}

function theirs(e: Expected): string {
  if (e.skipReason === 'contains-variable') return `unresolved ${e.depType}`;
  const parsed = parseImageReference(e.packageName ?? '');
  if (!parsed.ok) throw new Error(`case data: ${e.packageName}: ${parsed.error}`);
  return `${parsed.ref.registry}/${parsed.ref.repository} ${e.tag} ${e.digest} ${e.depType}`;
}

/** Cases where Docker's answer differs from Renovate's, with Docker's answer. */
const DOCKER_ANSWERS: Record<string, { why: string; answer: string[] }> = {
  'handles FROM with overwritten ARG value': {
    why: 'an ARG declared inside a stage never reaches a later FROM',
    answer: ['docker.io/library/nginx 1.19 null stage', 'docker.io/library/nginx 1.19 null final'],
  },
  'handles FROM with multiple ARG values': {
    why: 'ARG NAME value declares two ARGs without defaults, so the tag ends in "-"',
    answer: ['unresolved final'],
  },
  'extracts images from multi-line ARG statements': {
    why: 'nginx_version is declared inside a stage, so the second FROM expands to nothing',
    answer: ['docker.io/library/alpine 3.15.4 null stage', 'unresolved final'],
  },
  'handles an alternative escape character': {
    why: 'nginx_version is declared inside a stage; sha256:abcdef is not a valid digest either way',
    answer: [
      'docker.io/docker/dockerfile 1 null syntax',
      'docker.io/library/alpine 3.15.4 null stage',
      'unresolved stage',
      'docker.io/library/image5 null null stage',
      'docker.io/library/image12 null null final',
    ],
  },
  'ignores parser directives in wrong order': {
    why: 'a continuation joins "FROM" and "nginx:1.20" into one unknown instruction without a space',
    answer: [],
  },
};

/** Renovate settings with no Docker counterpart (registry aliases rewrite names for its own look-ups). */
function usesRenovateOnlyConfig(c: Case): boolean {
  return 'registryAliases' in c.config;
}

describe('Renovate extractor cases', () => {
  const table = cases.map((c) => {
    const short = c.name.replace(/^.*> /, '');
    const departure = DOCKER_ANSWERS[short];
    const title = departure
      ? `${short} (Renovate departs from Docker; Docker's answer: ${departure.why})`
      : short;
    return [title, short, c] as const;
  });
  it.each(table)('%s', (_title, short, c) => {
    const found = extractImages(c.dockerfile)
      .images.filter((u) => u.status !== 'scratch')
      .map(ours);
    const departure = DOCKER_ANSWERS[short];
    if (departure) {
      expect(found).toEqual(departure.answer);
      return;
    }
    if (c.expected_null) {
      expect(found).toEqual([]);
      return;
    }
    if (usesRenovateOnlyConfig(c)) {
      // Docker pulls the name as written; compare with the name before Renovate's alias rewrite
      expect(found).toEqual(
        c.expected.map((e) => {
          const parsed = parseImageReference(e.packageName ?? '');
          return parsed.ok ? theirs(e) : `invalid ${e.depType}`;
        }),
      );
      return;
    }
    expect(found).toEqual(c.expected.map(theirs));
  });

  it('has a Docker answer for every case whose note says Renovate departs from Docker', () => {
    const departures = cases
      .filter((c) => c.note && /Docker|BuildKit/i.test(c.note))
      .map((c) => c.name.replace(/^.*> /, ''));
    for (const name of Object.keys(DOCKER_ANSWERS))
      expect(cases.some((c) => c.name.endsWith(name))).toBe(true);
    expect(departures.length).toBeGreaterThan(0);
  });
});
