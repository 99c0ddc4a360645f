// Image references, parsed and normalised the way Docker does it: the grammar of distribution/reference
// (reference.go, regexp.go) and the normalisation of normalize.go (ParseNormalizedNamed, splitDockerDomain,
// ParseAnyReference). The grammar is checked by a hand-written scanner rather than regular expressions, so that
// hostile input of any length is parsed in linear time.
import { detached } from './strings.js';

export interface ImageReference {
  /** 'docker.io' for Docker Hub; keeps a port ('localhost:5000'). */
  registry: string;
  /** The path inside the registry: 'library/python', 'bitnami/redis', 'org/team/img'. */
  repository: string;
  /** null when none is written (no implicit 'latest'). */
  tag: string | null;
  /** 'sha256:…', or null. */
  digest: string | null;
  /** registry + '/' + repository */
  name: string;
  /** name[:tag][@digest] */
  normalized: string;
  /** Docker's FamiliarString: 'python:3.12', 'bitnami/redis', 'ghcr.io/o/i:1@sha256:…' */
  familiar: string;
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; error: string };

const DEFAULT_DOMAIN = 'docker.io';
// Only this legacy name of Docker Hub is folded; registry-1.docker.io stays a registry of its own.
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const LOCALHOST = 'localhost';
const OFFICIAL_REPO_PREFIX = 'library/';
const REPOSITORY_NAME_MAX = 255;
const TAG_MAX = 128;
const DIGEST_HEX_MIN = 32;
// go-digest accepts only registered algorithms; Docker registers sha256 and sha512 (which brings sha384).
// A Map, not an object literal, so that names like "constructor" find nothing.
const DIGEST_HEX_LENGTH = new Map<string, number>([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

const SLASH = 47;
const COLON = 58;
const DOT = 46;
const DASH = 45;
const UNDERSCORE = 95;
const PLUS = 43;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLower(c) || isUpper(c);
}
function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}
function isHex(c: number): boolean {
  return isLowerHex(c) || (c >= 65 && c <= 70);
}
/** Go's \w: ASCII letters, digits and underscore. */
function isWord(c: number): boolean {
  return isAlnum(c) || c === UNDERSCORE;
}
function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUpper(s.charCodeAt(i))) return true;
  return false;
}

/** A piece of the input for an error message, quoted and cut short: input can be megabytes long. */
function show(s: string): string {
  return JSON.stringify(s.length > 48 ? `${s.slice(0, 48)}…` : s);
}
function charAt(s: string, i: number): string {
  return String.fromCodePoint(s.codePointAt(i) ?? 0);
}

/** COPY --from=0 and similar refer to a build stage by index, not to an image. */
export function isStageIndex(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Rejects characters that no part of the grammar allows, so later messages can be specific. */
function characterProblem(input: string): string | null {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isWord(c) || c === DOT || c === DASH || c === SLASH || c === COLON || c === AT || c === PLUS)
      continue;
    if (c === OPEN_BRACKET || c === CLOSE_BRACKET) continue;
    const ch = charAt(input, i);
    if (ch.trim() === '') return 'invalid reference format: image reference must not contain whitespace';
    return `invalid reference format: character ${show(ch)} is not allowed in an image reference`;
  }
  return null;
}

/** Docker's "identifier": an image ID written without its algorithm. */
function isIdentifier(s: string): boolean {
  if (s.length !== 64) return false;
  for (let i = 0; i < s.length; i++) if (!isLowerHex(s.charCodeAt(i))) return false;
  return true;
}

/** algorithm := component ([+._-] component)*, component := [A-Za-z][A-Za-z0-9]* */
function algorithmProblem(algorithm: string): string | null {
  if (algorithm === '') return 'the algorithm before ":" is empty';
  let componentStart = true;
  for (let i = 0; i < algorithm.length; i++) {
    const c = algorithm.charCodeAt(i);
    if (componentStart) {
      if (!isLower(c) && !isUpper(c))
        return `algorithm ${show(algorithm)} must have a letter at the start of each component`;
      componentStart = false;
    } else if (c === PLUS || c === DOT || c === UNDERSCORE || c === DASH) {
      componentStart = true;
    } else if (!isAlnum(c)) {
      return `algorithm ${show(algorithm)} contains ${show(charAt(algorithm, i))}`;
    }
  }
  if (componentStart) return `algorithm ${show(algorithm)} ends with a separator`;
  return null;
}

