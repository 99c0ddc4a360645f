import type { EngineRule } from './rule.js';

export const exceptionExpired: EngineRule = {
  kind: 'engine',
  id: 'exception-expired',
  severity: 'error',
  description:
    'A policy exception matched this image, but its `expires` date has passed, so it no longer applies.',
  help: {
    text:
      'Exceptions are for migrations with an end. After `expires` the exception stops hiding findings and this ' +
      'finding says so: finish the migration, or renew the exception with a new date and reason.',
    bad: 'exceptions: [{ image: centos:7, reason: migration, expires: 2024-06-30 }]',
    good: 'exceptions: [{ image: centos:7, reason: migration OPS-1234, expires: 2027-03-31 }]',
  },
};
