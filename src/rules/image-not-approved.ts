import { admittingEntries, entryNames } from '../policy/match.js';
import { approvedAlternatives } from '../suggest/alternatives.js';
import { listOf } from './names.js';
import { isConcrete } from '../suggest/rewrite.js';
import type { ImageRule } from './rule.js';

export const imageNotApproved: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'image-not-approved',
  severity: 'error',
  description: 'The policy lists approved images and this image is not among them (or not for this stage).',
  help: {
    text:
      'When a policy has an `approved` list, every image must match one of its entries; an entry with `stages` ' +
      'allows its image only in those stages (`build` stages, or the `final` stage that ships). Use one of the ' +
      'approved images, or ask for the image to be approved.',
    bad: 'FROM python:3.12',
    good: 'FROM python:3.12-slim',
  },
  check({ use, display, ships, policy, catalog }) {
    if (use.status !== 'resolved' && use.status !== 'scratch') return null;
    for (const list of policy.approved) {
      if (admittingEntries(list, use, ships).length > 0) continue;
      const alternatives = approvedAlternatives(policy, catalog, use, ships);
      const approved = alternatives.length ? `; approved: ${listOf(alternatives)}` : '';
      // a replacement line only for an image of the same family: node is no drop-in for centos
      const concrete = approvedAlternatives(policy, catalog, use, ships, { relatedOnly: true }).filter(
        isConcrete,
      );
      const replace = concrete.length ? { reference: concrete[0], alternatives: concrete.slice(1, 4) } : null;
      if (list.entries.some((e) => entryNames(e, use))) {
        const where = ships ? 'the shipped stage' : 'build stages';
        return {
          message: `${display} is approved only for ${ships ? 'build stages' : 'the shipped stage'}, not for ${where}${approved}`,
        };
      }
      return { message: `${display} is not approved${approved}`, replace };
    }
    return null;
  },
};
