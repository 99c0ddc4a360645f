import { baseDistroCycle, cycleOf, familyOf, supportedCycles, type Cycle, type Family } from '../catalog.js';
import { familiar, listOf } from './names.js';
import type { ImageRule } from './rule.js';

function upgradeHint(family: Family, today: string): string {
  const supported = supportedCycles(family, today);
  if (supported.length === 0) return '';
  const names = supported.map((c) => c.cycle);
  return supported.length === 1
    ? `; supported: ${names[0]}`
    : `; supported: ${names[0]} to ${names[names.length - 1]}`;
}

function source(cycle: Cycle): string {
  return cycle.source ? ` (${cycle.source})` : '';
}

/**
 * The nearest supported line, same variant: python:3.8.18-slim → python:3.11-slim. Only when the tag is spelled
 * with the line's number (not a codename), and the patch level is dropped.
 */
function upgrade<T>(
  tag: string,
  cycle: Cycle,
  family: Family,
  today: string,
  rewrite: (tag: string) => T | null,
): T | null {
  if (!tag.startsWith(cycle.cycle)) return null;
  const next = supportedCycles(family, today).find(
    (c) => family.cycles.indexOf(c) > family.cycles.indexOf(cycle),
  );
  if (!next) return null;
  // the patch level and a build number (eclipse-temurin's 24.0.2_12) belong to the old line
  const rest = tag
    .slice(cycle.cycle.length)
    .replace(/^\.[0-9][0-9.]*/, '')
    .replace(/^_[0-9]+/, '');
  return rewrite(`${next.cycle}${rest}`);
}

export const eolImage: ImageRule = {
  kind: 'image',
  scope: 'image',
  id: 'eol-image',
  severity: 'warning',
  description: "The image's tag line (or the distribution release its tag names) is past its end of life.",
  help: {
    text:
      'After its end of life a version gets no more security fixes, and its images are no longer rebuilt. The ' +
      'dates come from the catalog in policies/catalog.yml (each with its source); a policy can add its own with ' +
      '`catalog:`. Move to a supported line.',
    bad: 'FROM python:3.8-slim',
    good: 'FROM python:3.13-slim',
  },
  check({ use, name, display, catalog, today }) {
    if (use.status !== 'resolved' || use.tag === null) return null;
    const family = familyOf(catalog, name);
    if (family) {
      const cycle = cycleOf(family, use.tag);
      if (cycle?.eol && cycle.eol < today) {
        return {
          message: `${display}: ${family.name} ${cycle.cycle} reached its end of life on ${cycle.eol}${source(cycle)}${upgradeHint(family, today)}`,
          replace: upgrade(use.tag, cycle, family, today, (tag) => ({
            reference: `${familiar(name)}:${tag}`,
          })),
        };
      }
    }
    // a language image built on a distribution release that has reached its own end
    if (family && ['debian', 'ubuntu', 'alpine'].includes(family.name)) return null;
    const base = baseDistroCycle(catalog, use.tag);
    if (base?.cycle.eol && base.cycle.eol < today) {
      const newer = supportedCycles(base.family, today).map(
        (c) => c.aliases.find((a) => /^[a-z]+$/.test(a)) ?? c.cycle,
      );
      return {
        message:
          `${display} is built on ${base.family.name} ${base.cycle.cycle}, which reached its end of life on ` +
          `${base.cycle.eol}${source(base.cycle)}${newer.length ? `; choose a tag on ${listOf(newer)}` : ''}`,
      };
    }
    return null;
  },
};
