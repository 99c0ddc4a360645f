// Whether an image use meets a policy's lists.
import type { ImageRef } from '../types.js';
import type { ApprovedEntry, ApprovedList, DeniedEntry } from './types.js';

/**
 * `registry/repository`, as the policy names images. registry-1.docker.io is where Docker Hub serves its images:
 * a reference that names it is Docker Hub's image, and the policy judges it as one.
 */
export function nameOf(use: ImageRef): string {
  if (use.registry === null || use.repository === null) return '';
  return `${use.registry === 'registry-1.docker.io' ? 'docker.io' : use.registry}/${use.repository}`;
}

/** The tag a reference pulls by: as written, `latest` when neither tag nor digest is, null for digest only. */
export function effectiveTag(use: ImageRef): string | null {
  return use.tag ?? (use.digest === null ? 'latest' : null);
}

export function entryNames(entry: ApprovedEntry | DeniedEntry, use: ImageRef): boolean {
  if (use.status === 'scratch') return entry.image.scratch;
  return !entry.image.scratch && entry.image.matchName(nameOf(use));
}

export function stageAllows(entry: ApprovedEntry, ships: boolean): boolean {
  return entry.stages === null || entry.stages.includes(ships ? 'final' : 'build');
}

export function tagAllows(entry: ApprovedEntry | DeniedEntry, tag: string | null): boolean {
  if (entry.tags === null) return true;
  return tag !== null && entry.tags.some((t) => t.match(tag));
}

/** The entries of one approved list that admit the image by name in this stage. */
export function admittingEntries(list: ApprovedList, use: ImageRef, ships: boolean): ApprovedEntry[] {
  return list.entries.filter((e) => entryNames(e, use) && stageAllows(e, ships));
}

export function deniedBy(denied: DeniedEntry[], use: ImageRef): DeniedEntry | null {
  const tag = effectiveTag(use);
  return denied.find((d) => entryNames(d, use) && (d.tags === null || tagAllows(d, tag))) ?? null;
}
