// What the stages of a Dockerfile do, as far as the base-image ladder cares: does the shipped image need a shell
// or a package manager at run time, does it carry only a static binary; and what the RUN commands of one stage
// mention. Read from the instructions' text only; nothing is run.
import { bomLength } from '../extract/tokens.js';
import type { ScannedFile } from '../types.js';

export interface StageFacts {
  index: number;
  /** RUN commands, continuations joined, heredoc bodies included */
  runs: string[];
  /** why the stage needs a shell or package manager when the image runs or is built on it */
  needsShell: string[];
  /** the stage's CMD or ENTRYPOINT, exec form, runs a program (not a shell script) */
  execEntrypoint: boolean;
  /** stages whose files this stage copies (COPY --from=name or index) */
  copiesFrom: number[];
  /** paths copied from other stages */
  copiedPaths: string[];
  /** the stage's RUNs build a statically linked binary, and how that shows */
  readonly staticBuild: string[];
  /** the stage runs compilers or fetch tools that a full image carries and a slim one does not */
  readonly fullImageTools: string[];
  /** the stage installs packages itself (apt-get, apk, yum, dnf, microdnf) */
  readonly installsPackages: boolean;
}

/**
 * What one stage does. The facts read from its RUN commands by pattern are worked out when a rule first asks for
 * them: each rule needs few of them, and most images stop before asking.
 */
class Stage implements StageFacts {
  runs: string[] = [];
  needsShell: string[] = [];
  execEntrypoint = false;
  copiesFrom: number[] = [];
  copiedPaths: string[] = [];
  private staticSigns: string[] | null = null;
  private tools: string[] | null = null;
  private installs: boolean | null = null;

  constructor(readonly index: number) {}

  get staticBuild(): string[] {
    return (this.staticSigns ??= signsIn(this.runs, STATIC_SIGNS));
  }

  get fullImageTools(): string[] {
    if (this.tools === null) {
      this.tools = [];
      for (const command of this.runs) {
        const tool = FULL_IMAGE_TOOLS.exec(command);
        if (tool) this.tools.push(tool[1]);
      }
    }
    return this.tools;
  }

  get installsPackages(): boolean {
    return (this.installs ??= this.runs.some((command) => INSTALLS.test(command)));
  }
}

/**
 * For each command, in order, the sign of every pattern it matches. Each pair is read by index: taking it apart in
 * the loop's head would run the array iterator's steps for every pattern, enough work to have the engine compile this
 * function late in a scan, when it no longer pays.
 */
function signsIn(commands: string[], patterns: readonly (readonly [RegExp, string])[]): string[] {
  const signs: string[] = [];
  for (const command of commands) for (const sign of patterns) if (sign[0].test(command)) signs.push(sign[1]);
  return signs;
}

