// The instructions of a Dockerfile: keyword, where it starts, where its keyword ends, where it ends.
// dockerfile-ast is the reference for this structure. For the common case — no keyword broken by a continuation,
// no lone carriage return — a line scanner gives the same answer an order of magnitude faster;
// __tests__/instructions.test.ts checks that both agree on every corpus file. Anything else goes to dockerfile-ast.
import { DockerfileParser } from 'dockerfile-ast';
import { installAstSpeedup } from './ast-speedup.js';
import { continuationAt, logicalLine } from './tokens.js';

installAstSpeedup();

export interface InstructionSpan {
  /** upper case, as written otherwise */
  keyword: string;
  /** file offset of the keyword's first character */
  start: number;
  /** file offset just past the keyword */
  keywordEnd: number;
  /** file offset of the line end (or end of file) that ends the instruction, heredoc bodies included */
  end: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;

function isSpaceCode(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/** The line scanner; null when the file needs the full parser. */
export function splitSimple(text: string, escape: string): InstructionSpan[] | null {
  // a CR that does not start a CRLF ends a line for dockerfile-ast but not for the builder: leave it to the parser
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return null;
  const escapeCode = escape.charCodeAt(0);
  const mayHaveHeredocs = text.includes('<<');
  const spans: InstructionSpan[] = [];
  const length = text.length;
  let pos = 0;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (isSpaceCode(c)) {
      pos++;
      continue;
    }
    if (c === HASH) {
      const eol = text.indexOf('\n', pos);
      pos = eol === -1 ? length : eol + 1;
      continue;
    }
    const start = pos;
    for (let k = text.charCodeAt(pos); pos < length && !isSpaceCode(k); k = text.charCodeAt(++pos)) {
      if (k === escapeCode) return null;
    }
    const keywordEnd = pos;
    // the rest of the logical line: continued while a line ends in an odd run of escape characters; blank and
    // comment lines inside a continuation belong to the instruction
    let lineStart = keywordEnd;
    let end: number;
    for (;;) {
      let eol = text.indexOf('\n', lineStart);
      if (eol === -1) eol = length;
      if (continuationAt(text, lineStart, eol, escape) === -1) {
        end = eol > lineStart && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
        pos = eol;
        break;
      }
      // the next line that is neither blank nor a comment
      let next = eol + 1;
      while (next < length) {
        let k = next;
        let code = text.charCodeAt(k);
        while (code === SPACE || code === TAB) code = text.charCodeAt(++k);
        if (code === LF || (code === CR && text.charCodeAt(k + 1) === LF)) {
          next = text.indexOf('\n', k) + 1;
        } else if (code === HASH) {
          const e = text.indexOf('\n', k);
          next = e === -1 ? length : e + 1;
        } else {
          break;
        }
      }
      if (next >= length) {
        end = length;
        pos = length;
        break;
      }
      lineStart = next;
    }
    const keyword = text.slice(start, keywordEnd).toUpperCase();
    if (mayHaveHeredocs && text.slice(keywordEnd, end).includes('<<')) {
      // an instruction with heredocs ends where its last body does
      const after = skipHeredocs(text, keyword, keywordEnd, pos, escape);
      if (after !== pos) end = pos = after;
    }
    spans.push({ keyword, start, keywordEnd, end });
  }
  return spans;
}

/** A heredoc's terminator name as dockerfile-ast reads it from a `<<…` word, or null. */
function heredocName(word: string): string | null {
  let value = word.slice(2);
  if (value[0] === '-') value = value.slice(1);
  for (const quote of ['"', "'"]) {
    if (value[0] === quote) {
      if (value[value.length - 1] !== quote) return null;
      value = value.slice(1, value.length - 1);
    }
  }
  return value[0] === '<' ? null : value;
}

/**
 * Heredoc bodies after an ADD, COPY or RUN (also as an ONBUILD trigger), read as dockerfile-ast reads them: each
 * word starting with `<<` names a terminator; the body ends at a line that is exactly the name (after tabs, for
 * `<<-`). Returns the offset where scanning for instructions resumes.
 */
function skipHeredocs(
  text: string,
  keyword: string,
  keywordEnd: number,
  lineEnd: number,
  escape: string,
): number {
  let words = logicalLine(text, keywordEnd, escape)
    .text.split(/[ \t]+/)
    .filter((w) => w !== '');
  let command = keyword;
  if (keyword === 'ONBUILD') {
    command = (words[0] ?? '').toUpperCase();
    words = words.slice(1);
  }
  if (command !== 'ADD' && command !== 'COPY' && command !== 'RUN') return lineEnd;
  const marks = words.filter((w) => w.startsWith('<<') && w.length > 2);
  const tabbed = marks.some((w) => w.startsWith('<<-'));
  let pos = lineEnd;
  for (const mark of marks) {
    const name = heredocName(mark);
    if (name !== null) pos = heredocEnd(text, name, pos, tabbed);
  }
  return pos;
}

function heredocEnd(text: string, name: string, from: number, tabbed: boolean): number {
  let startWord = -1;
  let lineStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) lineStart = false;
    else if (c === TAB) {
      if (!tabbed) lineStart = false;
    } else if (c === CR || c === LF) {
      if (startWord !== -1 && text.slice(startWord, i) === name) return i;
      startWord = -1;
      lineStart = true;
    } else if (lineStart) {
      startWord = i;
      lineStart = false;
    }
  }
  return text.length;
}

/**
 * The instructions as dockerfile-ast reads them from `astText`, a copy of `text` with the same lines in which some
 * lines may be rewritten (see textForAst); offsets are given in `text`.
 */
export function splitWithAst(text: string, astText = text): InstructionSpan[] {
  // dockerfile-ast counts a lone CR as a line end too
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  const lines = { offsetOf: (line: number, character: number) => (starts[line] ?? text.length) + character };
  return DockerfileParser.parse(astText)
    .getInstructions()
    .map((instruction) => {
      const range = instruction.getRange();
      const keyword = instruction.getInstructionRange();
      return {
        keyword: instruction.getKeyword(),
        start: lines.offsetOf(range.start.line, range.start.character),
        keywordEnd: lines.offsetOf(keyword.end.line, keyword.end.character),
        end: lines.offsetOf(range.end.line, range.end.character),
      };
    });
}
