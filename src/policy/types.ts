// The policy as the rules see it: loaded, validated, merged along `extends`, patterns compiled.
import type { ImagePattern, Matcher, RegistryPattern } from './pattern.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

/** A place in a policy file, for messages and for findings about the policy itself. */
export interface PolicyLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ApprovedEntry {
  image: ImagePattern;
  tags: { source: string; match: Matcher }[] | null;
  digests: string[] | null;
  stages: ('build' | 'final')[] | null;
  where: PolicyLocation;
}

export interface DeniedEntry {
  image: ImagePattern;
  tags: { source: string; match: Matcher }[] | null;
  reason: string | null;
  use: string | null;
  where: PolicyLocation;
}

export interface ExceptionEntry {
  files: string[] | null;
  matchFile: Matcher | null;
  image: ImagePattern | null;
  rules: string[] | null;
  reason: string;
  /** YYYY-MM-DD: the last day the exception applies */
  expires: string | null;
  where: PolicyLocation;
}

/** A `catalog:` entry of a policy: an image family the built-in catalog does not know, or more of one. */
export interface CatalogAddition {
  image: ImagePattern;
  family: string | null;
  variants: Partial<Record<'slim' | 'alpine' | 'distroless' | 'chainguard', string>>;
  eol: Record<string, string>;
  where: PolicyLocation;
}

/** A list the image must satisfy. A locked list of a parent policy and a child's own list are both enforced. */
export interface RegistryList {
  patterns: RegistryPattern[];
  where: PolicyLocation;
}
export interface ApprovedList {
  entries: ApprovedEntry[];
  where: PolicyLocation;
}

/** Something wrong in how the policies fit together (a child loosening a locked setting). */
export interface PolicyProblem {
  rule: 'locked-setting';
  message: string;
  where: PolicyLocation;
}

export interface Policy {
  /** the policy file as given, or the built-in policy's name */
  source: string;
  /** every file read, root policy first */
  files: string[];
  settings: {
    requireDigest: boolean;
    allowLatest: boolean;
    inlineIgnores: boolean;
  };
  /** severities set by the policy; rules not named keep their defaults */
  severities: Map<string, SeverityOrOff>;
  registries: RegistryList[];
  approved: ApprovedList[];
  denied: DeniedEntry[];
  exceptions: ExceptionEntry[];
  catalog: CatalogAddition[];
  problems: PolicyProblem[];
}
