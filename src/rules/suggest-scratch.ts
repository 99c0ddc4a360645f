import type { StageFacts } from '../analyze/stages.js';
import { policyAllows } from '../suggest/ladder.js';
import { mayRunWithoutShell, shellFreeChain, shippedBase, type ShippedBase } from './ladder-context.js';
import type { FileScopeRule } from './rule.js';
import { mentions } from './mentions.js';

const STATIC_WORDS = /CGO_ENABLED=0|-static|-musl|crt-static/;

/** How the last stage shows it carries a static binary: it copies from a stage that builds one statically. */
export function staticBinary(facts: StageFacts[], last: StageFacts): string | null {
  for (const from of last.copiesFrom) {
    const sign = facts[from]?.staticBuild[0];
    if (sign) return sign;
  }
  return null;
}

export const suggestScratch: FileScopeRule<ShippedBase> = {
  kind: 'image',
  scope: 'file',
  id: 'suggest-scratch',
  severity: 'notice',
  description:
    'The shipped stage only runs a statically linked binary built in an earlier stage (CGO_ENABLED=0 go build, -static, a musl Rust target), so it can ship on scratch.',
  help: {
    text:
      'A static binary needs no libraries, so its image can be empty: scratch, plus what the binary reads at run ' +
      'time: CA certificates for TLS (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/), ' +
      'time zone data if it uses them, and a non-root USER (USER 65532:65532). gcr.io/distroless/static holds ' +
      'exactly those, if you prefer not to copy them yourself. There is no shell to debug with.',
    bad: 'FROM alpine:3.22\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
    good: 'FROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]',
  },
  prepare(facts) {
    const base = shippedBase(facts);
    // only a known distribution or runtime image: an application image (a scanner, a database) may hold what the
    // binary calls
    if (!base || base.rung === 'distroless' || base.rung === 'chainguard') return null;
    return policyAllows(facts.policy, 'scratch', true) ? base : null;
  },
  check(context) {
    // the binary is built in an earlier stage
    if (context.stages.length < 2) return null;
    // a shell command in a shipped stage, or no entrypoint of its own: known from the keywords, no text read
    if (!mayRunWithoutShell(context)) return null;
    // no sign of a static build anywhere in the file: nothing to read further
    if (!mentions(context.text, STATIC_WORDS)) return null;
    const stages = shellFreeChain(context);
    if (!stages) return null;
    // a base stage of its own that the last stage builds on may have put more there than the binary
    if (stages.chain.length > 1) return null;
    const sign = staticBinary(context.facts(), stages.last);
    if (!sign) return null;
    const alternative = 'gcr.io/distroless/static-debian13:nonroot';
    return {
      message:
        `${context.display}: the shipped stage only runs a binary built statically (${sign}), so it can ship on ` +
        `scratch, an empty image. Copy in the CA certificates it needs for TLS and set a non-root USER, or use ` +
        `${alternative}, which holds both. Given up: every shell and tool`,
      replace: { reference: 'scratch', alternatives: [alternative] },
    };
  },
};
