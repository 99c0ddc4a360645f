// Shapes shared along the flow: discover → read → extract → resolve → evaluate → suggest → report.

/** Where an image reference stands in its file: 1-based lines and columns, end column exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type ImageKind = 'from' | 'copy-from' | 'mount-from' | 'syntax';

/** Whether a reference could be turned into an image: resolved, `scratch`, or why not. */
export type ImageStatus = 'resolved' | 'scratch' | 'unresolved' | 'invalid';

/** One image that a Dockerfile pulls (or tries to), as the JSON report lists it. */
export interface ImageUse extends Span {
  kind: ImageKind;
  /** stage name as written, or its index when unnamed; null for the syntax directive */
  stage: string | null;
  /** the reference stands in the last stage, the one that ships */
  final: boolean;
  /**
   * index of the stage the reference stands in; -1 for the syntax directive (a number either way, so that every
   * record has one shape for the compiled code)
   */
  stageIndex: number;
  /** the reference as written, continuations removed */
  raw: string;
  status: ImageStatus;
  /** full normalised reference: registry/repository[:tag][@digest]; null unless resolved */
  image: string | null;
  registry: string | null;
  repository: string | null;
  tag: string | null;
  digest: string | null;
  /** why the reference is unresolved or invalid; null otherwise */
  error: string | null;
  /** variables the reference used that had no value (expanded to empty, as the builder does) */
  unsetVariables: string[];
}

/**
 * An image reference apart from where it stands: what the image-scope rules may read, so that one verdict serves
 * every use of the same reference.
 */
export type ImageRef = Pick<
  ImageUse,
  'kind' | 'raw' | 'status' | 'image' | 'registry' | 'repository' | 'tag' | 'digest' | 'error'
>;

/** A stage of a Dockerfile, for the rules that look at what the shipped stage does. */
export interface StageInfo {
  index: number;
  name: string | null;
  /** the 1-based line of the first argument (a flag or the image) of the stage's FROM */
  line: number;
  /** the earlier stage of the same file this stage is built on; -1 when it is built on an image */
  baseStage: number;
  final: boolean;
}

/** A file that could not be read as a Dockerfile. */
export type SkipReason = 'too-large' | 'binary' | 'unreadable' | 'symlink-outside' | 'ambiguous';

export interface FileProblem {
  reason: SkipReason;
  message: string;
}

/**
 * A `# base-image-policy ignore=RULE[,RULE] reason="…"` comment. It covers the instruction that follows it; whether
 * it counts is for the policy to say.
 */
export interface InlineIgnore extends Span {
  rules: string[];
  reason: string | null;
  /** the lines of the instruction it covers; null when no instruction follows */
  target: { line: number; endLine: number } | null;
}

export interface ScannedFile {
  /** relative to the scanned root, with `/` */
  path: string;
  images: ImageUse[];
  stages: StageInfo[];
  /** set when the file was not parsed */
  problem: FileProblem | null;
  /** problems in the file's text that do not stop extraction (bad directives, unterminated heredoc, …) */
  warnings: FileWarning[];
  /** inline ignore comments */
  ignores: InlineIgnore[];
  /** the file's text, while it is being judged (suggestions rewrite its lines); not part of any report */
  text?: string;
  /** where each instruction stands in the text, and the escape character: for the analysis of what a stage does */
  instructions?: { keyword: string; start: number; keywordEnd: number; end: number }[];
  escape?: '\\' | '`';
}

export interface FileWarning extends Span {
  message: string;
}

/** Raised for bad flags, paths or configuration: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
