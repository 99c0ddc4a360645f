import { policyAllows, sizeChange, stepTo } from '../suggest/ladder.js';
import type { Family, Rung } from '../catalog.js';
import type { Step } from '../suggest/ladder.js';
import { shellFreeChain, shippedBase } from './ladder-context.js';
import type { FileScopeRule } from './rule.js';
import { staticBinary } from './suggest-scratch.js';

export const suggestDistroless: FileScopeRule<{ family: Family; rung: Rung; step: Step }> = {
  kind: 'image',
  scope: 'file',
  id: 'suggest-distroless',
  severity: 'notice',
  description:
    'The shipped stage needs no shell or package manager (no RUN, exec-form CMD/ENTRYPOINT, no HEALTHCHECK command), and a distroless image of its runtime exists.',
  help: {
    text:
      'Distroless images hold the language runtime and its libraries and nothing else: no shell, no package ' +
      'manager, far fewer packages to patch. What you give up is a shell for debugging: use the :debug tag (a ' +
      'busybox shell) or an ephemeral debug container (kubectl debug) instead. Build in a full or slim stage and ' +
      'copy the result into the distroless one.',
    bad: 'FROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]',
    good: 'FROM gcr.io/distroless/nodejs22-debian13:nonroot\nCOPY --from=build /app /app\nCMD ["/app/server.js"]',
  },
  prepare(facts) {
    const base = shippedBase(facts);
    if (!base || (base.rung !== 'full' && base.rung !== 'slim' && base.rung !== 'alpine')) return null;
    const step = stepTo(base.family, facts.name, base.tag, 'distroless');
    if (!step || !policyAllows(facts.policy, step.reference, true)) return null;
    return { family: base.family, rung: base.rung, step };
  },
  check(context, { family, rung, step }) {
    const stages = shellFreeChain(context);
    if (!stages) return null;
    // a static binary belongs on scratch (suggest-scratch)
    if (staticBinary(context.facts(), stages.last)) return null;
    const debug = step.reference.replace(/:nonroot$/, ':debug-nonroot').replace(/:latest$/, ':debug');
    return {
      message:
        `${context.display}: the shipped stage runs no shell command, so it can ship on ${step.reference}` +
        `${sizeChange(family, rung, step.variant)}. Given up: the shell and package manager; debug with ` +
        `${debug} or an ephemeral debug container. Note that the image's own entrypoint is the runtime: CMD ` +
        'may then need only the script',
      replace: { reference: step.reference },
    };
  },
};
