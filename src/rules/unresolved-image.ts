import type { ImageRule } from './rule.js';

export const unresolvedImage: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'unresolved-image',
  severity: 'error',
  description:
    'The image reference cannot be fully resolved (a variable without a value, a template placeholder, nothing at all).',
  help: {
    text:
      'An image that cannot be resolved cannot be judged, so it is never passed silently. Give the ARG a default ' +
      'before the first FROM, pass it with --build-arg (the action: build-args), or write the image out.',
    bad: 'ARG BASE\nFROM ${BASE}',
    good: 'ARG BASE=python:3.12-slim\nFROM ${BASE}',
  },
  check({ use }) {
    if (use.status !== 'unresolved') return null;
    return { message: `"${use.raw}" cannot be resolved: ${use.error ?? 'unknown reason'}` };
  },
};
