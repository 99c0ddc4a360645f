import { listOf } from './names.js';
import type { ImageRule } from './rule.js';

export const registryNotAllowed: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'registry-not-allowed',
  severity: 'error',
  description: "The image comes from a registry or path that the policy's `registries` list does not name.",
  help: {
    text:
      'Images may only come from the registries (or registry paths) the policy lists, so that every base is pulled ' +
      'from a source the organisation trusts and mirrors. Pull the image from an allowed registry, or ask for the ' +
      'registry to be added to the policy.',
    bad: 'FROM quay.io/someone/python:3.12-slim',
    good: 'FROM ghcr.io/acme/python:3.12-slim',
  },
  check({ use, name, display, policy }) {
    if (use.status !== 'resolved') return null;
    for (const list of policy.registries) {
      if (!list.patterns.some((p) => p.match(name))) {
        return {
          message: `${display} comes from ${use.registry}, which the policy does not allow; allowed: ${listOf(
            list.patterns.map((p) => p.source),
            5,
          )}`,
        };
      }
    }
    return null;
  },
};
