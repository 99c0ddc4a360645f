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

/**
 * Whether the instructions' keywords leave the shipped stages free of shell commands, with an entrypoint in the last
 * stage: what a shell-less base needs, told without reading any text.
 */
export function mayRunWithoutShell(context: ImageContext): boolean {
  const keywords = context.keywords();
  return !keywords.needsShell && keywords.entrypoint;
}

/**
 * The shipped stages, when none needs a shell or package manager and the last runs a program in exec form (a
 * shell-less base can run it); null otherwise. The keywords are asked first, so most files are not read.
 */
export function shellFreeChain(context: ImageContext): { chain: StageFacts[]; last: StageFacts } | null {
  if (!mayRunWithoutShell(context)) return null;
  const stages = shippedChain(context);
  if (!stages || shellNeeds(stages.chain).length > 0 || !stages.last.execEntrypoint) return null;
  return stages;
}

/** Why the shipped image needs a shell or package manager, from every shipped stage. */
export function shellNeeds(chain: StageFacts[]): string[] {
  return [...new Set(chain.flatMap((f) => f.needsShell))];
}
