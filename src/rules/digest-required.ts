import { tagKey } from '../resolve/digests.js';
import type { ImageRule } from './rule.js';

export const digestRequired: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'digest-required',
  // an error when the policy sets require-digest
  severity: 'warning',
  description:
    'The image is not pinned by digest, so the same Dockerfile can build on different images over time.',
  help: {
    text:
      'A tag can be moved to another image at any time; a digest cannot. Pin the image as image:tag@sha256:… ' +
      '(keep the tag for people, the digest decides) and let an update bot move the pin. With `require-digest: ' +
      'true` this is an error.',
    bad: 'FROM python:3.12-slim',
    good: 'FROM python:3.12-slim@sha256:<digest of the image>',
  },
  check({ use, display, digests }) {
    if (use.status !== 'resolved' || use.digest !== null) return null;
    const key = tagKey(use);
    const current = key ? digests?.get(key)?.current : undefined;
    if (!current)
      return { message: `${display} is not pinned by digest; pin it as ${display}@sha256:<digest>` };
    return {
      message: `${display} is not pinned by digest; pin it as ${display}@${current}`,
      replace: { reference: `${display}@${current}`, safe: true, pin: true },
    };
  },
};
