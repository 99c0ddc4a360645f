import type { EngineRule } from './rule.js';

export const ignoreCommentInvalid: EngineRule = {
  kind: 'engine',
  id: 'ignore-comment-invalid',
  severity: 'warning',
  description:
    'An inline ignore comment that does not count: the policy does not allow them, or it has no reason, names no or an unknown rule, or no instruction follows it.',
  help: {
    text:
      'Inline ignores count only when the policy sets `inline-ignores: true`, and only with a reason: ' +
      '`# base-image-policy ignore=RULE[,RULE] reason="why"` on the line before the instruction.',
    bad: '# base-image-policy ignore=latest-tag\nFROM node',
    good: '# base-image-policy ignore=digest-required reason="built nightly from our own mirror"\nFROM ghcr.io/acme/node:22',
  },
};
