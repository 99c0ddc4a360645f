// The catalog: image families, their tag lines' end-of-life dates and their smaller variants, from
// policies/catalog.yml plus a policy's `catalog:` additions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { policiesDir } from './assets.js';
import { compileImagePattern, type ImagePattern } from './policy/pattern.js';
import type { CatalogAddition } from './policy/types.js';
import { familiar } from './rules/names.js';

export type Rung = 'full' | 'slim' | 'alpine' | 'distroless' | 'chainguard' | 'scratch';

export interface Cycle {
  cycle: string;
  aliases: string[];
  /** YYYY-MM-DD, the day security fixes end */
  eol: string | null;
  source: string | null;
}

export interface Variant {
  rung: Rung;
  /** a repository other than the family's own, e.g. gcr.io/distroless/python3-debian12 */
  image: string | null;
  /** tag template; `{version}` is the tag line */
  tag: string | null;
  sizeMb: number | null;
  source: string | null;
  /** the rung exists only for these tag lines */
  onlyFor: string[] | null;
}

export interface Family {
  name: string;
  patterns: ImagePattern[];
  cycles: Cycle[];
  variants: Variant[];
  eolSource: string | null;
}

export interface Catalog {
  families: Family[];
  verifiedPublishers: Set<string>;
}

interface RawCatalog {
  version: 1;
  families: {
    name: string;
    images: string[];
    eol?: {
      source?: string;
      cycles?: { cycle: string | number; eol?: string | null; aliases?: string[]; source?: string }[];
    };
    variants?: {
      rung: Rung;
      image?: string;
      tag?: string;
      'size-mb'?: number;
      source?: string;
      'only-for'?: (string | number)[];
    }[];
  }[];
  'verified-publishers'?: { namespace: string }[];
}

let builtIn: Catalog | null = null;

export function builtInCatalog(): Catalog {
  if (builtIn) return builtIn;
  // policies/catalog.json is generated from catalog.yml by scripts/generate.mjs
  const raw = JSON.parse(readFileSync(path.join(policiesDir(), 'catalog.json'), 'utf8')) as RawCatalog;
  builtIn = {
    families: raw.families.map((f) => ({
      name: f.name,
      patterns: f.images.map((i) => compileImagePattern(i, { allowTag: false })),
      eolSource: f.eol?.source ?? null,
      cycles: (f.eol?.cycles ?? []).map((c) => ({
        cycle: String(c.cycle),
        aliases: c.aliases ?? [],
        eol: c.eol ? String(c.eol) : null,
        source: c.source ?? f.eol?.source ?? null,
      })),
      variants: (f.variants ?? []).map((v) => ({
        rung: v.rung,
        image: v.image ?? null,
        tag: v.tag ?? null,
        sizeMb: v['size-mb'] ?? null,
        source: v.source ?? null,
        onlyFor: v['only-for'] ? v['only-for'].map(String) : null,
      })),
    })),
    verifiedPublishers: new Set((raw['verified-publishers'] ?? []).map((p) => p.namespace)),
  };
  return builtIn;
}

/** The built-in catalog with a policy's additions: new families, or more images and dates for known ones. */
export function catalogWith(additions: CatalogAddition[], base: Catalog = builtInCatalog()): Catalog {
  if (additions.length === 0) return base;
  const families = base.families.map((f) => ({
    ...f,
    patterns: [...f.patterns],
    cycles: [...f.cycles],
    variants: [...f.variants],
  }));
  for (const addition of additions) {
    const named = addition.family ? families.find((f) => f.name === addition.family) : undefined;
    const family: Family = named ?? {
      name: addition.family ?? familiar(addition.image.name),
      patterns: [],
      cycles: [],
      variants: [],
      eolSource: null,
    };
    if (!named) families.unshift(family);
    family.patterns.unshift(addition.image);
    for (const [cycle, eol] of Object.entries(addition.eol)) {
      family.cycles = family.cycles.filter((c) => c.cycle !== cycle);
      family.cycles.push({
        cycle,
        aliases: [],
        eol,
        source: `policy ${addition.where.file}:${addition.where.line}`,
      });
    }
    for (const [rung, template] of Object.entries(addition.variants)) {
      const split = splitTemplate(template);
      family.variants = family.variants.filter((v) => v.rung !== rung);
      family.variants.push({
        rung: rung as Rung,
        image: split.image,
        tag: split.tag,
        sizeMb: null,
        source: null,
        onlyFor: null,
      });
    }
  }
  return { families, verifiedPublishers: base.verifiedPublishers };
}

