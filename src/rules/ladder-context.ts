// What the ladder rules share: where the shipped stage's base image stands, and what the shipped stages do.
import type { StageFacts } from '../analyze/stages.js';
import { familyOf, type Family, type Rung } from '../catalog.js';
import { rungOf } from '../suggest/ladder.js';
import type { ImageContext, ImageFacts } from './rule.js';

export interface ShippedBase {
  family: Family;
  rung: Rung | null;
  tag: string;
}

/** For the FROM of a shipped stage that names an image of a known family: where it stands; null for anything else. */
export function shippedBase(facts: ImageFacts): ShippedBase | null {
  const { use, name } = facts;
  if (use.kind !== 'from' || use.status !== 'resolved' || !facts.ships) return null;
  const family = familyOf(facts.catalog, name);
  if (!family) return null;
  return { family, rung: rungOf(family, name, use.tag), tag: use.tag ?? 'latest' };
}

/** What the shipped stages do (the chain) and the last stage; null for a file without stages. */
export function shippedChain(context: ImageContext): { chain: StageFacts[]; last: StageFacts } | null {
  const facts = context.facts();
  if (facts.length === 0) return null;
  return { chain: facts.filter((f) => context.shipped.has(f.index)), last: facts[facts.length - 1] };
}

/** Why the shipped image needs a shell or package manager, from every shipped stage. */
export function shellNeeds(chain: StageFacts[]): string[] {
  return [...new Set(chain.flatMap((f) => f.needsShell))];
}
