// Suggestions carry the current digest of the image they put in (python:3.12-slim@sha256:…), when the registries
// were asked: a second round of look-ups, for the references the suggestions name.
import type { Finding } from '../evaluate.js';
import { parseImageReference } from '../reference.js';
import type { DigestResolver } from './registry.js';

export async function pinSuggestions(findings: Finding[], resolver: DigestResolver): Promise<void> {
  await Promise.all(
    findings.map(async (f) => {
      const s = f.suggestion;
      if (!s?.reference || s.column === undefined || s.reference === 'scratch' || s.reference.includes('@'))
        return;
      const parsed = parseImageReference(s.reference);
      if (!parsed.ok || parsed.ref.tag === null) return;
      const answer = await resolver.resolve(parsed.ref.registry, parsed.ref.repository, parsed.ref.tag);
      if (!('digest' in answer)) return;
      const pinned = `${s.reference}@${answer.digest}`;
      if (s.line.slice(s.column, s.column + s.reference.length) !== s.reference) return;
      s.line = s.line.slice(0, s.column) + pinned + s.line.slice(s.column + s.reference.length);
      s.reference = pinned;
    }),
  );
}
