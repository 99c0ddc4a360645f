// evaluate: every image of a scanned file judged by every rule, at the severities the policy sets; then the
// policy's exceptions and (when it allows them) inline ignore comments take out what they cover.
import {
  analyzeStages,
  runsMention,
  runSigns,
  shippedKeywords,
  type ShippedKeywords,
  type StageFacts,
} from './analyze/stages.js';
import type { Catalog } from './catalog.js';
import type { DigestFacts } from './resolve/digests.js';
import { entryNames, nameOf } from './policy/match.js';
import type { ExceptionEntry, Policy, Severity, SeverityOrOff } from './policy/types.js';
import { IMAGE_RULES, RULES_BY_ID } from './rules/index.js';
import { familiar } from './rules/names.js';
import type { FileScopeRule, Hit, ImageContext, ImageFacts, ImageRule, Suggestion } from './rules/rule.js';
import { detached, detachedOrNull } from './strings.js';
import { suggestionFor } from './suggest/rewrite.js';
import type { ImageRef, ImageUse, InlineIgnore, ScannedFile, Span, StageInfo } from './types.js';

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  /** the Dockerfile (or policy file) the finding is in, relative to the scanned root */
  path: string;
  /** the full normalised image, when the finding is about one */
  image: string | null;
  message: string;
  suggestion: Suggestion | null;
}

export interface EvaluateOptions {
  policy: Policy;
  catalog: Catalog;
  /** YYYY-MM-DD: exceptions and end-of-life dates are judged on this day */
  today: string;
  /** the rules to run (default: all) */
  rules?: readonly ImageRule[];
  /** what registries said about the tags; absent when no look-ups were made */
  digests?: DigestFacts;
  /** verdicts kept across the files of one scan (see VerdictCache) */
  verdicts?: VerdictCache;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The severity a rule has under a policy, or 'off'. */
export function severityOf(ruleId: string, policy: Policy): SeverityOrOff {
  const set = policy.severities.get(ruleId);
  if (ruleId === 'latest-tag' && policy.settings.allowLatest) return 'off';
  if (set !== undefined) return set;
  if (ruleId === 'digest-required') return policy.settings.requireDigest ? 'error' : 'warning';
  return RULES_BY_ID.get(ruleId)?.severity ?? 'error';
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The stages whose content ends up in the shipped image: the last stage and every stage it is built FROM. */
export function shippedStages(stages: StageInfo[]): Set<number> {
  const shipped = new Set<number>();
  let current = stages.length - 1;
  while (current >= 0 && !shipped.has(current)) {
    shipped.add(current);
    current = stages[current]?.baseStage ?? -1;
  }
  return shipped;
}

function displayOf(use: ImageRef): string {
  if (use.status === 'scratch') return 'scratch';
  return use.image ? familiar(use.image) : use.raw;
}

function exceptionCovers(
  exception: ExceptionEntry,
  rule: string,
  path: string,
  use: ImageUse | null,
): boolean {
  if (exception.rules !== null && !exception.rules.includes(rule)) return false;
  if (exception.matchFile !== null && !exception.matchFile(path)) return false;
  if (exception.image !== null) {
    if (use === null) return false;
    if (
      !entryNames(
        { image: exception.image, tags: null, reason: null, use: null, where: exception.where },
        use,
      )
    )
      return false;
    if (exception.image.matchTag !== null) {
      const tag = use.tag ?? (use.digest === null ? 'latest' : null);
      if (tag === null || !exception.image.matchTag(tag)) return false;
    }
  }
  return true;
}

interface ActiveRules {
  /**
   * In the rules' own order: findings are made in this order, so that findings a sort cannot tell apart (two
   * exceptions expiring on one image) keep a fixed order
   */
  rules: { rule: ImageRule; severity: Severity }[];
  /** the severity of file-not-scanned */
  notScanned: SeverityOrOff;
}

const activeRulesCache = new WeakMap<Policy, Map<readonly ImageRule[], ActiveRules>>();

/** The rules a policy leaves on, with their severities: worked out once per policy, not per image. */
function activeRules(policy: Policy, rules: readonly ImageRule[]): ActiveRules {
  let byList = activeRulesCache.get(policy);
  if (!byList) activeRulesCache.set(policy, (byList = new Map()));
  let active = byList.get(rules);
  if (!active) {
    active = { rules: [], notScanned: severityOf('file-not-scanned', policy) };
    for (const rule of rules) {
      const severity = severityOf(rule.id, policy);
      if (severity !== 'off') active.rules.push({ rule, severity });
    }
    byList.set(rules, active);
  }
  return active;
}

/**
 * The image-scope rules' verdicts and what the file-scope rules prepare, kept by reference for one scan: most files
 * name the same few images, so each distinct reference is judged once. Verdicts hold for one policy, catalog, day
 * and set of digest facts; given others, the cache starts again.
 */
export class VerdictCache {
  /** by the reference as written, then by the rest of ImageRef and whether the image ships */
  private readonly byRaw = new Map<string, Verdict[]>();
  private size = 0;
  private basis: {
    rules: ActiveRules;
    policy: Policy;
    catalog: Catalog;
    today: string;
    digests: DigestFacts | undefined;
  } | null = null;

  /** Starts a file: verdicts kept for other rules or options are dropped. */
  start(rules: ActiveRules, options: EvaluateOptions): void {
    const basis = this.basis;
    if (
      basis === null ||
      basis.rules !== rules ||
      basis.policy !== options.policy ||
      basis.catalog !== options.catalog ||
      basis.today !== options.today ||
      basis.digests !== options.digests ||
      this.size >= MAX_VERDICTS
    ) {
      this.byRaw.clear();
      this.size = 0;
      const { policy, catalog, today, digests } = options;
      this.basis = { rules, policy, catalog, today, digests };
    }
  }

  get(use: ImageRef, ships: boolean): Verdict | undefined {
    const verdicts = this.byRaw.get(use.raw);
    if (verdicts === undefined) return undefined;
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i];
      if (v.ships === ships && sameReference(v.use, use)) return v;
    }
    return undefined;
  }

