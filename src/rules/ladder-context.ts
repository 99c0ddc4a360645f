// What the ladder rules share: the shipped stage's base image and what the shipped stages do.
import { familyOf, type Family } from '../catalog.js';
import type { StageFacts } from '../analyze/stages.js';
import { rungOf } from '../suggest/ladder.js';
import type { Rung } from '../catalog.js';
import type { ImageContext } from './rule.js';

export interface ShippedBase {
  family: Family | null;
  rung: Rung | null;
  tag: string;
  /** facts of every shipped stage, the last one last */
  chain: StageFacts[];
  last: StageFacts;
}

/** For the FROM of a shipped stage that names an image: the facts the ladder needs; null for anything else. */
export function shippedBase(context: ImageContext): ShippedBase | null {
  const { use, name } = context;
  if (use.kind !== 'from' || use.status !== 'resolved' || !context.ships || use.stageIndex === null)
    return null;
  const facts = context.facts();
  if (facts.length === 0) return null;
  const chain = facts.filter((f) => context.shipped.has(f.index));
  const last = facts[facts.length - 1];
  const family = familyOf(context.catalog, name);
  return { family, rung: rungOf(family, name, use.tag), tag: use.tag ?? 'latest', chain, last };
}

/** Why the shipped image needs a shell or package manager, from every shipped stage. */
export function shellNeeds(base: ShippedBase): string[] {
  return [...new Set(base.chain.flatMap((f) => f.needsShell))];
}
