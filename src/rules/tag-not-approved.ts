import { admittingEntries, effectiveTag, tagAllows } from '../policy/match.js';
import { approvedTagsFor } from '../suggest/alternatives.js';
import { listOf } from './names.js';
import { isConcrete } from '../suggest/rewrite.js';
import type { ImageRule } from './rule.js';

export const tagNotApproved: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'tag-not-approved',
  severity: 'error',
  description: 'The image is approved, but only with certain tags, and this tag is not one of them.',
  help: {
    text:
      'An approved entry with `tags` allows only those tags (`*` matches any run of characters within a tag). ' +
      'Move to one of the approved tags; the message lists the nearest.',
    bad: 'FROM python:3.12',
    good: 'FROM python:3.12-slim',
  },
  check({ use, display, ships, policy }) {
    if (use.status !== 'resolved') return null;
    const tag = effectiveTag(use);
    for (const list of policy.approved) {
      const entries = admittingEntries(list, use, ships);
      // no entry: image-not-approved speaks for it
      if (entries.length === 0) return null;
      if (entries.some((e) => tagAllows(e, tag))) continue;
      // pinned by digest only: the tag cannot be checked, but an approved digest vouches for the image
      if (
        tag === null &&
        use.digest !== null &&
        entries.some((e) => e.digests?.includes(use.digest as string))
      )
        continue;
      const tags = approvedTagsFor(policy, use, ships);
      const approved = listOf(tags, 4);
      const concrete = tags.filter(isConcrete);
      const what =
        use.tag === null
          ? use.digest === null
            ? 'has no tag (so it pulls latest)'
            : 'is pinned by digest alone, so its tag cannot be checked'
          : `has tag ${use.tag}, which is not approved`;
      return {
        message: `${display} ${what}; approved: ${approved}`,
        replace: concrete.length
          ? { reference: concrete[0], alternatives: concrete.slice(1, 4), safe: true }
          : null,
      };
    }
    return null;
  },
};