/**
 * Why a digest is unacceptable, or null: first the reference grammar (algorithm ":" at least 32 hex digits), then
 * go-digest's Validate (a registered algorithm, its exact length, lower-case hex).
 */
function digestProblem(digest: string): string | null {
  if (digest === '') return 'invalid digest: nothing follows "@"';
  const colon = digest.indexOf(':');
  if (colon < 0) return `invalid digest ${show(digest)}: expected algorithm ":" hex`;
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const algorithmIssue = algorithmProblem(algorithm);
  if (algorithmIssue) return `invalid digest ${show(digest)}: ${algorithmIssue}`;
  for (let i = 0; i < encoded.length; i++) {
    if (!isHex(encoded.charCodeAt(i)))
      return `invalid digest ${show(digest)}: ${show(charAt(encoded, i))} is not a hexadecimal digit`;
  }
  if (encoded.length < DIGEST_HEX_MIN)
    return `invalid digest ${show(digest)}: at least ${DIGEST_HEX_MIN} hexadecimal digits are required`;
  const expected = DIGEST_HEX_LENGTH.get(algorithm);
  if (expected === undefined) return `invalid digest ${show(digest)}: unsupported digest algorithm`;
  if (encoded.length !== expected)
    return `invalid digest ${show(digest)}: invalid checksum digest length (${algorithm} has ${expected} hexadecimal digits, not ${encoded.length})`;
  for (let i = 0; i < encoded.length; i++) {
    if (!isLowerHex(encoded.charCodeAt(i)))
      return `invalid digest ${show(digest)}: invalid checksum digest format (hexadecimal digits must be lower case)`;
  }
  return null;
}

/** Whether a reference could be a bare digest (no '/', and at least 32 hex digits after a ':'), found without
 * building the messages digestProblem gives: most references are not one. */
function maybeDigest(input: string): boolean {
  const colon = input.indexOf(':');
  if (colon < 0 || input.length - colon - 1 < DIGEST_HEX_MIN || input.includes('/')) return false;
  for (let i = colon + 1; i < input.length; i++) if (!isHex(input.charCodeAt(i))) return false;
  return true;
}

/** tag := [\w][\w.-]{0,127} */
function tagProblem(tag: string): string | null {
  if (tag === '') return 'invalid tag "": nothing follows ":"';
  if (!isWord(tag.charCodeAt(0)))
    return `invalid tag ${show(tag)}: a tag must start with a letter, digit or underscore`;
  for (let i = 1; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (!isWord(c) && c !== DOT && c !== DASH)
      return `invalid tag ${show(tag)}: ${show(charAt(tag, i))} is not allowed (only letters, digits, "_", "." and "-")`;
  }
  if (tag.length > TAG_MAX)
    return `invalid tag ${show(tag)}: a tag must not be more than ${TAG_MAX} characters (it has ${tag.length})`;
  return null;
}

/** domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9], joined by '.' */
function hostnameProblem(host: string): string | null {
  if (host === '') return 'the host name is empty';
  let start = 0;
  while (start <= host.length) {
    let end = host.indexOf('.', start);
    if (end < 0) end = host.length;
    if (end === start) return 'the host name has an empty component';
    for (let i = start; i < end; i++) {
      const c = host.charCodeAt(i);
      if (!isAlnum(c) && c !== DASH) return `${show(charAt(host, i))} is not allowed in a host name`;
    }
    if (host.charCodeAt(start) === DASH || host.charCodeAt(end - 1) === DASH)
      return 'a host name component must not start or end with "-"';
    start = end + 1;
  }
  return null;
}

/** domain := host [":" port], host := domain-name | "[" IPv6 "]" (hex digits and colons only: no zones) */
function registryProblem(domain: string): string | null {
  let hostEnd: number;
  if (domain.charCodeAt(0) === OPEN_BRACKET) {
    const close = domain.indexOf(']');
    if (close < 0) return 'the IPv6 address has no closing "]"';
    if (close === 1) return 'the IPv6 address is empty';
    for (let i = 1; i < close; i++) {
      const c = domain.charCodeAt(i);
      if (!isHex(c) && c !== COLON) return 'an IPv6 address may hold only hexadecimal digits and ":"';
    }
    hostEnd = close + 1;
    if (hostEnd < domain.length && domain.charCodeAt(hostEnd) !== COLON)
      return 'only ":" and a port may follow an IPv6 address';
  } else {
    const colon = domain.indexOf(':');
    hostEnd = colon < 0 ? domain.length : colon;
    const hostIssue = hostnameProblem(domain.slice(0, hostEnd));
    if (hostIssue) return hostIssue;
  }
  if (hostEnd === domain.length) return null;
  if (hostEnd + 1 === domain.length) return 'the port after ":" is empty';
  for (let i = hostEnd + 1; i < domain.length; i++) {
    if (!isDigit(domain.charCodeAt(i))) return 'the port must be decimal digits';
  }
  return null;
}

