// A policy and everything it extends, merged into the one the rules use.
//
// Merging, parent first: settings and rule severities are overridden by the child; `registries` and `approved`
// grow by what the child adds; `denied`, `exceptions` and `catalog` add up. What a parent locks, a child cannot
// loosen: a locked setting or severity keeps the parent's value, a locked list becomes a fence that every image must
// pass whatever the child lists, locked exceptions admit no new ones. Each attempt to loosen is a `locked-setting`
// finding at the child's line, never a silent override.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtInPolicyPath, BUILT_IN_POLICY } from '../assets.js';
import { compileImagePattern, compileRegistryPattern, compileTagPattern } from './pattern.js';
import { PolicyError, readPolicyFile, parsePolicyText, type PolicyDocument } from './load.js';
import type {
  ApprovedEntry,
  ApprovedList,
  CatalogAddition,
  DeniedEntry,
  ExceptionEntry,
  Policy,
  PolicyProblem,
  RegistryList,
  SeverityOrOff,
} from './types.js';
import { compileGlobs } from './glob.js';

const MAX_EXTENDS_DEPTH = 10;
const UNLOWERABLE = new Set(['locked-setting']);
/** Locking a setting or list locks the severity of the rules that enforce it: turning those off would undo it. */
const ENFORCED_BY: Record<string, string[]> = {
  'digest-required': ['require-digest'],
  'latest-tag': ['allow-latest'],
  'registry-not-allowed': ['registries'],
  'image-not-approved': ['approved'],
  'tag-not-approved': ['approved'],
  'digest-not-approved': ['approved'],
  'image-denied': ['denied'],
  'exception-expired': ['exceptions'],
  'ignore-comment-invalid': ['inline-ignores'],
};
/**
 * Rules that keep the scan whole: a file not read, a reference left to a build argument or not a reference at all
 * would let any image through. Any lock at all locks them.
 */
const INTEGRITY_RULES = new Set(['file-not-scanned', 'unresolved-image', 'invalid-image']);
const SEVERITY_RANK: Record<SeverityOrOff, number> = { off: 0, notice: 1, warning: 2, error: 3 };

/** `OWNER/REPO/PATH@REF`: a policy in another repository, read by the action through the API. */
export const REMOTE_POLICY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+\/[^@]+@[^@\s]+$/;

export interface LoadOptions {
  /** fetches OWNER/REPO/PATH@REF; without it such a reference is a configuration error */
  fetchRemote?: (spec: string) => Promise<string>;
  /** the severity each rule has when no policy names it */
  defaultSeverities?: ReadonlyMap<string, SeverityOrOff>;
  /** how the policy is named in reports (default: the path as given) */
  display?: string;
  /**
   * OWNER/REPO/PATH@REF that must head the chain of extends: the central policy a workflow names. A repository
   * policy that drops its `extends` line still sits under it, so a pull request cannot step out of its locks.
   */
  central?: string;
}

/** The repository's own policy, when it has one. */
export const REPOSITORY_POLICY = '.github/base-image-policy.yml';

/**
 * The policy a run uses: the one given (a path relative to `root`, or OWNER/REPO/PATH@REF), else the repository's
 * own, else the built-in one. A central policy given as OWNER/REPO/PATH@REF, when the repository has its own too, is
 * the head of the repository policy's chain: the repository policy adds to it under its locks, whatever its own
 * `extends` line says. `localPath` is the policy file relative to `root`, when there is one.
 */
export async function loadConfiguredPolicy(
  given: string | undefined,
  root: string,
  options: LoadOptions & {
    /** name a given policy by its path relative to `root` (the action), not as it was given (the command line) */
    relativeName?: boolean;
  } = {},
): Promise<{ policy: Policy; localPath: string | null }> {
  if (given && REMOTE_POLICY.test(given)) {
    if (!existsSync(path.join(root, REPOSITORY_POLICY)))
      return { policy: await loadPolicy(given, options), localPath: null };
    const local = path.join(root, REPOSITORY_POLICY);
    const policy = await loadPolicy(local, { ...options, display: REPOSITORY_POLICY, central: given });
    return { policy, localPath: REPOSITORY_POLICY };
  }
  const chosen = given || (existsSync(path.join(root, REPOSITORY_POLICY)) ? REPOSITORY_POLICY : '');
  if (chosen === '') return { policy: await loadBuiltInPolicy(options), localPath: null };
  const absolute = path.resolve(root, chosen);
  const localPath = path.relative(root, absolute).split(path.sep).join('/');
  const display = given && !options.relativeName ? given : localPath;
  return { policy: await loadPolicy(absolute, { ...options, display }), localPath };
}