  /** `use`: the reference as `keptReference` copies it. */
  set(use: ImageRef, ships: boolean, judged: Pick<Verdict, 'display' | 'steps'>): Verdict {
    const verdict: Verdict = { use, ships, ...judged };
    const verdicts = this.byRaw.get(use.raw);
    if (verdicts === undefined) this.byRaw.set(use.raw, [verdict]);
    else verdicts.push(verdict);
    this.size++;
    return verdict;
  }
}

interface Verdict {
  use: ImageRef;
  ships: boolean;
  /** how people write the image */
  display: string;
  /** what there is to do for each use of the image, in the rules' order; null for nothing (an empty list would be
   * another kind of array, which the compiled loop over the steps would stop for) */
  steps: Step[] | null;
}

/**
 * An image-scope rule's verdict to report, or a file-scope rule to run with what it prepared. Both kinds have the
 * same fields, so that the loop over them reads one shape.
 */
type Step =
  | { rule: ImageRule; severity: Severity; hit: Hit; check: null; ready: null }
  | { rule: ImageRule; severity: Severity; hit: null; check: FileScopeRule; ready: object };

/** Every field a rule can read (ImageRef) is the same: nothing else goes into a verdict. */
function sameReference(a: ImageRef, b: ImageRef): boolean {
  return (
    a.kind === b.kind &&
    a.status === b.status &&
    a.image === b.image &&
    a.registry === b.registry &&
    a.repository === b.repository &&
    a.tag === b.tag &&
    a.digest === b.digest &&
    a.error === b.error
  );
}

// a bound, so that a scan of many distinct references cannot grow the cache without end
const MAX_VERDICTS = 10_000;

/** What an image-scope rule (and a ladder rule's `prepare`) is given about an image. */
function factsOf(use: ImageRef, ships: boolean, options: EvaluateOptions): ImageFacts {
  const { policy, catalog, today, digests } = options;
  return { use, name: nameOf(use), display: displayOf(use), ships, policy, catalog, today, digests };
}

/**
 * The image-scope rules' verdicts on a reference not judged before, and what the file-scope rules prepare for it,
 * kept. A function of its own, called seldom: the verdicts live as long as the scan, and the engine's choice of where
 * to allocate such long-lived records would otherwise make it compile the whole of evaluateFile again.
 */