/** Separators inside a path component: one '.', one or two '_', or any number of '-'. */
function isSeparatorRun(s: string, start: number, end: number): boolean {
  const first = s.charCodeAt(start);
  const length = end - start;
  if (first === DOT) return length === 1;
  if (first === UNDERSCORE) return length === 1 || (length === 2 && s.charCodeAt(start + 1) === UNDERSCORE);
  for (let i = start; i < end; i++) if (s.charCodeAt(i) !== DASH) return false;
  return true;
}

function isSeparatorChar(c: number): boolean {
  return c === DOT || c === UNDERSCORE || c === DASH;
}

function isPathAlnum(c: number): boolean {
  return isDigit(c) || isLower(c);
}

/** path-component := [a-z0-9]+ (separator [a-z0-9]+)* */
function componentProblem(path: string, start: number, end: number): string | null {
  if (start === end) return 'invalid reference format: the repository path has an empty component';
  const component = (): string => show(path.slice(start, Math.min(end, start + 64)));
  let i = start;
  while (i < end) {
    const runStart = i;
    while (i < end && isPathAlnum(path.charCodeAt(i))) i++;
    if (i === end) return null;
    const c = path.charCodeAt(i);
    if (isUpper(c)) return `repository name must be lowercase: ${component()}`;
    if (!isSeparatorChar(c))
      return `invalid reference format: ${show(charAt(path, i))} is not allowed in repository name ${component()}`;
    if (i === runStart)
      return `invalid reference format: repository name component ${component()} must start with a lowercase letter or digit`;
    const separatorStart = i;
    while (i < end && isSeparatorChar(path.charCodeAt(i))) i++;
    if (i === end)
      return `invalid reference format: repository name component ${component()} must end with a lowercase letter or digit`;
    if (!isSeparatorRun(path, separatorStart, i))
      return `invalid reference format: repository name component ${component()} has the separator ${show(path.slice(separatorStart, Math.min(i, separatorStart + 8)))}; only ".", "_", "__" or dashes may join letters and digits`;
  }
  return null;
}

function pathProblem(path: string): string | null {
  let start = 0;
  for (;;) {
    const slash = path.indexOf('/', start);
    const end = slash < 0 ? path.length : slash;
    const issue = componentProblem(path, start, end);
    if (issue) return issue;
    if (slash < 0) return null;
    start = slash + 1;
  }
}

