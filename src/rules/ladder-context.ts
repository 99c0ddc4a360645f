// What the ladder rules share: the shipped stage's base image and what the shipped stages do.
import type { StageFacts } from '../analyze/stages.js';
import { familyOf, type Family, type Rung } from '../catalog.js';
import { rungOf } from '../suggest/ladder.js';
import type { ImageContext } from './rule.js';

export interface ShippedBase {
  family: Family | null;
  rung: Rung | null;
  tag: string;
  /** what the shipped stages do: read from the text only when a rule gets that far (most images stop earlier) */
  stages: () => { chain: StageFacts[]; last: StageFacts } | null;
}

/**
 * For the FROM of a shipped stage that names an image: the facts the ladder needs; null for anything else. Four
 * rules ask for each image, so it is worked out once.
 */
export function shippedBase(context: ImageContext): ShippedBase | null {
  let found = context.memo.shippedBase as ShippedBase | null | undefined;
  if (found === undefined) context.memo.shippedBase = found = findShippedBase(context);
  return found;
}

function findShippedBase(context: ImageContext): ShippedBase | null {
  const { use, name } = context;
  if (use.kind !== 'from' || use.status !== 'resolved' || !context.ships || use.stageIndex === null)
    return null;
  const family = familyOf(context.catalog, name);
  const stages = (): { chain: StageFacts[]; last: StageFacts } | null => {
    const facts = context.facts();
    if (facts.length === 0) return null;
    return { chain: facts.filter((f) => context.shipped.has(f.index)), last: facts[facts.length - 1] };
  };
  return { family, rung: rungOf(family, name, use.tag), tag: use.tag ?? 'latest', stages };
}

/** Why the shipped image needs a shell or package manager, from every shipped stage. */
export function shellNeeds(chain: StageFacts[]): string[] {
  return [...new Set(chain.flatMap((f) => f.needsShell))];
}