function judgeReference(
  use: ImageUse,
  ships: boolean,
  rules: ActiveRules,
  options: EvaluateOptions,
  verdicts: VerdictCache,
): Verdict {
  // the verdict outlives the file: it is worked out from a copy of the reference that shares nothing with the text
  const imageFacts = factsOf(keptReference(use), ships, options);
  // only what applies is kept: most images draw two or three findings from some sixteen rules
  const steps: Step[] = [];
  for (let i = 0; i < rules.rules.length; i++) {
    const { rule, severity } = rules.rules[i];
    if (rule.scope === 'image') {
      const hit = rule.check(imageFacts);
      if (hit) steps.push({ rule, severity, hit, check: null, ready: null });
    } else {
      const ready = rule.prepare(imageFacts);
      if (ready !== null) steps.push({ rule, severity, hit: null, check: rule, ready });
    }
  }
  return verdicts.set(imageFacts.use, ships, {
    display: imageFacts.display,
    steps: steps.length > 0 ? steps : null,
  });
}

/**
 * The reference of a use alone (not where the file has it), in strings that do not keep the file's text: the parsed
 * parts are the parser's own copies already (and, being the same strings file after file, compare at once).
 */
function keptReference(use: ImageRef): ImageRef {
  const { kind, status, image, registry, repository, tag, digest } = use;
  return {
    kind,
    raw: detached(use.raw),
    status,
    image,
    registry,
    repository,
    tag,
    digest,
    error: detachedOrNull(use.error),
  };
}

/** Judge one scanned file. */
export function evaluateFile(file: ScannedFile, options: EvaluateOptions): Finding[] {
  const { policy, today } = options;
  // the findings, and the image each is about (null for the file itself)
  const findings: Finding[] = [];
  const about: (ImageUse | null)[] = [];
  const rules = activeRules(policy, options.rules ?? IMAGE_RULES);
  const notScanned = rules.notScanned;
  if (file.problem && notScanned !== 'off') {
    const message = `${file.path} was not scanned: ${file.problem.message}`;
    const top = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    findings.push(findingAt(file.path, 'file-not-scanned', notScanned, top, message));
    about.push(null);
  }
  const shipped = shippedStages(file.stages);
  const verdicts = options.verdicts ?? new VerdictCache();
  verdicts.start(rules, options);
  let facts: StageFacts[] | null = null;
  const stageFacts = (): StageFacts[] => (facts ??= analyzeStages(file));
  // a rule may ask about several images of a file: the last answer is kept
  let runWords: { pattern: RegExp; stage: number; found: boolean } | null = null;
  const runsMentionOf = (pattern: RegExp, stage: number): boolean => {
    if (runWords === null || runWords.pattern !== pattern || runWords.stage !== stage)
      runWords = { pattern, stage, found: runsMention(file, pattern, stage) };
    return runWords.found;
  };
  const runSignsOf = (signs: readonly (readonly [RegExp, string])[], stage: number): string[] =>
    runSigns(file, signs, stage);
  let keywords: ShippedKeywords | null = null;
  const keywordsOf = (): ShippedKeywords => (keywords ??= shippedKeywords(file, shipped));
  const found = (use: ImageUse, rule: ImageRule, severity: Severity, hit: Hit): void => {
    const suggestion = hit.replace ? suggestionFor(file.text, use, hit.replace) : null;
    const finding = findingAt(file.path, rule.id, severity, use, hit.message, use.image, suggestion);
    findings.push(finding);
    about.push(use);
  };
  // counted loops, here and in the scan's other per-file loops: a for-of loop runs the array iterator's steps until
  // the engine compiles it, and compiles to more code, which a scan pays for on every run
  const images = file.images;
  for (let i = 0; i < images.length; i++) {
    const use = images[i];
    const ships = shipped.has(use.stageIndex);
    const verdict = verdicts.get(use, ships) ?? judgeReference(use, ships, rules, options, verdicts);
    if (verdict.steps === null) continue;
    let context: ImageContext | null = null;
    const steps = verdict.steps;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      if (step.check === null) {
        found(use, step.rule, step.severity, step.hit);
        continue;
      }
      context ??= {
        use,
        display: verdict.display,
        text: file.text ?? '',
        runsMention: runsMentionOf,
        runSigns: runSignsOf,
        stages: file.stages,
        facts: stageFacts,
        keywords: keywordsOf,
        shipped,
      };
      const hit = step.check.check(context, step.ready);
      if (hit) found(use, step.rule, step.severity, hit);
    }
  }
  if (policy.exceptions.length === 0 && file.ignores.length === 0) return sortFindings(findings);

  // exceptions: an unexpired one that covers a finding takes it out; an expired one is a finding of its own
  const kept: Finding[] = [];
  const expired: Finding[] = [];
  const expiredReported = new Set<string>();
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    const use = about[i];
    const covering = policy.exceptions.filter((e) => exceptionCovers(e, finding.rule, file.path, use));
    if (covering.some((e) => e.expires === null || e.expires >= today)) continue;
    kept.push(finding);
    for (const e of covering) {
      const key = `${e.where.file}:${e.where.line}:${finding.line}:${finding.column}`;
      if (expiredReported.has(key)) continue;
      expiredReported.add(key);
      const severity = severityOf('exception-expired', policy);
      if (severity === 'off') continue;
      expired.push({
        ...finding,
        rule: 'exception-expired',
        severity,
        message: `the exception at ${e.where.file}:${e.where.line} (${e.reason}) expired on ${e.expires}; it no longer covers ${use ? displayOf(use) : file.path}`,
        suggestion: null,
      });
    }
  }
  return sortFindings(applyIgnores(file, [...kept, ...expired], policy));
}

