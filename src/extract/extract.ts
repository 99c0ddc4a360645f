// extract: every image a Dockerfile pulls, resolved and located as the builder would see it.
// dockerfile-ast gives the structure (instructions, continuations, heredocs, comments); the arguments of the
// instructions that name images are re-read here with the builder's own tokenising and expansion rules.
import { containsVariable, expandWord, ExpansionError } from '../expand.js';
import { parseImageReference } from '../reference.js';
import type { FileWarning, ImageKind, ImageUse, InlineIgnore, StageInfo } from '../types.js';
import { parseDirectives, type Directives } from './directives.js';
import { keywordIn, splitInstructions, type InstructionSpan } from './instructions.js';
import {
  bomLength,
  extractFlags,
  isGoSpace,
  LineIndex,
  logicalLine,
  parseMountFields,
  parseWords,
  splitWhitespace,
  type Traced,
  type Word,
} from './tokens.js';

export interface Platform {
  os: string;
  arch: string;
  variant: string;
}

export interface ExtractOptions {
  /** `--build-arg NAME=value`: overrides the default of a global ARG of the same name */
  buildArgs?: ReadonlyMap<string, string>;
  /** the build and target platform for the automatic platform ARGs; linux/amd64 when not given */
  platform?: Platform;
}

export interface Extraction {
  images: ImageUse[];
  stages: StageInfo[];
  warnings: FileWarning[];
  ignores: InlineIgnore[];
  instructions: InstructionSpan[];
  escape: '\\' | '`';
}

const IGNORE_COMMENT = /^[ \t]*#[ \t]*base-image-policy[ \t]+ignore(?:=([^ \t\r\n]*))?([^\r\n]*)/gm;
const IGNORE_REASON = /\breason=(?:"([^"]*)"|'([^']*)'|([^ \t\r\n]+))/;

const DEFAULT_PLATFORM: Platform = { os: 'linux', arch: 'amd64', variant: '' };

const platformArgsCache = new Map<string, ReadonlyMap<string, string>>();