/**
 * normalize.go's splitDockerDomain: the first component is a registry only if it is 'localhost', contains '.' or
 * ':', or is not all lower case (Docker Hub has no upper-case namespaces); otherwise the name is on Docker Hub,
 * where a one-component name is an official image under 'library/'.
 */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  // A single component is always a Docker Hub name, even 'localhost' or 'example.com' ('localhost:5000' is
  // 'localhost' with tag 5000).
  if (slash < 0) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + name };
  const maybeDomain = name.slice(0, slash);
  const maybeRemainder = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (maybeDomain === LOCALHOST) {
    [domain, remainder] = [maybeDomain, maybeRemainder];
  } else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) {
    [domain, remainder] = [DEFAULT_DOMAIN, maybeRemainder];
  } else if (maybeDomain.includes('.') || maybeDomain.includes(':') || hasUpper(maybeDomain)) {
    [domain, remainder] = [maybeDomain, maybeRemainder];
  } else {
    [domain, remainder] = [DEFAULT_DOMAIN, name];
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/** normalize.go's familiarizeName: Docker Hub loses its domain, official images their 'library/'. */
function familiarName(domain: string, path: string): string {
  if (domain !== DEFAULT_DOMAIN) return `${domain}/${path}`;
  if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return path;
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/** Answers for references seen before: most files name the same few images. Bounded in number and length, for
 * hostile input. */
const parsedBefore = new Map<string, ParseResult>();
const PARSED_KEPT = 4096;
const PARSED_KEPT_LENGTH = 512;

/**
 * Parses an image reference as Docker's ParseNormalizedNamed does (name [":" tag] ["@" digest]) and normalises
 * it. Also rejects what ParseAnyReference would read as an image ID or a bare digest, since neither names a
 * repository. The answer is shared between callers, so it must not be changed.
 */
export function parseImageReference(input: string): ParseResult {
  // the parts of every answer are cut from a copy, so that they never keep the file's text (see strings.ts)
  if (input.length > PARSED_KEPT_LENGTH) return parse(detached(input));
  let result = parsedBefore.get(input);
  if (result === undefined) {
    if (parsedBefore.size >= PARSED_KEPT) parsedBefore.clear();
    const kept = detached(input);
    result = parse(kept);
    parsedBefore.set(kept, result);
  }
  return result;
}

function parse(input: string): ParseResult {
  if (input === '') return fail('invalid reference format: the image reference is empty');
  const characterIssue = characterProblem(input);
  if (characterIssue) return fail(characterIssue);
  const first = input.charCodeAt(0);
  if (first === COLON || first === AT)
    return fail(`invalid reference format: no repository name before ${show(input[0])}`);
  if (isIdentifier(input))
    return fail(
      `invalid repository name ${show(input)}: cannot specify 64-byte hexadecimal strings (that is an image ID)`,
    );
  if (maybeDigest(input) && digestProblem(input) === null)
    return fail(`invalid reference format: ${show(input)} is a bare digest and names no repository`);

  const { domain, remainder } = splitDockerDomain(input);
  // As in ParseNormalizedNamed: everything before the first ':' of the remainder must be lower case.
  const tagColon = remainder.indexOf(':');
  const remote = tagColon < 0 ? remainder : remainder.slice(0, tagColon);
  if (hasUpper(remote)) {
    const at = remote.indexOf('@');
    // Upper case only after '@' is a digest algorithm (e.g. 'SHA256'), which no registered algorithm matches.
    if (at >= 0 && !hasUpper(remote.slice(0, at))) {
      const digestIssue = digestProblem(remainder.slice(remainder.indexOf('@') + 1));
      if (digestIssue) return fail(digestIssue);
    }
    return fail(`repository name must be lowercase: ${show(at < 0 ? remote : remote.slice(0, at))}`);
  }

  // Names and tags hold no '@' and digests hold no '/', so the digest starts at the first '@'; path components
  // hold no ':', so the tag starts at the first ':' after the last '/' (an earlier ':' belongs to a port).
  const at = remainder.indexOf('@');
  const withoutDigest = at < 0 ? remainder : remainder.slice(0, at);
  const digest = at < 0 ? null : remainder.slice(at + 1);
  const colon = withoutDigest.indexOf(':', withoutDigest.lastIndexOf('/') + 1);
  const path = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const tag = colon < 0 ? null : withoutDigest.slice(colon + 1);

  // Docker's Parse would fall back to reading an invalid host (e.g. 'my_registry.com/app') as part of a path
  // with no registry at all; such a name cannot be pulled from anywhere meaningful, so it is rejected here.
  const registryIssue = registryProblem(domain);
  if (registryIssue)
    return fail(`invalid reference format: invalid registry ${show(domain)}: ${registryIssue}`);
  const pathIssue = pathProblem(path);
  if (pathIssue) return fail(pathIssue);
  if (path.length > REPOSITORY_NAME_MAX)
    return fail(
      `repository name must not be more than ${REPOSITORY_NAME_MAX} characters (${show(path)} has ${path.length})`,
    );
  if (tag !== null) {
    const tagIssue = tagProblem(tag);
    if (tagIssue) return fail(tagIssue);
  }
  if (digest !== null) {
    const digestIssue = digestProblem(digest);
    if (digestIssue) return fail(digestIssue);
  }

  const name = `${domain}/${path}`;
  const suffix = (tag === null ? '' : `:${tag}`) + (digest === null ? '' : `@${digest}`);
  return {
    ok: true,
    ref: {
      registry: domain,
      repository: path,
      tag,
      digest,
      name,
      normalized: name + suffix,
      familiar: familiarName(domain, path) + suffix,
    },
  };
}
