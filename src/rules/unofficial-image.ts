import { entryNames } from '../policy/match.js';
import type { ImageRule } from './rule.js';

export const unofficialImage: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'unofficial-image',
  severity: 'warning',
  description:
    'A Docker Hub image outside the official library (and outside verified publishers) that no approved entry names.',
  help: {
    text:
      'Anyone can publish under their own Docker Hub name; official images are reviewed and rebuilt for security ' +
      'fixes. Use the official image, or approve this one by name in the policy if the team trusts its publisher.',
    bad: 'FROM someuser/python:3.12',
    good: 'FROM python:3.12-slim',
  },
  check({ use, display, policy, catalog }) {
    if (use.status !== 'resolved' || use.registry !== 'docker.io' || use.repository === null) return null;
    if (use.repository.startsWith('library/')) return null;
    const namespace = use.repository.slice(0, use.repository.indexOf('/'));
    if (catalog.verifiedPublishers.has(namespace)) return null;
    if (policy.approved.some((list) => list.entries.some((e) => entryNames(e, use)))) return null;
    return {
      message: `${display} is published by the Docker Hub user "${namespace}", not an official image; approve it by name in the policy if you trust that publisher`,
    };
  },
};
