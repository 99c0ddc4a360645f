import { admittingEntries, effectiveTag, tagAllows } from '../policy/match.js';
import { tagKey } from '../resolve/digests.js';
import { listOf } from './names.js';
import type { ImageRule } from './rule.js';

export const digestNotApproved: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'digest-not-approved',
  severity: 'error',
  description: 'The approved entry lists the digests it allows, and the pinned digest is not one of them.',
  help: {
    text:
      'An approved entry with `digests` allows only images pinned to those exact digests: the platform team has ' +
      'vetted those builds. Pin one of the listed digests.',
    bad: 'FROM python:3.12-slim@sha256:1111111111111111111111111111111111111111111111111111111111111111',
    good: 'FROM python:3.12-slim@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
  },
  check({ use, display, ships, policy, digests }) {
    if (use.status !== 'resolved' || use.digest === null) return null;
    const tag = effectiveTag(use);
    for (const list of policy.approved) {
      const entries = admittingEntries(list, use, ships).filter((e) => tag === null || tagAllows(e, tag));
      if (entries.length === 0) continue;
      // an index digest and its platform images' digests name the same tag
      const key = tagKey(use);
      const fact = key ? digests?.get(key) : undefined;
      const sameImage = (approved: string): boolean =>
        approved === use.digest ||
        (fact !== undefined &&
          ((approved === fact.current && fact.platforms.includes(use.digest as string)) ||
            (use.digest === fact.current && fact.platforms.includes(approved))));
      if (entries.some((e) => e.digests === null || e.digests.some(sameImage))) continue;
      const allowed = [...new Set(entries.flatMap((e) => e.digests ?? []))];
      return {
        message: `${display} is pinned to ${use.digest}, which is not an approved digest; approved: ${listOf(allowed, 2)}`,
      };
    }
    return null;
  },
};
