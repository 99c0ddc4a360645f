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

// Renovate marks its last extracted dependency "final" and all others "stage", whatever stage they stand in; Docker
// ships the last stage. Only the syntax directive is compared as a kind here; extract.test.ts checks `final`.
function kindOf(depType: string): string {
  return depType === 'syntax' ? 'syntax' : 'image';
}

/** What we report, in Renovate's terms: normalised name, tag, digest and kind. */
function ours(use: ImageUse): string {
  const depType = kindOf(use.kind === 'syntax' ? 'syntax' : 'from');
  if (use.status !== 'resolved') return `${use.status} ${depType}`;
  return `${use.registry}/${use.repository} ${use.tag} ${use.digest} ${depType}`;
}

/** Renovate's expected entry, as Docker would judge the same reference. */
function theirs(e: Expected): string {
  if (e.skipReason === 'contains-variable') return `unresolved ${kindOf(e.depType)}`;
  const written = `${e.packageName ?? ''}${e.tag ? `:${e.tag}` : ''}${e.digest ? `@${e.digest}` : ''}`;
  const parsed = parseImageReference(written);
  // Renovate accepts references Docker refuses (short digests such as sha256:abc, upper case in a name)
  if (!parsed.ok) return `invalid ${kindOf(e.depType)}`;
  return `${parsed.ref.registry}/${parsed.ref.repository} ${e.tag} ${e.digest} ${kindOf(e.depType)}`;
}

function dockerRefuses(c: Case): boolean {
  return c.expected.some((e) => !e.skipReason && theirs(e).startsWith('invalid'));
}

/** Cases where Docker's answer differs from Renovate's, with Docker's answer. */
const DOCKER_ANSWERS: Record<string, { why: string; answer: string[] }> = {
  'handles FROM with overwritten ARG value': {
    why: 'an ARG declared inside a stage never reaches a later FROM',
    answer: ['docker.io/library/nginx 1.19 null image', 'docker.io/library/nginx 1.19 null image'],
  },
  'handles FROM with multiple ARG values': {
    why: 'ARG NAME value declares two ARGs without defaults, so the tag ends in "-" (LINUX_VERSION has no value)',
    answer: ['docker.io/nvidia/cuda 9.2-devel- null image'],
  },
  'extracts images from multi-line ARG statements': {
    why: 'nginx_version is declared inside a stage, so the second FROM expands to nothing',
    answer: ['docker.io/library/alpine 3.15.4 null image', 'unresolved image'],
  },
  'handles an alternative escape character': {
    why: 'nginx_version is declared inside a stage; sha256:abcdef is not a valid digest either way',
    answer: [
      'docker.io/docker/dockerfile 1 null syntax',
      'docker.io/library/alpine 3.15.4 null image',
      'unresolved image',
      'docker.io/library/image5 null null image',
      'docker.io/library/image12 null null image',
    ],
  },
  'ignores parser directives in wrong order': {
    why: 'a continuation joins "FROM" and "nginx:1.20" into one unknown instruction without a space',
    answer: [],
  },
};

describe('Renovate extractor cases', () => {
  const table = cases.map((c) => {
    const short = c.name.replace(/^.*> /, '');
    const departure = DOCKER_ANSWERS[short];
    const title = departure
      ? `${short} (Renovate departs from Docker; Docker's answer: ${departure.why})`
      : dockerRefuses(c)
        ? `${short} (Renovate departs from Docker; Docker refuses the reference as invalid)`
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
    // registry aliases are a Renovate setting: Docker pulls the name as written, which packageName keeps
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
