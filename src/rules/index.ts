// Every rule, in the order reports list them.
import { digestNotApproved } from './digest-not-approved.js';
import { digestRequired } from './digest-required.js';
import { eolImage } from './eol-image.js';
import { exceptionExpired } from './exception-expired.js';
import { fileNotScanned } from './file-not-scanned.js';
import { ignoreCommentInvalid } from './ignore-comment-invalid.js';
import { imageDenied } from './image-denied.js';
import { imageNotApproved } from './image-not-approved.js';
import { invalidImage } from './invalid-image.js';
import { latestTag } from './latest-tag.js';
import { lockedSetting } from './locked-setting.js';
import { registryNotAllowed } from './registry-not-allowed.js';
import type { ImageRule, Rule } from './rule.js';
import { tagNotApproved } from './tag-not-approved.js';
import { unofficialImage } from './unofficial-image.js';
import { unresolvedImage } from './unresolved-image.js';
import { suggestSlim } from './suggest-slim.js';
import { suggestDistroless } from './suggest-distroless.js';
import { suggestScratch } from './suggest-scratch.js';
import { alpineMusl } from './alpine-musl.js';
import { digestOutdated } from './digest-outdated.js';

export const RULES: readonly Rule[] = [
  registryNotAllowed,
  imageNotApproved,
  tagNotApproved,
  digestNotApproved,
  imageDenied,
  digestRequired,
  latestTag,
  unresolvedImage,
  invalidImage,
  exceptionExpired,
  eolImage,
  unofficialImage,
  fileNotScanned,
  lockedSetting,
  ignoreCommentInvalid,
  suggestSlim,
  suggestDistroless,
  suggestScratch,
  alpineMusl,
  digestOutdated,
];

/** Rules the specification names that later versions add; a policy may already set their severity. */
export const PLANNED_RULE_IDS: readonly string[] = [];

export const IMAGE_RULES: readonly ImageRule[] = RULES.filter((r): r is ImageRule => r.kind === 'image');

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const DEFAULT_SEVERITIES: ReadonlyMap<string, 'error' | 'warning' | 'notice'> = new Map(
  RULES.map((r) => [r.id, r.severity]),
);
