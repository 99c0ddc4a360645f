// The base-image ladder: full distribution → slim → alpine → distroless → scratch. Which rung an image stands on,
// what the same family offers lower down, and what it costs to step there.
import { cycleOf, Memo, type Family, type Rung, type Variant } from '../catalog.js';
import { admittingEntries, nameOf, tagAllows } from '../policy/match.js';
import type { Policy } from '../policy/types.js';
import { parseImageReference } from '../reference.js';
import { familiar } from '../rules/names.js';
import type { ImageUse } from '../types.js';

export function rungOf(family: Family | null, name: string, tag: string | null): Rung | null {
  if (name.startsWith('gcr.io/distroless/')) return 'distroless';
  if (name.startsWith('cgr.dev/chainguard/')) return 'chainguard';
  if (tag === null || family === null) return null;
  return rungs.get(family, tag, () => rungOfTag(family, tag));
}

/** A family's rung per tag, worked out once per run: every shipped FROM asks, several rules each. */
const rungs = new Memo<Family, Rung | null>();

function rungOfTag(family: Family, tag: string): Rung | null {
  // the family's own tag templates first: eclipse-temurin's slim rung is "{version}-jre"
  let best: { rung: Rung; length: number } | null = null;
  for (const v of family.variants) {
    if (v.image !== null || v.tag === null || v.rung === 'full') continue;
    const suffix = v.tag.split('{version}').join('');
    const at = suffix === '' ? -1 : tag.indexOf(suffix);
    const boundary = at >= 0 && (at + suffix.length === tag.length || tag[at + suffix.length] === '-');
    if (boundary && (!best || suffix.length > best.length)) best = { rung: v.rung, length: suffix.length };
  }
  if (best) return best.rung;
  if (/(?:^|-)alpine/.test(tag)) return 'alpine';
  if (/(?:^|-)slim(?:$|-)/.test(tag)) return 'slim';
  // windows, nanoserver and similar tags are off this ladder
  if (/windows|nanoserver|servercore/.test(tag)) return null;
  return family.variants.some((v) => v.rung === 'full') ? 'full' : null;
}

export interface Step {
  variant: Variant;
  /** the reference to use: gcr.io/distroless/python3-debian13:nonroot, python:3.12-slim */
  reference: string;
}

/** The family's variant on a rung, for the tag line of `tag`, when it exists for that line. */
export function stepTo(family: Family, name: string, tag: string, rung: Rung): Step | null {
  const variant = family.variants.find((v) => v.rung === rung);
  if (!variant || variant.tag === null) return null;
  const version = tag.split('-')[0];
  const line = cycleOf(family, tag)?.cycle ?? version;
  if (variant.onlyFor && !variant.onlyFor.includes(line)) return null;
  const fill = (template: string): string => template.split('{version}').join(variant.image ? line : version);
  const image = variant.image ? fill(variant.image) : familiar(name);
  return { variant, reference: `${image}:${fill(variant.tag)}` };
}

export function sizeOf(family: Family, rung: Rung): number | null {
  return family.variants.find((v) => v.rung === rung)?.sizeMb ?? null;
}

export function sizeChange(family: Family, from: Rung, to: Variant): string {
  const a = sizeOf(family, from);
  const b = to.sizeMb;
  if (a === null || b === null) return '';
  // plain ASCII: one character outside Latin-1 makes the engine store every string the message is joined into (the
  // kept findings of a JSON report) at two bytes a character; an arrow here cost a scan of 10,000 files about 5 %
  return ` (about ${a} MB down to ${b} MB compressed)`;
}

/** Whether the policy lets this reference stand where the image stands; true when it approves no list. */
export function policyAllows(policy: Policy, reference: string, ships: boolean): boolean {
  if (policy.approved.length === 0 && policy.denied.length === 0) return true;
  const parsed = parseImageReference(reference);
  const use: ImageUse = {
    kind: 'from',
    stage: null,
    final: ships,
    stageIndex: -1,
    raw: reference,
    status: reference === 'scratch' ? 'scratch' : 'resolved',
    image: parsed.ok ? parsed.ref.normalized : null,
    registry: parsed.ok ? parsed.ref.registry : null,
    repository: parsed.ok ? parsed.ref.repository : null,
    tag: parsed.ok ? parsed.ref.tag : null,
    digest: null,
    error: null,
    unsetVariables: [],
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
  };
  if (use.status === 'resolved' && !parsed.ok) return false;
  if (
    policy.denied.some((d) =>
      use.status === 'scratch' ? d.image.scratch : !d.image.scratch && d.image.matchName(nameOf(use)),
    )
  ) {
    return false;
  }
  return policy.approved.every((list) =>
    admittingEntries(list, use, ships).some((e) => tagAllows(e, use.tag ?? 'latest')),
  );
}
