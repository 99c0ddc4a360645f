import type { ImageRule } from './rule.js';

export const latestTag: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'latest-tag',
  // off when the policy sets allow-latest
  severity: 'error',
  description: "The image uses ':latest', or no tag and no digest (which means latest).",
  help: {
    text:
      '`latest` is whatever was pushed last: builds stop being repeatable and a new major version can arrive ' +
      'unannounced. Name the version line you test against.',
    bad: 'FROM node',
    good: 'FROM node:22-slim',
  },
  check({ use, display }) {
    if (use.status !== 'resolved') return null;
    if (use.tag === 'latest')
      return {
        message: `${display} uses the latest tag; name a version, e.g. a tag line the app is tested on`,
      };
    if (use.tag === null && use.digest === null) {
      return {
        message: `${display} has no tag, so it pulls latest; name a version, e.g. ${display}:<version>`,
      };
    }
    return null;
  },
};
