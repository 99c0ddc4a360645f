// The registry pass of a scan: the Dockerfiles are read once to learn which tags they name, the registries are
// asked, and the facts go to the judging pass. Registries that cannot be asked give one notice each.
import { forEachScanned, type InventoryOptions } from '../inventory.js';
import type { ImageUse, ScannedFile } from '../types.js';
import { gatherDigests, type DigestFact } from './digests.js';
import { DigestResolver, dockerConfigCredentials, type ResolverOptions } from './registry.js';

export interface LookUp {
  facts: Map<string, DigestFact>;
  /** the resolver, with its cache, for the suggestions' own references */
  resolver: DigestResolver;
  notices: { registry: string; message: string }[];
  requests: number;
}

export async function lookUpUses(uses: ImageUse[], options: ResolverOptions = {}): Promise<LookUp> {
  const resolver = new DigestResolver({ credentials: dockerConfigCredentials(), ...options });
  const facts = await gatherDigests(uses, resolver);
  return { facts, resolver, notices: resolver.notices(), requests: resolver.requests };
}

export async function lookUpFiles(
  options: InventoryOptions,
  resolver: ResolverOptions = {},
): Promise<LookUp> {
  const uses: ImageUse[] = [];
  forEachScanned({ ...options, onFile: undefined }, (file) => {
    for (const use of file.images) if (use.tag !== null && use.status === 'resolved') uses.push(use);
  });
  return lookUpUses(uses, resolver);
}

export function usesOf(files: ScannedFile[]): ImageUse[] {
  return files.flatMap((f) => f.images);
}

export function noticeText(notice: { registry: string; message: string }): string {
  return `registry ${notice.registry} was not asked for digests (${notice.message}); the scan went on without them`;
}