/** Reads the built-in policy (`policies/default.yml`). */
export async function loadBuiltInPolicy(options: LoadOptions = {}): Promise<Policy> {
  return loadPolicy(builtInPolicyPath(), { ...options, display: BUILT_IN_POLICY });
}

export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<Policy> {
  const chain: PolicyDocument[] = [];
  const seen = new Set<string>();
  let doc = REMOTE_POLICY.test(file)
    ? await fetchDocument(file, options, null)
    : readPolicyFile(file, options.display ?? file);
  let where = REMOTE_POLICY.test(file) ? null : path.resolve(file);
  seen.add(where ?? file);
  chain.unshift(doc);
  const central = options.central;
  for (;;) {
    // once the chain ends, the central policy heads it unless it is already in it
    const spec = doc.data.extends ?? (central !== undefined && !seen.has(central) ? central : undefined);
    if (spec === undefined) break;
    const from = doc;
    if (chain.length > MAX_EXTENDS_DEPTH) {
      throw new PolicyError([
        {
          ...pos(from, ['extends']),
          message: `policies extend each other more than ${MAX_EXTENDS_DEPTH} deep`,
        },
      ]);
    }
    if (REMOTE_POLICY.test(spec)) {
      if (seen.has(spec))
        throw new PolicyError([
          { ...pos(from, ['extends']), message: `"${spec}" is already in the chain of extends (a cycle)` },
        ]);
      seen.add(spec);
      doc = await fetchDocument(spec, options, from.data.extends === undefined ? null : from);
      where = null;
    } else {
      if (where === null) {
        throw new PolicyError([
          {
            ...pos(from, ['extends']),
            message: `a policy from another repository can only extend OWNER/REPO/PATH@REF, not the local path "${spec}"`,
          },
        ]);
      }
      const target = path.resolve(path.dirname(where), spec);
      if (seen.has(target))
        throw new PolicyError([
          { ...pos(from, ['extends']), message: `"${spec}" is already in the chain of extends (a cycle)` },
        ]);
      seen.add(target);
      const display = path.join(path.dirname(from.file), spec).split(path.sep).join('/');
      doc = readPolicyFileFrom(target, display, from);
      where = target;
    }
    chain.unshift(doc);
  }
  return merge(
    chain,
    options.defaultSeverities ?? new Map(),
    options.display ?? chain[chain.length - 1].file,
  );
}

function pos(doc: PolicyDocument, at: (string | number)[]): { file: string; line: number; column: number } {
  const l = doc.locate(at);
  return { file: doc.file, line: l.line, column: l.column };
}

function readPolicyFileFrom(target: string, display: string, from: PolicyDocument): PolicyDocument {
  try {
    return readPolicyFile(target, display);
  } catch (error) {
    if (error instanceof PolicyError && error.problems[0]?.line === 0) {
      throw new PolicyError([
        {
          ...pos(from, ['extends']),
          message: `extends "${from.data.extends}": ${error.problems[0].message}`,
        },
      ]);
    }
    throw error;
  }
}

async function fetchDocument(
  spec: string,
  options: LoadOptions,
  from: PolicyDocument | null,
): Promise<PolicyDocument> {
  const here = from ? pos(from, ['extends']) : { file: spec, line: 0, column: 0 };
  if (!options.fetchRemote) {
    throw new PolicyError([
      {
        ...here,
        message: `"${spec}" is a policy in another repository; the GitHub Action reads those (with policy-token). Here, give a local file`,
      },
    ]);
  }
  let text: string;
  try {
    text = await options.fetchRemote(spec);
  } catch (error) {
    throw new PolicyError([
      { ...here, message: `cannot read the policy "${spec}": ${(error as Error).message}` },
    ]);
  }
  return parsePolicyText(text, spec);
}

