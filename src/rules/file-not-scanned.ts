import type { EngineRule } from './rule.js';

export const fileNotScanned: EngineRule = {
  kind: 'engine',
  id: 'file-not-scanned',
  severity: 'error',
  description:
    'A file named like a Dockerfile could not be read as one (over 1 MiB, binary, unreadable, or a link out of the workspace).',
  help: {
    text:
      'A file that cannot be read cannot be judged, and passing it silently would let anything through. Keep ' +
      'Dockerfiles under 1 MiB of text, and do not link them to places outside the repository; or exclude the ' +
      'file if it is not a Dockerfile.',
    bad: 'Dockerfile -> /etc/passwd',
    good: 'Dockerfile (a regular text file in the repository)',
  },
};
