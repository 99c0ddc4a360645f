// Parser directives as the builder reads them. Two readers, because the builder has two:
// - the escape character (`# escape=`), read by the parser: only at the very top of the file, each line
//   left-trimmed; the first line that is not a known directive (a comment, a blank line, an instruction, an
//   unknown key) ends them;
// - the frontend image (`# syntax=`), read by the frontend selection, which looks harder: it skips a `#!` first
//   line, takes lines as they are (not left-trimmed), falls back to `// syntax=` lines and then to a file that is
//   a JSON object with a "syntax" key. The image it names is pulled and runs the build, so it is judged like any
//   other.
// Both match keys and values with Go's `\s`, which takes a form feed and a CR for white space.

import { isGoSpace, trimNewline } from './tokens.js';

export interface Directive {
  key: 'syntax' | 'escape' | 'check';
  /** for `syntax`, the image: the value up to its first space (the rest are options for the frontend) */
  value: string;
  /** file offsets of the value */
  valueStart: number;
  valueEnd: number;
  /** file offsets of the whole line, without its line end */
  lineStart: number;
  lineEnd: number;
}

export interface Directives {
  list: Directive[];
  escape: '\\' | '`';
  problems: { offset: number; message: string }[];
}

const KNOWN = new Set(['syntax', 'escape', 'check']);
// Go's \s is [\t\n\f\r ]; Go's `.` is anything but \n
const S = '[\\t\\n\\f\\r ]';
const DIRECTIVE = (comment: string): RegExp =>
  new RegExp(`^${comment}${S}*([a-zA-Z][a-zA-Z0-9]*)${S}*=${S}*([^\\n]+?)${S}*$`, 'd');
const HASH_DIRECTIVE = DIRECTIVE('#');
const SLASH_DIRECTIVE = DIRECTIVE('//');

interface Line {
  start: number;
  end: number;
}

/**
 * The lines from `from` on, split at LF, one at a time (directives are read only at the top, so most files need
 * one or two). `trimAllCr`: drop every CR at the end (the parser), else one (Go's line scanner).
 */
function* linesOf(text: string, from: number, trimAllCr: boolean): Generator<Line> {
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const end = trimAllCr ? trimNewline(text, pos, eol) : eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
    yield { start: pos, end };
    pos = eol + 1;
  }
}

/** The directives at the top of `lines` as one reader sees them: key, value and where the value is. */
function scan(
  text: string,
  lines: Iterable<Line>,
  pattern: RegExp,
  leftTrim: boolean,
): { key: string; value: string; valueStart: number; line: Line }[] {
  const found: { key: string; value: string; valueStart: number; line: Line }[] = [];
  for (const line of lines) {
    let start = line.start;
    if (leftTrim) while (start < line.end && isGoSpace(text.charCodeAt(start))) start++;
    const content = text.slice(start, line.end);
    const match = pattern.exec(content);
    if (!match) break;
    const key = match[1].toLowerCase();
    if (!KNOWN.has(key)) break;
    found.push({ key, value: match[2], valueStart: start + (match.indices?.[2]?.[0] ?? 0), line });
  }
  return found;
}

/** No directives: the default escape character. */
function none(): Directives {
  return { list: [], escape: '\\', problems: [] };
}

export function parseDirectives(text: string): Directives {
  // no comment before the first instruction, no JSON: no directive (most files); `//` needs a `/`
  // eslint-disable-next-line no-control-regex -- these control characters are what is looked for
  const first = text.search(/[^\t\n\f\r \u000b\u0085\u00a0]/);
  if (first === -1 || (text[first] !== '#' && text[first] !== '/' && text[first] !== '{')) return none();
  // both readers stop at the first line that is no directive, and a directive holds `=`: a file that opens with a
  // comment line without one (a licence header, say) has none, unless that line is a `#!` the frontend skips
  if (text[first] === '#' && !text.startsWith('#!')) {
    const eol = text.indexOf('\n');
    const equals = text.indexOf('=');
    if (equals === -1 || (eol !== -1 && equals > eol)) return none();
  }
  const list: Directive[] = [];
  const problems: { offset: number; message: string }[] = [];
  let escape: '\\' | '`' = '\\';

  // the parser: the escape character, and a repeated directive, which fails the build
  const seen = new Set<string>();
  for (const d of scan(text, linesOf(text, 0, true), HASH_DIRECTIVE, true)) {
    if (seen.has(d.key)) {
      problems.push({ offset: d.valueStart, message: `only one ${d.key} parser directive can be used` });
      break;
    }
    seen.add(d.key);
    if (d.key === 'escape') {
      if (d.value === '`' || d.value === '\\') escape = d.value;
      else
        problems.push({
          offset: d.valueStart,
          message: `invalid escape token '${d.value}': expected \` or \\`,
        });
    }
    if (d.key !== 'syntax') list.push(directive(d.key as Directive['key'], d.value, d.valueStart, d.line));
  }

  const syntax = syntaxDirective(text);
  if (syntax) list.unshift(syntax);
  return { list, escape, problems };
}

function directive(key: Directive['key'], value: string, valueStart: number, line: Line): Directive {
  return {
    key,
    value,
    valueStart,
    valueEnd: valueStart + value.length,
    lineStart: line.start,
    lineEnd: line.end,
  };
}

/** The frontend image, found as the builder's frontend selection finds it. */
function syntaxDirective(text: string): Directive | null {
  let from = 0;
  if (text.startsWith('#!')) {
    const eol = text.indexOf('\n');
    from = eol === -1 ? text.length : eol + 1;
  }
  for (const pattern of [HASH_DIRECTIVE, SLASH_DIRECTIVE]) {
    const lines = linesOf(text, from, false);
    const found = scan(text, lines, pattern, false).find((d) => d.key === 'syntax');
    if (found) {
      const image = found.value.split(' ')[0];
      return directive('syntax', image, found.valueStart, found.line);
    }
  }
  // a file that is a JSON object with a "syntax" string
  const rest = text.slice(from);
  if (!rest.trimStart().startsWith('{')) return null;
  let value: unknown;
  try {
    value = (JSON.parse(rest) as Record<string, unknown>)?.syntax;
  } catch {
    return null;
  }
  if (typeof value !== 'string') return null;
  const quoted = JSON.stringify(value);
  const at = text.indexOf(quoted, from);
  const valueStart = at === -1 ? from : at + 1;
  const eol = text.indexOf('\n', valueStart);
  return {
    key: 'syntax',
    value,
    valueStart,
    valueEnd: at === -1 ? valueStart : valueStart + value.length,
    lineStart: text.lastIndexOf('\n', valueStart) + 1,
    lineEnd: eol === -1 ? text.length : eol,
  };
}