/** The ARGs the builder defines before any FROM: the build and target platform. */
export function platformArgs(platform: Platform = DEFAULT_PLATFORM): ReadonlyMap<string, string> {
  const key = `${platform.os}/${platform.arch}/${platform.variant}`;
  const cached = platformArgsCache.get(key);
  if (cached) return cached;
  const spec = `${platform.os}/${platform.arch}${platform.variant ? `/${platform.variant}` : ''}`;
  const args = new Map<string, string>();
  for (const prefix of ['BUILD', 'TARGET']) {
    args.set(`${prefix}PLATFORM`, spec);
    args.set(`${prefix}OS`, platform.os);
    args.set(`${prefix}ARCH`, platform.arch);
    args.set(`${prefix}VARIANT`, platform.variant);
  }
  platformArgsCache.set(key, args);
  return args;
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const MOUNT_FROM = /from/i;

interface PendingStage {
  info: StageInfo;
  uses: ImageUse[];
}

class FileExtractor {
  private readonly lines: LineIndex;
  private readonly warnings: FileWarning[] = [];
  private readonly images: ImageUse[] = [];
  private readonly stages: PendingStage[] = [];
  /** global ARGs: name → value (undefined: declared without a value) */
  private readonly globals: Map<string, string | undefined>;
  /** the automatic platform ARGs, seen where no global ARG of the same name is declared */
  private readonly platform: ReadonlyMap<string, string>;
  /** the automatic TARGETSTAGE, worked out when first asked for: most files never name it */
  private targetStage: string | null = null;
  private readonly lookup: (name: string) => string | undefined;
  private readonly declared = new Set<string>();
  private readonly deferred: (() => void)[] = [];

  private readonly text: string;
  private readonly directives: Directives;
  private readonly instructions: InstructionSpan[];

  constructor(
    parsed: ParsedDockerfile,
    private readonly options: ExtractOptions,
  ) {
    this.text = parsed.body;
    this.directives = parsed.directives;
    this.instructions = parsed.instructions;
    this.lines = new LineIndex(this.text);
    this.platform = platformArgs(options.platform);
    this.globals = new Map();
    // a bound method, not an arrow function: with an arrow function made here, every file's extractor (and so its
    // text) outlived the young collections until the next full one (17 MB copied per young collection on files of
    // 500 KB; __tests__/retention.test.ts)
    this.lookup = this.variable.bind(this);
  }

  /** A variable's value as the FROM lines see it. */
  private variable(name: string): string | undefined {
    return this.globals.has(name) ? this.globals.get(name) : this.automatic(name);
  }

  /**
   * An ARG the builder sets before the first FROM: a platform one, or TARGETSTAGE, the stage being built (the last
   * one unless the build names another with --target; `default` when it has no name).
   */
  private automatic(name: string): string | undefined {
    if (name !== 'TARGETSTAGE') return this.platform.get(name);
    if (this.targetStage === null) {
      this.targetStage = 'default';
      for (let i = this.instructions.length - 1; i >= 0; i--) {
        if (this.instructions[i].keyword !== 'FROM') continue;
        const words = splitWhitespace(this.logical(this.instructions[i].keywordEnd));
        const n = words.length;
        if (n >= 3 && words[n - 2].text.toUpperCase() === 'AS')
          this.targetStage = words[n - 1].text.toLowerCase();
        break;
      }
    }
    return this.targetStage;
  }

  run(): Extraction {
    for (const problem of this.directives.problems)
      this.warn(problem.offset, problem.offset + 1, problem.message);
    this.syntaxDirective();
    for (const instruction of this.instructions) this.instruction(instruction);
    for (const run of this.deferred) run();
    if (this.deferred.length > 0) this.images.sort((a, b) => a.line - b.line || a.column - b.column);
    if (this.instructions.length === 0) {
      this.warn(0, 0, 'the file holds no instructions');
    } else if (this.stages.length === 0) {
      this.warn(0, 0, 'no FROM instruction: the file does not build an image');
    }
    const last = this.stages.length - 1;
    // pushed onto a literal, so that every file's list is one kind of array (a mapped list is another kind, and an
    // empty one a third): the code that reads them is then compiled once
    const stages: StageInfo[] = [];
    this.stages.forEach((stage, index) => {
      stage.info.final = index === last;
      for (const use of stage.uses) use.final = index === last;
      stages.push(stage.info);
    });
    return {
      images: this.images,
      stages,
      warnings: this.warnings,
      ignores: this.text.includes('base-image-policy') ? this.ignoreComments() : [],
      instructions: this.instructions,
      escape: this.directives.escape,
    };
  }

  private ignoreComments(): InlineIgnore[] {
    const ignores: InlineIgnore[] = [];
    for (const match of this.text.matchAll(IGNORE_COMMENT)) {
      const start = match.index + match[0].length - match[0].trimStart().length;
      const a = this.lines.position(start);
      const b = this.lines.position(match.index + match[0].length);
      const next = this.instructions.find((i) => i.start > match.index);
      const reason = IGNORE_REASON.exec(match[2]);
      ignores.push({
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        rules: (match[1] ?? '').split(',').filter((r) => r !== ''),
        reason: reason ? (reason[1] ?? reason[2] ?? reason[3]).trim() || null : null,
        target: next
          ? {
              line: this.lines.position(next.start).line,
              endLine: this.lines.position(Math.max(next.start, next.end - 1)).line,
            }
          : null,
      });
    }
    return ignores;
  }

  private warn(start: number, end: number, message: string): void {
    const a = this.lines.position(start);
    const b = this.lines.position(Math.max(start, end));
    this.warnings.push({ line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message });
  }

  private syntaxDirective(): void {
    const syntax = this.directives.list.find((d) => d.key === 'syntax');
    if (!syntax) return;
    // a value read from JSON may be written with escapes: then its characters all point at its start
    const exact = syntax.valueEnd - syntax.valueStart === syntax.value.length;
    const offsets: number[] = [];
    for (let i = 0; i < syntax.value.length; i++) offsets.push(syntax.valueStart + (exact ? i : 0));
    const word: Word = { text: syntax.value, offsets, start: syntax.valueStart, end: syntax.valueEnd };
    this.images.push(this.literalUse('syntax', word, null));
  }

  private instruction(instruction: InstructionSpan): void {
    let keyword = instruction.keyword;
    let start = instruction.keywordEnd;
    if (keyword === 'ONBUILD') {
      // a trigger pulls what it names when a stage is built FROM this one, here or in another Dockerfile
      const trigger = this.trigger(start);
      if (!trigger || (trigger.keyword !== 'COPY' && trigger.keyword !== 'RUN')) return;
      ({ keyword, start } = trigger);
    }
    if (keyword !== 'FROM' && keyword !== 'ARG' && keyword !== 'COPY' && keyword !== 'RUN') return;
    if (keyword === 'FROM') return this.from(start);
    if (keyword === 'ARG') {
      if (this.stages.length === 0) this.globalArg(start);
      return;
    }
    const stage = this.stages[this.stages.length - 1];
    if (!stage) return;
    // only flags name images here, and flags lead the arguments: most instructions have none, and their text
    // (often long) need not be read
    if (!this.mayHaveFlags(start)) return;
    // --from may name any stage of the file, a later one too: judge these once every stage name is known
    const content = this.text.slice(instruction.start, instruction.end);
    if (keyword === 'COPY' && content.includes('--from'))
      this.deferred.push(() => this.copyFrom(start, stage));
    // a mount names an image only with a from= field (its keys are read in any case)
    else if (keyword === 'RUN' && content.includes('--mount') && MOUNT_FROM.test(content))
      this.deferred.push(() => this.mountFrom(start, stage));
  }

  /** Whether the arguments after `start` may open with a flag: a `-` after blanks, or a line continued first. */
  private mayHaveFlags(start: number): boolean {
    const text = this.text;
    let i = start;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    return text[i] === '-' || text[i] === this.directives.escape || isGoSpace(text.charCodeAt(i));
  }

  private logical(start: number): Traced {
    return logicalLine(this.text, start, this.directives.escape);
  }

  private globalArg(start: number): void {
    const line = this.logical(start);
    const { rest } = extractFlags(line);
    for (const word of parseWords(line, this.directives.escape, rest)) {
      const eq = word.text.indexOf('=');
      const name = eq === -1 ? word.text : word.text.slice(0, eq);
      this.declared.add(name);
      if (this.options.buildArgs?.has(name)) {
        this.globals.set(name, this.options.buildArgs.get(name));
      } else if (eq === -1) {
        // declared without a default: a later FROM sees it as empty, unless a build arg sets it
        if (!this.globals.has(name)) this.globals.set(name, this.automatic(name));
      } else {
        const raw = word.text.slice(eq + 1);
        try {
          this.globals.set(name, expandWord(raw, this.lookup, this.directives.escape).value);
        } catch (error) {
          this.warn(word.start, word.end, `ARG ${name}: ${messageOf(error)}`);
          this.globals.set(name, undefined);
        }
      }
    }
  }

  private from(start: number): void {
    const line = this.logical(start);
    const { flags, rest } = extractFlags(line);
    const words = splitWhitespace(line, rest);
    const index = this.stages.length;
    const fromOffset = flags[0]?.start ?? words[0]?.start ?? start;
    const fromLine = this.lines.position(fromOffset).line;
    if (words.length !== 1 && !(words.length === 3 && words[1].text.toLowerCase() === 'as')) {
      const end = words.length > 0 ? words[words.length - 1].end : start;
      this.warn(
        words[0]?.start ?? start,
        end,
        'FROM requires either one or three arguments: FROM IMAGE [AS NAME]',
      );
    }
    let name: string | null = null;
    if (words.length >= 3 && words[1].text.toLowerCase() === 'as') {
      const word = words[2];
      const lower = word.text.toLowerCase();
      name = word.text;
      if (!STAGE_NAME.test(lower)) this.warn(word.start, word.end, `invalid stage name "${word.text}"`);
      else if (lower === 'scratch' || lower === 'context') {
        this.warn(word.start, word.end, `stage name "${word.text}" is reserved`);
      } else if (this.stages.some((s) => s.info.name?.toLowerCase() === lower)) {
        this.warn(word.start, word.end, `duplicate stage name "${word.text}"`);
      }
    }
    for (const flag of flags) {
      if (flag.text.startsWith('--platform=')) this.platformFlag(sub(flag, 11));
    }
    // the image as the builder expands it, and whether it names an earlier stage, before the stage's record is
    // made: the record is made whole at once, never changed after
    const image = words[0];
    let expanded: { value: string; unset: string[] } | { error: string } | null = null;
    let baseStage = -1;
    if (image) {
      try {
        const result = expandWord(image.text, this.lookup, this.directives.escape);
        const unset = result.unmatched.concat(result.matched.filter((n) => this.lookup(n) === undefined));
        expanded = { value: result.value, unset };
        // FROM naming an earlier stage builds on that stage, not on an image
        baseStage = this.findStage(result.value, index) ?? -1;
      } catch (error) {
        expanded = { error: messageOf(error) };
      }
    }
    const info: StageInfo = { index, name, line: fromLine, baseStage, final: false };
    const pending: PendingStage = { info, uses: [] };
    this.stages.push(pending);
    if (!image || expanded === null) {
      const use = this.use('from', { text: '', offsets: [], start, end: start }, pending);
      use.error = 'FROM names no image';
      this.record(use, pending);
      return;
    }
    const use = this.use('from', image, pending);
    if ('error' in expanded) {
      use.status = 'unresolved';
      use.error = expanded.error;
      this.record(use, pending);
      return;
    }
    use.unsetVariables = expanded.unset;
    if (baseStage !== -1) return;
    this.resolve(use, expanded.value);
    this.record(use, pending);
  }

  /** The platform flag does not change which image is judged, but an undefined variable in it breaks the build. */
  private platformFlag(value: Word): void {
    try {
      const result = expandWord(value.text, this.lookup, this.directives.escape);
      for (const name of result.unmatched) {
        this.warn(value.start, value.end, `FROM --platform: ${describeUnset([name], this.declared)}`);
      }
      if (result.value === '') this.warn(value.start, value.end, 'FROM --platform: the platform is empty');
    } catch (error) {
      this.warn(value.start, value.end, `FROM --platform: ${messageOf(error)}`);
    }
  }

  private findStage(name: string, before: number): number | null {
    const wanted = name.toLowerCase();
    for (let i = 0; i < before; i++) {
      if (this.stages[i].info.name?.toLowerCase() === wanted) return i;
    }
    return null;
  }

  /** The instruction an ONBUILD holds: its keyword and where that keyword ends. */
  private trigger(start: number): { keyword: string; start: number } | null {
    const line = this.logical(start);
    const { from, to } = keywordIn(line.text, 0);
    if (to === from) return null;
    return { keyword: line.text.slice(from, to).toUpperCase(), start: line.offsets[to - 1] + 1 };
  }

  private copyFrom(start: number, stage: PendingStage): void {
    const line = this.logical(start);
    for (const flag of extractFlags(line).flags) {
      if (!flag.text.startsWith('--from=')) continue;
      const value = sub(flag, 7);
      this.fromFlagValue('copy-from', value, stage);
    }
  }

  private mountFrom(start: number, stage: PendingStage): void {
    const line = this.logical(start);
    for (const flag of extractFlags(line).flags) {
      if (!flag.text.startsWith('--mount=')) continue;
      const value = sub(flag, 8);
      const { fields, error } = parseMountFields(value);
      if (error) {
        this.warn(flag.start, flag.end, `--mount: ${error}`);
        continue;
      }
      for (const field of fields) {
        if (field.key !== 'from') continue;
        const offsets = field.value.offsets;
        // written out rather than spread, so that every word the extraction handles has one shape
        const word: Word = {
          text: field.value.text,
          offsets,
          start: offsets[0] ?? flag.end,
          end: offsets.length ? offsets[offsets.length - 1] + 1 : flag.end,
        };
        this.fromFlagValue('mount-from', word, stage);
      }
    }
  }

  /** `COPY --from=` and `RUN --mount=…,from=`: a stage index, a stage name (any stage of the file), or an image. */
  private fromFlagValue(kind: ImageKind, value: Word, stage: PendingStage): void {
    const text = value.text;
    if (/^[0-9]+$/.test(text)) return;
    if (this.stages.some((s) => s.info.name?.toLowerCase() === text.toLowerCase())) return;
    this.record(this.literalUse(kind, value, stage), stage);
  }

  /** A reference the builder takes literally (no variable expansion). */
  private literalUse(kind: ImageKind, value: Word, stage: PendingStage | null): ImageUse {
    const use = this.use(kind, value, stage);
    if (containsVariable(value.text, this.directives.escape)) {
      use.status = 'unresolved';
      use.error =
        kind === 'syntax'
          ? 'variables are not expanded in the syntax directive'
          : `variables are not expanded in ${kind === 'copy-from' ? 'COPY --from' : 'RUN --mount from'}; ` +
            'declare the image in a global ARG and use it in a stage: FROM ${ARG} AS name, then --from=name';
      return use;
    }
    this.resolve(use, value.text);
    return use;
  }

  private use(kind: ImageKind, word: Word, stage: PendingStage | null): ImageUse {
    const a = this.lines.position(word.start);
    const b = this.lines.position(word.end);
    return {
      kind,
      stage: stage === null ? null : (stage.info.name ?? String(stage.info.index)),
      final: false,
      stageIndex: stage === null ? -1 : stage.info.index,
      raw: word.text,
      status: 'unresolved',
      image: null,
      registry: null,
      repository: null,
      tag: null,
      digest: null,
      error: null,
      unsetVariables: [],
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
    };
  }

  private resolve(use: ImageUse, value: string): void {
    if (value.includes('{{') || value.includes('}}') || /%%[A-Za-z_][A-Za-z0-9_]*%%/.test(value)) {
      use.status = 'unresolved';
      use.error = `template placeholder in image reference "${value}"`;
      return;
    }
    if (value === '') {
      use.status = 'unresolved';
      use.error = use.unsetVariables.length
        ? `image reference is empty: ${describeUnset(use.unsetVariables, this.declared)}`
        : 'image reference is empty';
      return;
    }
    if (value === 'scratch' && use.kind !== 'syntax') {
      use.status = 'scratch';
      return;
    }
    const parsed = parseImageReference(value);
    if (parsed.ok) {
      const ref = parsed.ref;
      use.status = 'resolved';
      use.image = ref.normalized;
      use.registry = ref.registry;
      use.repository = ref.repository;
      use.tag = ref.tag;
      use.digest = ref.digest;
      return;
    }
    if (use.unsetVariables.length > 0) {
      use.status = 'unresolved';
      use.error = `"${value}" is not a valid image reference (${parsed.error}): ${describeUnset(use.unsetVariables, this.declared)}`;
    } else {
      use.status = 'invalid';
      use.error = `"${value}" is not a valid image reference: ${parsed.error}`;
    }
  }

  private record(use: ImageUse, stage: PendingStage): void {
    this.images.push(use);
    stage.uses.push(use);
  }
}

function describeUnset(names: string[], declared: Set<string>): string {
  return names
    .map((n) =>
      declared.has(n)
        ? `${n} has no value (declared without a default)`
        : `${n} is not declared before the first FROM`,
    )
    .join('; ');
}

function sub(word: Word, from: number): Word {
  const offsets = word.offsets.slice(from);
  return {
    text: word.text.slice(from),
    offsets,
    start: offsets[0] ?? word.end,
    end: offsets.length ? offsets[offsets.length - 1] + 1 : word.end,
  };
}

function messageOf(error: unknown): string {
  if (error instanceof ExpansionError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export interface ParsedDockerfile {
  /** the text without a byte-order mark: every offset and position refers to it */
  body: string;
  directives: Directives;
  instructions: InstructionSpan[];
}

/** The structure of a Dockerfile as the builder sees it: directives, then instructions. */
export function parseDockerfile(
  text: string,
  options: { split?: (body: string, directives: Directives) => InstructionSpan[] } = {},
): ParsedDockerfile {
  // a byte-order mark is not part of the first line's columns
  const body = text.slice(bomLength(text));
  const directives = parseDirectives(body);
  // split: another reading of the boundaries (the tests' second opinion, see second-opinion.ts)
  const instructions = options.split
    ? options.split(body, directives)
    : splitInstructions(body, directives.escape);
  return { body, directives, instructions };
}

export function extractImages(text: string, options: ExtractOptions = {}): Extraction {
  return new FileExtractor(parseDockerfile(text), options).run();
}
