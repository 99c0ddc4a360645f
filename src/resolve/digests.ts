// The registry facts a scan needs, gathered before judging: for every tag the Dockerfiles name, the digest it
// points to now; for pinned digests that differ, the tag's platform manifests (an index and its platform images
// identify the same tag).
import type { ImageUse } from '../types.js';
import type { DigestResolver } from './registry.js';

export interface DigestFact {
  /** what the tag points to now */
  current: string;
  /** the platform manifests of that index, when it is one and they were asked for */
  platforms: string[];
}

export type DigestFacts = ReadonlyMap<string, DigestFact>;

export function tagKey(use: Pick<ImageUse, 'registry' | 'repository' | 'tag'>): string | null {
  return use.registry && use.repository && use.tag ? `${use.registry}/${use.repository}:${use.tag}` : null;
}

/** Ask the registries about every tagged image in `uses` (each tag once). */
export async function gatherDigests(
  uses: Iterable<ImageUse>,
  resolver: DigestResolver,
): Promise<Map<string, DigestFact>> {
  const wanted = new Map<string, { use: ImageUse; pinned: Set<string> }>();
  for (const use of uses) {
    if (use.status !== 'resolved') continue;
    const key = tagKey(use);
    if (!key) continue;
    const entry = wanted.get(key) ?? { use, pinned: new Set<string>() };
    if (use.digest) entry.pinned.add(use.digest);
    wanted.set(key, entry);
  }
  const facts = new Map<string, DigestFact>();
  await Promise.all(
    [...wanted].map(async ([key, { use, pinned }]) => {
      const { registry, repository, tag } = use as { registry: string; repository: string; tag: string };
      const resolution = await resolver.resolve(registry, repository, tag);
      if (!('digest' in resolution)) return;
      const fact: DigestFact = { current: resolution.digest, platforms: [] };
      // a pin that is not the index itself may be one of its platform images
      if ([...pinned].some((d) => d !== resolution.digest)) {
        fact.platforms = await resolver.platformDigests(registry, repository, tag);
      }
      facts.set(key, fact);
    }),
  );
  return facts;
}
