// Suggestions carry the current digest of the image they put in (python:3.12-slim@sha256:…), and of each
// alternative they offer, when the registries were asked: a second round of look-ups, for the references the
// suggestions name.
import type { Finding } from '../evaluate.js';
import { parseImageReference } from '../reference.js';
import type { DigestResolver } from './registry.js';

/** `reference@digest` for a tagged reference whose tag the registry knows; null otherwise. */
async function pinned(reference: string, resolver: DigestResolver): Promise<string | null> {
  if (reference === 'scratch' || reference.includes('@')) return null;
  const parsed = parseImageReference(reference);
  if (!parsed.ok || parsed.ref.tag === null) return null;
  const answer = await resolver.resolve(parsed.ref.registry, parsed.ref.repository, parsed.ref.tag);
  return 'digest' in answer ? `${reference}@${answer.digest}` : null;
}

export async function pinSuggestions(findings: Finding[], resolver: DigestResolver): Promise<void> {
  await Promise.all(
    findings.map(async (f) => {
      const s = f.suggestion;
      if (!s) return;
      if (s.alternatives.length > 0)
        s.alternatives = await Promise.all(s.alternatives.map(async (a) => (await pinned(a, resolver)) ?? a));
      if (!s.reference || s.column === undefined) return;
      const pin = await pinned(s.reference, resolver);
      if (pin === null) return;
      if (s.line.slice(s.column, s.column + s.reference.length) !== s.reference) return;
      s.line = s.line.slice(0, s.column) + pin + s.line.slice(s.column + s.reference.length);
      s.reference = pin;
    }),
  );
}
