// dockerfile-ast recomputes an instruction's argument list on every call, and its parser asks for it several
// times per instruction while building the tree (JSON-form detection, flags, ranges, heredoc detection). Over
// 10,000 Dockerfiles that is most of the run time. This module
// - replaces `Instruction.getRawArguments` with an equivalent that runs in one pass over slices and caches its
//   result per instruction (the tree is never modified after parsing),
// - lets the parser skip heredoc detection for instructions that hold no `<<`,
// - builds plain instructions instead of the keyword subclasses, whose constructors parse arguments we never use.
// __tests__/ast-speedup.test.ts checks on every corpus file that the splitter's output is the library's to the
// letter, and that keywords, ranges and text of every instruction are unchanged.
import { Argument } from 'dockerfile-ast/lib/argument.js';
import { Instruction } from 'dockerfile-ast/lib/instruction.js';
import { Parser } from 'dockerfile-ast/lib/parser.js';

interface Position {
  line: number;
  character: number;
}
interface TextDocumentLike {
  getText(): string;
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}
interface InstructionInternals {
  document: TextDocumentLike;
  escapeChar: string;
  getInstructionRange(): { start: Position; end: Position };
  getTextContent(): string;
  cachedRawArguments?: Argument[];
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOLLAR = 36;

function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

/** The library's argument splitter, transcribed to work on char codes and slices. */
export function computeRawArguments(instruction: InstructionInternals): Argument[] {
  const document = instruction.document;
  const escape = instruction.escapeChar.charCodeAt(0);
  const range = instruction.getInstructionRange();
  const instructionStart = document.offsetAt(range.start);
  const extra = document.offsetAt(range.end) - instructionStart;
  const fullArgs = instruction.getTextContent().substring(extra);
  const offset = instructionStart + extra;
  const args: Argument[] = [];
  const push = (value: string, from: number, to: number): void => {
    args.push(
      new Argument(value, {
        start: document.positionAt(offset + from),
        end: document.positionAt(offset + to),
      }),
    );
  };

  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let escapedArg = '';
  // plain characters appended one by one in the original are collected as one pending slice [runStart, runEnd)
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart !== -1) {
      escapedArg += fullArgs.slice(runStart, runEnd);
      runStart = -1;
    }
  };
  const length = fullArgs.length;
  for (let i = 0; i < length; i++) {
    const char = fullArgs.charCodeAt(i);
    if (isWhitespace(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === CR || char === LF) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        flush();
        push(escapedArg, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        escapedArg = '';
        found = -1;
      }
    } else if (char === escape) {
      const next = i + 1 < length ? fullArgs.charCodeAt(i + 1) : -1;
      if (next === SPACE || next === TAB) {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          switch (fullArgs.charCodeAt(j)) {
            case SPACE:
            case TAB:
              continue;
            case CR:
            case LF:
              // a CR is taken to be the first half of CRLF, as the library does
              if (fullArgs.charCodeAt(j) === CR) j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) {
                escapeMarker = i;
              }
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) {
                i = j - 1;
              }
              break whitespaceCheck;
          }
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) {
          escapeMarker = i;
        }
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) {
          escapeMarker = i;
        }
        i++;
      } else {
        flush();
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === DOLLAR) {
          escapedArg += fullArgs[i] + '$';
        } else if (next === -1) {
          break;
        } else {
          escapedArg += fullArgs[i + 1];
        }
        if (found === -1) {
          found = i;
        }
        i++;
      }
    } else if (!comment) {
      if (start && char === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          flush();
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (runStart !== -1 && runEnd !== i) {
          flush();
        }
        if (runStart === -1) {
          runStart = i;
        }
        runEnd = i + 1;
        if (found === -1) {
          found = i;
        }
      }
      start = false;
    }
  }
  if (found !== -1) {
    flush();
    push(escapedArg, found, escapeMarker === -1 ? length : escapeMarker);
  }
  return args;
}

type RawArgumentsMethod = (this: Instruction) => Argument[];
const instructionPrototype = Instruction.prototype as unknown as { getRawArguments: RawArgumentsMethod };
type CreateInstruction = (
  document: unknown,
  dockerfile: unknown,
  escapeChar: string,
  lineRange: unknown,
  instruction: string,
  instructionRange: unknown,
) => Instruction;
const parserStatics = Parser as unknown as { createInstruction: CreateInstruction };
const originalCreateInstruction = parserStatics.createInstruction;

const originalGetRawArguments = instructionPrototype.getRawArguments;
const originalProcessHeredocs = (Parser.prototype as unknown as Record<string, unknown>).processHeredocs as (
  this: unknown,
  instruction: InstructionInternals,
  offset: number,
) => number;

let installed = false;

/** Install the faster, cached argument splitter. Idempotent. */
export function installAstSpeedup(): void {
  if (installed) return;
  installed = true;
  instructionPrototype.getRawArguments = function (this: Instruction): Argument[] {
    const self = this as unknown as InstructionInternals;
    let cached = self.cachedRawArguments;
    if (cached === undefined) {
      cached = computeRawArguments(self);
      self.cachedRawArguments = cached;
    }
    // callers shift and assign into the returned array, so each gets its own copy
    return cached.slice();
  };
  (Parser.prototype as unknown as Record<string, unknown>).processHeredocs = function (
    this: unknown,
    instruction: InstructionInternals,
    offset: number,
  ): number {
    // a heredoc needs `<<` in the instruction's text; without it the library's scan finds nothing
    if (!instruction.getTextContent().includes('<<')) return offset;
    return originalProcessHeredocs.call(this, instruction, offset);
  };
  // Instruction subclasses work out their arguments, flags and JSON form as they are built; the extractor reads
  // those itself from the text, so every instruction is built as a plain Instruction (keyword, ranges, text).
  // ONBUILD stays itself: heredoc detection asks it for its trigger instruction.
  parserStatics.createInstruction = function (
    document,
    dockerfile,
    escapeChar,
    lineRange,
    instruction,
    instructionRange,
  ) {
    if (instruction.length === 7 && instruction.toUpperCase() === 'ONBUILD') {
      return originalCreateInstruction(
        document,
        dockerfile,
        escapeChar,
        lineRange,
        instruction,
        instructionRange,
      );
    }
    const Plain = Instruction as unknown as new (...args: unknown[]) => Instruction;
    return new Plain(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
  };
}

/** Restore the library's own methods (used by the equivalence test). */
export function uninstallAstSpeedup(): void {
  if (!installed) return;
  installed = false;
  instructionPrototype.getRawArguments = originalGetRawArguments;
  parserStatics.createInstruction = originalCreateInstruction;
  (Parser.prototype as unknown as Record<string, unknown>).processHeredocs = originalProcessHeredocs;
}