const KEYWORDS_NEEDING_SHELL = new Set(['SHELL']);
/** the instructions whose text the analysis reads */
const READ = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'COPY', 'ADD']);
const FLAG = /^--[a-z-]+(=(?:"[^"]*"|\S*))?\s+/;

function body(text: string, keywordEnd: number, end: number, escape: string): string {
  const raw = text.slice(keywordEnd, end);
  // most instructions fit on one line: nothing to join
  if (!raw.includes('\n')) return raw.trim();
  // continuations become spaces: for reading commands, not for positions
  return raw.split(`${escape}\n`).join(' ').split(`${escape}\r\n`).join(' ').trim();
}

function withoutFlags(s: string): string {
  let rest = s;
  for (let m = FLAG.exec(rest); m; m = FLAG.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** `["a", "b"]` → ['a', 'b']; null when the text is not the JSON (exec) form. */
export function execForm(args: string): string[] | null {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    return Array.isArray(parsed) && parsed.every((a) => typeof a === 'string') ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

const STATIC_SIGNS: [RegExp, string][] = [
  [/\bCGO_ENABLED=0\b[^&|;]*\bgo\s+build\b/, 'CGO_ENABLED=0 go build'],
  [/\bgo\s+build\b[^&|;]*-extldflags[= ]+['"]?-static/, 'go build -extldflags -static'],
  [/\b(?:gcc|cc|clang|g\+\+)\b[^&|;]*\s-static\b/, 'a C compiler with -static'],
  [/--target[= ](?:x86_64|aarch64|armv7|i686)-unknown-linux-musl\b/, 'a Rust musl target'],
  [/\bRUSTFLAGS=[^&|;]*\+crt-static/, 'RUSTFLAGS with +crt-static'],
];

const FULL_IMAGE_TOOLS = /(?:^|[\s;&|(])(gcc|g\+\+|make|git|curl|wget)(?:\s|$)/;
const INSTALLS = /\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(?:-\S+\s+)*(?:install|add)\b/;

function hasFromFlag(text: string, start: number, end: number): boolean {
  return text.slice(start, end).includes('--from=');
}

/** What the shipped stages' instructions say by their keywords alone, without reading their text. */
export interface ShippedKeywords {
  /** a shipped stage has a RUN, ONBUILD or SHELL instruction: the image needs a shell */
  needsShell: boolean;
  /** the last stage has a CMD or ENTRYPOINT */
  entrypoint: boolean;
}

/**
 * The shipped stages' keywords: for most files they rule out a shell-less base before any instruction is read.
 * `shipped`: the indexes of the stages that ship.
 */
export function shippedKeywords(file: ScannedFile, shipped: ReadonlySet<number>): ShippedKeywords {
  let stage = -1;
  let needsShell = false;
  let entrypointIn = -1;
  // a counted loop, as in evaluateFile
  const instructions = file.instructions ?? [];
  for (let i = 0; i < instructions.length; i++) {
    const keyword = instructions[i].keyword;
    if (keyword === 'FROM') stage++;
    else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') entrypointIn = stage;
    else if ((keyword === 'RUN' || keyword === 'ONBUILD' || keyword === 'SHELL') && shipped.has(stage))
      needsShell = true;
  }
  return { needsShell, entrypoint: stage >= 0 && entrypointIn === stage };
}

/** For each stage, whether it is stage `stage` or built FROM it. */
function stageAndBuiltOn(file: ScannedFile, stage: number): boolean[] {
  // worked out before the instructions are read, so that the loops over them read one array; pushed one by one, so
  // that the array is of one kind for every file (what map() makes is not)
  const related: boolean[] = [];
  const stages = file.stages;
  for (let index = 0; index < stages.length; index++)
    related.push(index === stage || stages[index].baseStage === stage);
  return related;
}

/**
 * Whether a RUN instruction (heredoc bodies included) of stage `stage` or of a stage built FROM it holds a match of
 * `pattern`: the rules' quick test of words before they read stages. Each instruction is searched where it
 * stands, without its text being copied.
 */
export function runsMention(file: ScannedFile, pattern: RegExp, stage: number): boolean {
  const { text, instructions } = file;
  if (text === undefined || instructions === undefined) return false;
  const shift = bomLength(text);
  const related = stageAndBuiltOn(file, stage);
  // every FROM instruction opens a stage, in order. A counted loop: leaving a for-of loop early (a match, seldom
  // seen before the compiler has optimised the loop) would make the compiled code start again
  let index = -1;
  for (let n = 0; n < instructions.length; n++) {
    const i = instructions[n];
    if (i.keyword === 'FROM') index++;
    else if (i.keyword === 'RUN' && related[index] === true) {
      if (pattern.test(text.slice(i.keywordEnd + shift, i.end + shift))) return true;
    }
  }
  return false;
}

/**
 * The signs of `signs` in the RUN commands (flags left out, heredoc bodies included) of stage `stage` and of the
 * stages built FROM it: for each command in order, the sign of every pattern it matches. What a rule reads once the
 * quick test of words has passed, without the rest of the file's stages being analysed.
 */
export function runSigns(
  file: ScannedFile,
  signs: readonly (readonly [RegExp, string])[],
  stage: number,
): string[] {
  const { text, instructions } = file;
  if (text === undefined || instructions === undefined) return [];
  const shift = bomLength(text);
  const related = stageAndBuiltOn(file, stage);
  const commands: string[] = [];
  let index = -1;
  for (const i of instructions) {
    if (i.keyword === 'FROM') index++;
    else if (i.keyword === 'RUN' && related[index] === true)
      commands.push(withoutFlags(text.slice(i.keywordEnd + shift, i.end + shift).trim()));
  }
  return signsIn(commands, signs);
}

export function analyzeStages(file: ScannedFile): StageFacts[] {
  const text = file.text;
  const instructions = file.instructions;
  if (text === undefined || instructions === undefined) return [];
  const shift = bomLength(text);
  const escape = file.escape ?? '\\';
  const names = new Map<string, number>();
  file.stages.forEach((s) => {
    if (s.name) names.set(s.name.toLowerCase(), s.index);
  });
  const stages: StageFacts[] = [];
  let current: Stage | null = null;
  for (const instruction of instructions) {
    const keyword = instruction.keyword;
    if (keyword === 'FROM') {
      current = new Stage(stages.length);
      stages.push(current);
      continue;
    }
    if (!current || !READ.has(keyword)) continue;
    const argsStart = instruction.keywordEnd + shift;
    const argsEnd = instruction.end + shift;
    // a COPY or ADD matters only when it copies from another stage
    if ((keyword === 'COPY' || keyword === 'ADD') && !hasFromFlag(text, argsStart, argsEnd)) continue;
    // RUN bodies can be long: the patterns read them with their continuations in place
    const args =
      keyword === 'RUN' ? text.slice(argsStart, argsEnd).trim() : body(text, argsStart, argsEnd, escape);
    if (keyword === 'RUN') {
      const command = withoutFlags(args);
      current.runs.push(command);
      current.needsShell.push('RUN');
    } else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') {
      const exec = execForm(args);
      if (exec === null) current.needsShell.push(`${keyword} in shell form`);
      else if (exec.length > 0) {
        const program = exec[0];
        // sh itself, a .sh script, or the start script Gradle's application plugin writes (build/install/*/bin/*)
        if (
          /^(?:\/bin\/)?(?:ba|da|a)?sh$/.test(program) ||
          /\.sh$/.test(program) ||
          /\/install\/[^/]+\/bin\//.test(program)
        )
          current.needsShell.push(`${keyword} runs a shell script`);
        else current.execEntrypoint = true;
      }
    } else if (keyword === 'HEALTHCHECK') {
      const rest = withoutFlags(args);
      if (!/^NONE\b/i.test(rest)) current.needsShell.push('HEALTHCHECK runs a command');
    } else if (keyword === 'ONBUILD') {
      // an image for others to build on: what they will run is unknown
      current.needsShell.push('ONBUILD');
    } else if (KEYWORDS_NEEDING_SHELL.has(keyword)) {
      current.needsShell.push(keyword);
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const from = /--from=(\S+)/.exec(args);
      if (from) {
        const target = /^[0-9]+$/.test(from[1]) ? Number(from[1]) : names.get(from[1].toLowerCase());
        if (target !== undefined) current.copiesFrom.push(target);
        const exec = execForm(withoutFlags(args));
        const words = exec ?? withoutFlags(args).split(/\s+/);
        current.copiedPaths.push(...words.slice(0, -1));
      }
    }
  }
  return stages;
}
