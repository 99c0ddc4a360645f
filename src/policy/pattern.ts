// Image, registry and tag patterns as policies write them: `*` within one path segment or tag, `**` across
// segments, nothing else. They are normalised like image references (no registry = Docker Hub, one component =
// an official image under library/) and matched by glob.ts, which takes time in proportion to pattern × name
// whatever the pattern.
import { compileGlob as compileSafeGlob } from './glob.js';

export type Matcher = (s: string) => boolean;

export interface ImagePattern {
  /** as written in the policy */
  source: string;
  /** registry/repository pattern, normalised: docker.io/library/python, ghcr.io/acme/* */
  name: string;
  /** the tag part, when the pattern carries one (`centos:7`) */
  tag: string | null;
  /** the pattern is the empty image `scratch` */
  scratch: boolean;
  /** the pattern holds no wildcard in its name: it names one repository */
  literal: boolean;
  matchName: Matcher;
  matchTag: Matcher | null;
}

const NAME_COMPONENT = /^(?:\*\*|[a-z0-9*][a-z0-9._*-]*)$/;
const REGISTRY_COMPONENT = /^[a-z0-9*][a-z0-9.*-]*(?::[0-9]+)?$/;
const TAG = /^[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}$/;

export class PatternError extends Error {
  override name = 'PatternError';
}

function compileGlob(pattern: string): Matcher {
  return compileSafeGlob(pattern);
}

export function compileTagPattern(pattern: string): Matcher {
  if (!TAG.test(pattern)) {
    throw new PatternError(
      `"${pattern}" is not a tag pattern: letters, digits, _ . - and * (at most 128 characters)`,
    );
  }
  if (pattern.includes('**')) throw new PatternError(`"${pattern}": ** has no meaning in a tag; use *`);
  return compileGlob(pattern);
}

/** Split `name[:tag]`, a registry port not being a tag (`localhost:5000/app`). */
function splitTag(source: string): { name: string; tag: string | null } {
  const colon = source.lastIndexOf(':');
  if (colon === -1 || source.indexOf('/', colon) !== -1) return { name: source, tag: null };
  return { name: source.slice(0, colon), tag: source.slice(colon + 1) };
}

function isRegistryComponent(first: string, more: boolean): boolean {
  if (first.includes('.') || first.includes(':') || first === 'localhost') return true;
  // `*/app` or `**/app`: any registry
  return more && (first === '*' || first === '**');
}

/** Normalise the name part of a pattern as Docker normalises a reference's name. */
export function normalizeNamePattern(name: string): string {
  if (name === '**') return '**';
  const parts = name.split('/');
  for (const [i, part] of parts.entries()) {
    const ok = i === 0 && isRegistryComponent(part, parts.length > 1) ? REGISTRY_COMPONENT : NAME_COMPONENT;
    if (!ok.test(part)) {
      throw new PatternError(
        part === ''
          ? `"${name}" has an empty path component`
          : `"${name}": "${part}" is not a valid ${i === 0 && ok === REGISTRY_COMPONENT ? 'registry' : 'path component'} ` +
              '(lower-case letters, digits, . _ - and *)',
      );
    }
    if (part.includes('**') && part !== '**') {
      throw new PatternError(`"${name}": ** must stand alone between slashes`);
    }
  }
  let registry = 'docker.io';
  let path = parts;
  if (isRegistryComponent(parts[0], parts.length > 1)) {
    registry = parts[0] === 'index.docker.io' ? 'docker.io' : parts[0];
    path = parts.slice(1);
  }
  if (path.length === 0) return registry;
  // one component on Docker Hub is an official image, as in a reference: `*` = every official image
  if (registry === 'docker.io' && path.length === 1 && path[0] !== '**') path = ['library', path[0]];
  return `${registry}/${path.join('/')}`;
}

/** An image pattern: `python`, `python:3.12-*`, `bitnami/*`, `gcr.io/distroless/**`, `scratch`. */
export function compileImagePattern(source: string, options: { allowTag?: boolean } = {}): ImagePattern {
  const { name, tag } = splitTag(source);
  if (tag !== null && options.allowTag === false) {
    throw new PatternError(`"${source}": give the tags in "tags:", not in the image`);
  }
  if (name === 'scratch') {
    return {
      source,
      name: 'scratch',
      tag,
      scratch: true,
      literal: true,
      matchName: () => false,
      matchTag: tag === null ? null : compileTagPattern(tag),
    };
  }
  const normalized = normalizeNamePattern(name);
  return {
    source,
    name: normalized,
    tag,
    scratch: false,
    literal: !normalized.includes('*'),
    matchName: normalized === '**' ? () => true : compileGlob(normalized),
    matchTag: tag === null ? null : compileTagPattern(tag),
  };
}

export interface RegistryPattern {
  source: string;
  name: string;
  match: Matcher;
}

/**
 * A `registries:` entry: a registry or a registry path. Without a wildcard it admits everything at or below it
 * (`docker.io`, `ghcr.io/acme`); with one it admits exactly what it matches (`gcr.io/distroless/*`).
 */
export function compileRegistryPattern(source: string): RegistryPattern {
  if (splitTag(source).tag !== null && !/^[^/]*:[0-9]+(\/|$)/.test(source)) {
    throw new PatternError(`"${source}": a registry pattern takes no tag`);
  }
  const name = normalizeNamePattern(source);
  if (!name.includes('*')) {
    const prefix = `${name}/`;
    return { source, name, match: (s) => s === name || s.startsWith(prefix) };
  }
  return { source, name, match: name === '**' ? () => true : compileGlob(name) };
}
