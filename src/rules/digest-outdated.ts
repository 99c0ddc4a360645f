import { tagKey } from '../resolve/digests.js';
import type { ImageRule } from './rule.js';

export const digestOutdated: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'digest-outdated',
  severity: 'notice',
  description: 'The pinned digest is no longer what its tag points to (registry look-ups on).',
  help: {
    text:
      'The tag has moved on, usually to a rebuild with security fixes, and the pin still holds the old image. ' +
      'Move the pin to the current digest (`base-image-policy fix --pin`). A pin to one platform image of the ' +
      "tag's multi-platform index counts as current.",
    bad: 'FROM python:3.12-slim@sha256:<an older digest>',
    good: 'FROM python:3.12-slim@sha256:<the digest the tag points to now>',
  },
  check({ use, display, digests }) {
    if (use.status !== 'resolved' || use.digest === null || !digests) return null;
    const key = tagKey(use);
    const fact = key ? digests.get(key) : undefined;
    if (!fact || fact.current === use.digest || fact.platforms.includes(use.digest)) return null;
    const repinned = `${display.slice(0, display.lastIndexOf('@'))}@${fact.current}`;
    return {
      message: `${display}: the tag ${use.tag} now points to ${fact.current}`,
      replace: { reference: repinned, safe: true, pin: true },
    };
  },
};
