// A second opinion on where instructions start and end: dockerfile-ast's reading, which the tests compare with the
// builder-faithful splitter (instructions.ts) on every corpus file, where the two should agree. Only the tests
// import this module, so the library stays out of the bundles.
import { DockerfileParser } from 'dockerfile-ast';
import { installAstSpeedup } from './ast-speedup.js';
import type { Directives } from './directives.js';
import type { InstructionSpan } from './instructions.js';
import { continuationAt } from './tokens.js';

installAstSpeedup();

/** The instructions of a Dockerfile's body as dockerfile-ast reads them, given the builder's directives. */
export function secondOpinion(body: string, directives: Directives): InstructionSpan[] {
  return splitWithAst(body, textForAst(body, directives));
}

/**
 * The instructions as dockerfile-ast reads them from `astText`, a copy of `text` with the same lines in which some
 * lines may be rewritten (see textForAst); offsets are given in `text`.
 */
function splitWithAst(text: string, astText = text): InstructionSpan[] {
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
        // this reading does not tell where heredoc bodies begin
        bodyStart: -1,
      };
    });
}

/**
 * The text dockerfile-ast must see to read the structure the builder reads. The directive lines are rewritten in
 * canonical form, and a comment right after them is emptied, so that dockerfile-ast takes exactly the builder's
 * directives and escape character (same line count, so every later position holds).
 */
function textForAst(original: string, directives: Directives): string {
  const text = withoutEscapedEscapesAtLineEnd(original, directives.escape);
  if (!/^\s*#/.test(text)) return text;
  const lines = text.split('\n');
  let last = -1;
  for (const { key, value, lineStart } of directives.list) {
    const index = original.slice(0, lineStart).split('\n').length - 1;
    const valid = key !== 'escape' || value === directives.escape;
    lines[index] = valid ? `#${key}=${value}` : '#';
    last = Math.max(last, index);
  }
  if (last + 1 < lines.length && lines[last + 1].trimStart().startsWith('#')) lines[last + 1] = '#';
  return lines.join('\n');
}

/**
 * dockerfile-ast takes a line ending in an escaped escape character (`\\`) for a continuation; the builder does
 * not. Such a final escape character is replaced by a letter (same length, so every position holds) in the text
 * given to dockerfile-ast, which is only used for instruction boundaries; arguments are read from the original.
 */
function withoutEscapedEscapesAtLineEnd(text: string, escape: string): string {
  const double = escape + escape;
  if (!text.includes(double)) return text;
  let out = '';
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let k = eol;
    while (k > pos && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\r')) k--;
    if (
      k - 2 >= pos &&
      text[k - 1] === escape &&
      text[k - 2] === escape &&
      continuationAt(text, pos, eol, escape) === -1
    ) {
      out += text.slice(pos, k - 1) + 'x' + text.slice(k, eol);
    } else {
      out += text.slice(pos, eol);
    }
    if (eol < text.length) out += '\n';
    pos = eol + 1;
  }
  return out;
}