interface Accumulated {
  requireDigest: boolean;
  allowLatest: boolean;
  inlineIgnores: boolean;
  locked: Map<string, string>; // what is locked → the file that locked it
  severities: Map<string, SeverityOrOff>;
  registryFences: RegistryList[];
  registries: RegistryList | null;
  approvedFences: ApprovedList[];
  approved: ApprovedList | null;
  denied: DeniedEntry[];
  exceptions: ExceptionEntry[];
  catalog: CatalogAddition[];
  problems: PolicyProblem[];
}

function merge(
  chain: PolicyDocument[],
  defaults: ReadonlyMap<string, SeverityOrOff>,
  source: string,
): Policy {
  const acc: Accumulated = {
    requireDigest: false,
    allowLatest: false,
    inlineIgnores: false,
    locked: new Map(),
    severities: new Map(),
    registryFences: [],
    registries: null,
    approvedFences: [],
    approved: null,
    denied: [],
    exceptions: [],
    catalog: [],
    problems: [],
  };
  for (const doc of chain) mergeLayer(acc, doc, defaults);
  return {
    source,
    files: chain.map((d) => d.file),
    settings: {
      requireDigest: acc.requireDigest,
      allowLatest: acc.allowLatest,
      inlineIgnores: acc.inlineIgnores,
    },
    severities: acc.severities,
    registries: acc.registries ? [...acc.registryFences, acc.registries] : acc.registryFences,
    approved: acc.approved ? [...acc.approvedFences, acc.approved] : acc.approvedFences,
    denied: acc.denied,
    exceptions: acc.exceptions,
    catalog: acc.catalog,
    problems: acc.problems,
  };
}