function splitTemplate(template: string): { image: string; tag: string | null } {
  const colon = template.lastIndexOf(':');
  if (colon === -1 || template.indexOf('/', colon) !== -1) return { image: template, tag: null };
  return { image: template.slice(0, colon), tag: template.slice(colon + 1) };
}

/**
 * `compute()` for a key under an owner, worked out once and remembered while the owner lives: the catalog's answers
 * are asked for every image by several rules, and the same images and tags come back file after file. The owner
 * asked last is kept at hand, since most calls ask about it again.
 */
export class Memo<O extends object, V> {
  private readonly byOwner = new WeakMap<O, Map<string, V>>();
  private lastOwner: O | null = null;
  private lastAnswers: Map<string, V> | null = null;

  get(owner: O, key: string, compute: () => V): V {
    let answers = this.lastOwner === owner ? this.lastAnswers : this.byOwner.get(owner);
    if (!answers) this.byOwner.set(owner, (answers = new Map()));
    this.lastOwner = owner;
    this.lastAnswers = answers;
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const value = compute();
    answers.set(key, value);
    return value;
  }
}

const families = new Memo<Catalog, Family | null>();

/** The family an image (registry/repository) belongs to. */
export function familyOf(catalog: Catalog, name: string): Family | null {
  return families.get(
    catalog,
    name,
    () => catalog.families.find((family) => family.patterns.some((p) => p.matchName(name))) ?? null,
  );
}

const cycles = new Memo<Family, Cycle | null>();

/** The tag line a tag belongs to: the longest cycle or alias the tag starts with. */
export function cycleOf(family: Family, tag: string): Cycle | null {
  return cycles.get(family, tag, () => findCycle(family, tag));
}

/** A family's lines by every name they go by (the first cycle to claim a name keeps it). */
const linesByName = new WeakMap<Family, Map<string, Cycle>>();

function findCycle(family: Family, tag: string): Cycle | null {
  let lines = linesByName.get(family);
  if (lines === undefined) {
    lines = new Map();
    for (const cycle of family.cycles) {
      for (const name of [cycle.cycle, ...cycle.aliases]) if (!lines.has(name)) lines.set(name, cycle);
    }
    linesByName.set(family, lines);
  }
  // the longest start of the tag that is a line's name and is not followed by a digit ("3.8" is the line of 3.8,
  // 3.8.18 and 3.8-slim, not of 3.80): a few lookups instead of a comparison with every name of every line
  for (let end = tag.length; end > 0; end--) {
    const next = tag.charCodeAt(end);
    if (next >= 48 && next <= 57) continue;
    const cycle = lines.get(tag.slice(0, end));
    if (cycle !== undefined) return cycle;
  }
  return null;
}

/** Lines still supported on `today`, oldest first. */
export function supportedCycles(family: Family, today: string): Cycle[] {
  return family.cycles.filter((c) => c.eol === null || c.eol >= today);
}

const DISTROS = ['debian', 'ubuntu', 'alpine'];

/**
 * The distribution release a language image's tag is built on (`3.12-slim-bullseye`, `20-alpine3.16`), when the
 * tag names one: those releases reach their end of life on their own dates.
 */
export function baseDistroCycle(catalog: Catalog, tag: string): { family: Family; cycle: Cycle } | null {
  return distroCycles.get(catalog, tag, () => findDistroCycle(catalog, tag));
}

const distroCycles = new Memo<Catalog, { family: Family; cycle: Cycle } | null>();

function findDistroCycle(catalog: Catalog, tag: string): { family: Family; cycle: Cycle } | null {
  const parts = tag.split('-').slice(1);
  for (const part of parts) {
    const alpine = /^alpine([0-9]+\.[0-9]+)$/.exec(part);
    for (const family of catalog.families) {
      if (!DISTROS.includes(family.name)) continue;
      if (family.name === 'alpine') {
        if (!alpine) continue;
        const cycle = family.cycles.find((c) => c.cycle === alpine[1]);
        if (cycle) return { family, cycle };
        continue;
      }
      // codenames only: a bare number after a dash is a build number, not a release
      if (!/^[a-z]+$/.test(part)) continue;
      const cycle = family.cycles.find((c) => c.aliases.includes(part));
      if (cycle) return { family, cycle };
    }
  }
  return null;
}
