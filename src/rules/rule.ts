// What every rule module declares, and what an image rule is given to judge one image.
import type { Catalog } from '../catalog.js';
import type { Policy, Severity } from '../policy/types.js';
import type { ShippedKeywords, StageFacts } from '../analyze/stages.js';
import type { DigestFacts } from '../resolve/digests.js';
import type { ImageRef, ImageUse, StageInfo } from '../types.js';

export interface RuleHelp {
  /** why the rule exists and how to fix what it finds */
  text: string;
  /** a Dockerfile line the rule finds */
  bad: string;
  /** the same line, fixed */
  good: string;
}

export interface RuleMeta {
  id: string;
  /** the severity when the policy says nothing */
  severity: Severity;
  /** one sentence: what the rule finds */
  description: string;
  help: RuleHelp;
}

/**
 * What an image-scope rule judges: the reference, whether it ships, and the policy. Nothing of the file it stands
 * in, so that the verdict on one reference holds for every file that names it (the engine keeps it per scan).
 */
export interface ImageFacts {
  use: ImageRef;
  /** `registry/repository` of a resolved image; '' otherwise */
  name: string;
  /** how people write the image: python:3.12 rather than docker.io/library/python:3.12 */
  display: string;
  /** the image ends up in the shipped image: a FROM of the final stage or of a stage it builds on */
  ships: boolean;
  policy: Policy;
  catalog: Catalog;
  /** YYYY-MM-DD */
  today: string;
  /** what the registries said about the tags (absent offline) */
  digests?: DigestFacts;
}

/** What a file-scope rule's `check` judges: the image as it stands in its file, and what the file's stages do. */
export interface ImageContext {
  use: ImageUse;
  /** how people write the image (see ImageFacts) */
  display: string;
  /** the Dockerfile's text */
  text: string;
  /** whether a RUN instruction (heredoc bodies included) of the stage, or of a stage built FROM it, holds a match of
   * the pattern */
  runsMention: (pattern: RegExp, stage: number) => boolean;
  /** for each RUN command (flags left out) of the stage and of the stages built FROM it, in order, the sign of every
   * pattern it matches */
  runSigns: (signs: readonly (readonly [RegExp, string])[], stage: number) => string[];
  /** the file's stages, and what each does (worked out on first use) */
  stages: StageInfo[];
  facts: () => StageFacts[];
  /** what the shipped stages say by their instructions' keywords (worked out on first use) */
  keywords: () => ShippedKeywords;
  /** indexes of the stages that ship: the last and those it is built FROM */
  shipped: ReadonlySet<number>;
}

export interface Suggestion {
  /** the replacement line */
  line: string;
  alternatives: string[];
  /** `fix` may apply it without a person looking: an approved tag, a slim variant, a digest pin */
  safe?: boolean;
  /** a digest pin: `fix` applies it only with --pin */
  pin?: boolean;
  /** the image reference the line puts in, and where in the line it starts (0-based) */
  reference?: string;
  column?: number;
}

/** The image a rule would put in place of the one it found; the engine writes it into the FROM line. */
export interface Replacement {
  reference: string;
  alternatives?: string[];
  /** see Suggestion */
  safe?: boolean;
  pin?: boolean;
}

export interface Hit {
  message: string;
  replace?: Replacement | null;
}

interface ImageRuleMeta extends RuleMeta {
  kind: 'image';
}

/** A rule that judges one image reference by itself: its verdict is kept and reused for the same reference. */
export interface ImageScopeRule extends ImageRuleMeta {
  scope: 'image';
  check(facts: ImageFacts): Hit | null;
}

/**
 * A rule that judges an image by what its file does with it (the base-image ladder). What it can tell from the
 * reference alone (is it on a rung that has a step down, does the policy allow the step) it works out in
 * `prepare`, which the engine keeps per reference as it keeps image-scope verdicts; `check` reads the file only
 * for the images `prepare` let through.
 */
export interface FileScopeRule<Prepared extends object = object> extends ImageRuleMeta {
  scope: 'file';
  /** what `check` needs to know about the image, or null when the rule cannot apply to it */
  prepare(facts: ImageFacts): Prepared | null;
  check(context: ImageContext, prepared: Prepared): Hit | null;
}

/** A rule that judges one image reference at a time. */
export type ImageRule = ImageScopeRule | FileScopeRule;

/** A rule whose findings the engine itself raises (about files, the policy, exceptions, ignore comments). */
export interface EngineRule extends RuleMeta {
  kind: 'engine';
}

export type Rule = ImageRule | EngineRule;