// findings about the policy, files and exceptions cannot be ignored from inside a Dockerfile
const UNIGNORABLE = new Set([
  'exception-expired',
  'file-not-scanned',
  'locked-setting',
  'ignore-comment-invalid',
]);

/** Inline ignore comments: those that count take out the findings they name on the next instruction. */
function applyIgnores(file: ScannedFile, findings: Finding[], policy: Policy): Finding[] {
  if (file.ignores.length === 0) return findings;
  const invalid: Finding[] = [];
  const report = (span: Span, message: string): void => {
    const severity = severityOf('ignore-comment-invalid', policy);
    if (severity === 'off') return;
    invalid.push(findingAt(file.path, 'ignore-comment-invalid', severity, span, message));
  };
  const counting: InlineIgnore[] = [];
  for (const ignore of file.ignores) {
    const unknown = ignore.rules.filter((r) => !RULES_BY_ID.has(r));
    if (!policy.settings.inlineIgnores) {
      report(
        ignore,
        'the policy does not allow inline ignores (settings: inline-ignores), so this comment has no effect',
      );
    } else if (ignore.rules.length === 0) {
      report(ignore, 'the ignore comment names no rule: write ignore=RULE[,RULE] reason="why"');
    } else if (unknown.length > 0) {
      report(
        ignore,
        `the ignore comment names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
      );
    } else if (ignore.reason === null) {
      report(ignore, 'the ignore comment has no reason, so it does not count: add reason="why"');
    } else if (ignore.target === null) {
      report(ignore, 'no instruction follows the ignore comment');
    } else {
      counting.push(ignore);
    }
  }
  const left = findings.filter(
    (finding) =>
      UNIGNORABLE.has(finding.rule) ||
      !counting.some(
        (i) =>
          i.rules.includes(finding.rule) &&
          i.target !== null &&
          finding.line >= i.target.line &&
          finding.line <= i.target.endLine,
      ),
  );
  return [...left, ...invalid];
}

/** A finding at a place (only the place is taken from `span`). */
function findingAt(
  path: string,
  rule: string,
  severity: Severity,
  span: Span,
  message: string,
  image: string | null = null,
  suggestion: Suggestion | null = null,
): Finding {
  const { line, column, endLine, endColumn } = span;
  return { rule, severity, path, line, column, endLine, endColumn, image, message, suggestion };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  if (findings.length > 16) return findings.sort(compareFindings);
  // a file has a few findings, nearly in order: sorted in place by insertion (stable, as the built-in sort is), which
  // spares the built-in sort's copy of the list for each file
  for (let i = 1; i < findings.length; i++) {
    const finding = findings[i];
    let j = i;
    for (; j > 0 && compareFindings(findings[j - 1], finding) > 0; j--) findings[j] = findings[j - 1];
    findings[j] = finding;
  }
  return findings;
}

/** Findings about the policy itself: a child policy loosening what its parent locked. */
export function policyFindings(policy: Policy): Finding[] {
  const out: Finding[] = [];
  for (const problem of policy.problems) {
    const severity = severityOf(problem.rule, policy);
    if (severity === 'off') continue;
    out.push(findingAt(problem.where.file, problem.rule, severity, problem.where, problem.message));
  }
  return out;
}