function mergeLayer(
  acc: Accumulated,
  doc: PolicyDocument,
  defaults: ReadonlyMap<string, SeverityOrOff>,
): void {
  const data = doc.data;
  const problem = (at: (string | number)[], message: string): void => {
    acc.problems.push({ rule: 'locked-setting', message, where: doc.locate(at) });
  };
  const lockedBy = (key: string): string | undefined => acc.locked.get(key);

  // settings: a locked one may only be made stricter
  const settings = data.settings ?? {};
  const flag = (
    key: 'require-digest' | 'allow-latest' | 'inline-ignores',
    field: 'requireDigest' | 'allowLatest' | 'inlineIgnores',
    strict: boolean,
  ): void => {
    const value = settings[key];
    if (value === undefined) return;
    const locker = lockedBy(key);
    if (locker !== undefined && value !== acc[field] && value !== strict) {
      problem(
        ['settings', key],
        `"${key}: ${value}" loosens a setting that ${locker} locks at ${acc[field]}; it stays ${acc[field]}`,
      );
      return;
    }
    acc[field] = value;
  };
  flag('require-digest', 'requireDigest', true);
  flag('allow-latest', 'allowLatest', false);
  flag('inline-ignores', 'inlineIgnores', false);

  for (const [rule, severity] of Object.entries(data.rules ?? {})) {
    const value = severity as SeverityOrOff;
    if (UNLOWERABLE.has(rule) && value !== 'error') {
      problem(['rules', rule], `"${rule}" guards the policy itself and stays an error`);
      continue;
    }
    // locking a setting or list locks the severity of the rules that enforce it
    const locker =
      lockedBy('rules') ??
      (ENFORCED_BY[rule] ?? []).map(lockedBy).find((l) => l !== undefined) ??
      (INTEGRITY_RULES.has(rule) ? acc.locked.values().next().value : undefined);
    const current =
      acc.severities.get(rule) ??
      (rule === 'digest-required' && acc.requireDigest ? 'error' : defaults.get(rule));
    if (locker !== undefined && current !== undefined && SEVERITY_RANK[value] < SEVERITY_RANK[current]) {
      problem(
        ['rules', rule],
        `"${rule}: ${value}" lowers a rule severity that ${locker} locks at ${current}; it stays ${current}`,
      );
      continue;
    }
    acc.severities.set(rule, value);
  }

  if (data.registries) {
    const list: RegistryList = {
      patterns: data.registries.map((r) => compileRegistryPattern(r)),
      where: doc.locate(['registries'], true),
    };
    const locker = lockedBy('registries');
    if (locker !== undefined) {
      list.patterns.forEach((p, i) => {
        if (
          !acc.registryFences.every((fence) =>
            fence.patterns.some((f) => f.name === p.name || f.match(p.name)),
          )
        ) {
          problem(
            ['registries', i],
            `"${p.source}" is outside the registries that ${locker} locks; images from it stay findings`,
          );
        }
      });
    }
    acc.registries = acc.registries
      ? { patterns: [...acc.registries.patterns, ...list.patterns], where: list.where }
      : list;
  }

  if (data.approved) {
    const entries: ApprovedEntry[] = data.approved.map((raw, i) => {
      const image = compileImagePattern(raw.image);
      const tags = raw.tags ?? (image.tag !== null ? [image.tag] : null);
      return {
        image,
        tags: tags ? tags.map((t) => ({ source: t, match: compileTagPattern(t) })) : null,
        digests: raw.digests ?? null,
        stages: raw.stages ?? null,
        where: doc.locate(['approved', i]),
      };
    });
    const locker = lockedBy('approved');
    if (locker !== undefined) {
      entries.forEach((entry, i) => {
        const admitted = acc.approvedFences.every((fence) =>
          fence.entries.some(
            (f) =>
              f.image.name === entry.image.name ||
              f.image.matchName(entry.image.name) ||
              (f.image.scratch && entry.image.scratch),
          ),
        );
        if (!admitted) {
          problem(
            ['approved', i, 'image'],
            `"${entry.image.source}" is not in the approved list that ${locker} locks; it stays a finding`,
          );
        }
      });
    }
    const where = doc.locate(['approved'], true);
    acc.approved = acc.approved
      ? { entries: [...acc.approved.entries, ...entries], where }
      : { entries, where };
  }

  data.denied?.forEach((raw, i) => {
    const image = compileImagePattern(raw.image);
    const tags = raw.tags ?? (image.tag !== null ? [image.tag] : null);
    acc.denied.push({
      image,
      tags: tags ? tags.map((t) => ({ source: t, match: compileTagPattern(t) })) : null,
      reason: raw.reason ?? null,
      use: raw.use ?? null,
      where: doc.locate(['denied', i]),
    });
  });

  data.exceptions?.forEach((raw, i) => {
    const locker = lockedBy('exceptions');
    if (locker !== undefined) {
      problem(
        ['exceptions', i],
        `${locker} locks exceptions; this one does not apply (reason given: ${raw.reason})`,
      );
      return;
    }
    acc.exceptions.push({
      files: raw.files ?? null,
      matchFile: raw.files ? compileGlobs(raw.files) : null,
      image: raw.image !== undefined ? compileImagePattern(raw.image) : null,
      rules: raw.rules ?? null,
      reason: raw.reason,
      expires: raw.expires ?? null,
      where: doc.locate(['exceptions', i]),
    });
  });

  data.catalog?.forEach((raw, i) => {
    const variants: CatalogAddition['variants'] = {};
    for (const rung of ['slim', 'alpine', 'distroless', 'chainguard'] as const) {
      const v = raw[rung];
      if (v !== undefined) variants[rung] = v;
    }
    acc.catalog.push({
      image: compileImagePattern(raw.image, { allowTag: false }),
      family: raw.family ?? null,
      variants,
      eol: raw.eol ?? {},
      where: doc.locate(['catalog', i]),
    });
  });

  // what this layer locks binds every layer after it, at the values it has now
  for (const key of data.settings?.locked ?? []) {
    if (acc.locked.has(key)) continue;
    acc.locked.set(key, doc.file);
    if (key === 'registries' && acc.registries) {
      acc.registryFences.push(acc.registries);
      acc.registries = null;
    }
    if (key === 'approved' && acc.approved) {
      acc.approvedFences.push(acc.approved);
      acc.approved = null;
    }
  }
}

/** A single policy from its text (no `extends`), as tests and in-memory callers need it. */
export function policyFromText(
  text: string,
  file = 'policy.yml',
  defaults: ReadonlyMap<string, SeverityOrOff> = new Map(),
): Policy {
  const doc = parsePolicyText(text, file);
  if (doc.data.extends !== undefined) {
    throw new PolicyError([{ ...pos(doc, ['extends']), message: 'extends needs a policy read from a file' }]);
  }
  return merge([doc], defaults, file);
}
