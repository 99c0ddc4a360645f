// The nearest images a policy approves, for messages that say what to use instead.
import { familyOf, type Catalog } from '../catalog.js';
import { admittingEntries, entryNames, nameOf, stageAllows } from '../policy/match.js';
import type { ApprovedEntry, Policy } from '../policy/types.js';
import { familiar } from '../rules/names.js';
import type { ImageRef } from '../types.js';

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** An entry as a reference people can write: python:3.12-slim, or the tag pattern when it has no fixed tag. */
function written(entry: ApprovedEntry, tag: string | null): string {
  const image = entry.image.scratch ? 'scratch' : familiar(entry.image.name);
  return tag === null ? image : `${image}:${tag}`;
}

/** The entry's tags, nearest to the tag in use first: same version line, then longest shared beginning. */
export function nearestTags(entry: ApprovedEntry, tag: string | null): string[] {
  const tags = (entry.tags ?? []).map((t) => t.source);
  if (tag === null) return tags;
  return tags
    .map((t, i) => ({ t, i, score: commonPrefix(t, tag) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.t);
}

/**
 * Approved alternatives to an image, nearest first: entries of the same family (per the catalog), then of the same
 * name in another registry, then the rest (left out with `relatedOnly`: those are no replacement for the image).
 * Only entries usable in this stage and passing every approved list.
 */
export function approvedAlternatives(
  policy: Policy,
  catalog: Catalog,
  use: ImageRef,
  ships: boolean,
  options: { relatedOnly?: boolean } = {},
): string[] {
  const lists = policy.approved;
  if (lists.length === 0) return [];
  const own = lists[lists.length - 1];
  const name = nameOf(use);
  const family = name ? familyOf(catalog, name) : null;
  const passesFences = (entry: ApprovedEntry): boolean =>
    lists.every(
      (list) =>
        list === own ||
        list.entries.some(
          (f) =>
            f.image.scratch === entry.image.scratch &&
            (entry.image.scratch || f.image.matchName(entry.image.name)),
        ),
    );
  const scored = own.entries
    .filter((e) => stageAllows(e, ships) && !e.image.name.includes('*') && passesFences(e))
    .map((entry, index) => {
      let score = 0;
      if (!entry.image.scratch && family && familyOf(catalog, entry.image.name) === family) score = 2;
      else if (!entry.image.scratch && name && lastSegment(entry.image.name) === lastSegment(name)) score = 1;
      return { entry, index, score };
    })
    .filter((x) => !options.relatedOnly || x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const out: string[] = [];
  for (const { entry } of scored) {
    const tags = nearestTags(entry, use.tag);
    out.push(tags.length ? written(entry, tags[0]) : written(entry, null));
  }
  return [...new Set(out)];
}

/** For tag-not-approved: the tags the matching entries allow, nearest first, written in full. */
export function approvedTagsFor(policy: Policy, use: ImageRef, ships: boolean): string[] {
  const out: string[] = [];
  for (const list of policy.approved) {
    for (const entry of admittingEntries(list, use, ships)) {
      if (!entryNames(entry, use)) continue;
      for (const tag of nearestTags(entry, use.tag)) out.push(written(entry, tag));
    }
  }
  return [...new Set(out)];
}
