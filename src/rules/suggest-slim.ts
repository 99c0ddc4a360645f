import { policyAllows, sizeChange, stepTo } from '../suggest/ladder.js';
import type { Family } from '../catalog.js';
import { shippedBase, shippedChain } from './ladder-context.js';
import type { FileScopeRule } from './rule.js';
import type { Step } from '../suggest/ladder.js';

export const suggestSlim: FileScopeRule<{ family: Family; step: Step }> = {
  kind: 'image',
  scope: 'file',
  id: 'suggest-slim',
  severity: 'notice',
  description: 'The shipped stage runs on a full distribution image, and the same image has a -slim variant.',
  help: {
    text:
      'Full images carry compilers, version control and hundreds of packages the app never runs, and every one of ' +
      'them is attack surface and download time. The -slim variant keeps glibc, a shell and the package manager, so ' +
      'it is the safe first step down; install what the app really needs with the package manager. Not suggested ' +
      'when the shipped stage uses tools (gcc, make, git, curl, wget) that only the full image has and installs none.',
    bad: 'FROM python:3.12',
    good: 'FROM python:3.12-slim',
  },
  prepare(facts) {
    const base = shippedBase(facts);
    if (!base || base.rung !== 'full') return null;
    const step = stepTo(base.family, facts.name, base.tag, 'slim');
    // a slim rung on alpine (nginx's alpine-slim) is a change of C library, not a slimmer glibc image
    if (!step || step.reference === facts.display || /alpine/.test(step.reference)) return null;
    if (!policyAllows(facts.policy, step.reference, true)) return null;
    return { family: base.family, step };
  },
  check(context, { family, step }) {
    const stages = shippedChain(context);
    if (!stages) return null;
    // an image others build on (ONBUILD) may need the full image's tools in their builds
    if (stages.chain.some((f) => f.needsShell.includes('ONBUILD'))) return null;
    const tools = [...new Set(stages.chain.flatMap((f) => f.fullImageTools))];
    if (tools.length > 0 && !stages.chain.some((f) => f.installsPackages)) return null;
    return {
      message:
        `${context.display} ships a full distribution; ${step.reference} keeps glibc, the shell and the package ` +
        `manager and leaves out compilers and tools${sizeChange(family, 'full', step.variant)}`,
      replace: { reference: step.reference, safe: true },
    };
  },
};
