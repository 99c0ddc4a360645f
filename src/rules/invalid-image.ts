import type { ImageRule } from './rule.js';

export const invalidImage: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'invalid-image',
  severity: 'error',
  description:
    'The reference is not a valid image reference (upper case, a bad tag or digest, a bad registry name).',
  help: {
    text:
      'The builder would refuse this reference. Image names are lower case; tags are at most 128 letters, digits, ' +
      "'_', '.' and '-'; digests are algorithm:hex of the right length.",
    bad: 'FROM Python:3.12',
    good: 'FROM python:3.12-slim',
  },
  check({ use }) {
    if (use.status !== 'invalid') return null;
    return { message: use.error ?? `"${use.raw}" is not a valid image reference` };
  },
};
