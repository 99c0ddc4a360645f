import { deniedBy } from '../policy/match.js';
import type { ImageRule } from './rule.js';

export const imageDenied: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'image-denied',
  severity: 'error',
  description: "The image matches an entry of the policy's `denied` list.",
  help: {
    text:
      'Denied images are never allowed, whatever else the policy approves. The entry says why and, with `use`, ' +
      'what to use instead.',
    bad: 'FROM ubuntu:24.04',
    good: 'FROM debian:bookworm-slim',
  },
  check({ use, display, policy }) {
    if (use.status !== 'resolved' && use.status !== 'scratch') return null;
    const entry = deniedBy(policy.denied, use);
    if (!entry) return null;
    const reason = entry.reason ? `: ${entry.reason}` : '';
    const instead = entry.use ? `; use ${entry.use}` : '';
    return {
      message: `${display} is denied by the policy${reason}${instead}`,
      replace: entry.use ? { reference: entry.use } : null,
    };
  },
};
