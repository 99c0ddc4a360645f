// The instructions of a Dockerfile: keyword, where it starts, where its keyword ends, where it ends. Read as the
// builder's own parser reads them, line by line: lines end at LF only, comments and blank lines inside a
// continuation are skipped, a line continues only when its last escape character is not itself escaped, and the
// heredoc bodies of ADD, COPY and RUN are found from the words the builder's shell lexer sees. A check that lets
// no image through must not read a Dockerfile otherwise than the builder does: dockerfile-ast differs on exactly
// these points (a lone CR, `\\\` at a line end, `<<` inside quotes or in JSON form, `<<\EOF`, `3<<EOF`), so it
// is kept only as a second opinion for the tests (second-opinion.ts).
import {
  continuationAt,
  extractFlags,
  isGoSpace,
  logicalLine,
  trimNewline,
  type LogicalLine,
} from './tokens.js';

export interface InstructionSpan {
  /** upper case, as written otherwise */
  keyword: string;
  /** file offset of the keyword's first character */
  start: number;
  /** file offset just past the keyword */
  keywordEnd: number;
  /** file offset of the line end (or end of file) that ends the instruction, heredoc bodies included */
  end: number;
  /** where its heredoc bodies begin (they run to `end`); -1 when it has none */
  bodyStart: number;
}

/** The instructions of `text` (without a byte-order mark), as the builder's parser reads them. */
export function splitInstructions(text: string, escape: string): InstructionSpan[] {
  const spans: InstructionSpan[] = [];
  const length = text.length;
  let pos = 0;
  // the next `<<` at or after an instruction's keyword (the text's length when there is none): most files hold none,
  // so it is looked for again only once passed. Starting at -1 makes every file's first instruction look, so that
  // the search and the comparisons have run before the engine compiles this loop
  let heredocAt = -1;
  while (pos < length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = length;
    const lineEnd = trimNewline(text, pos, eol);
    // the first character that is not a blank; written so that the step runs on every line, indented or not (a
    // step first taken after the engine has compiled this loop makes it compile it again)
    let start = pos - 1;
    while (++start < lineEnd && isGoSpace(text.charCodeAt(start)));
    // a blank line, or a comment (directives are comments too)
    if (start === lineEnd || text[start] === '#') {
      pos = eol + 1;
      continue;
    }
    // the usual case: the keyword stands whole on the first line, and the text is joined only for heredocs
    const escapeAt = continuationAt(text, start, lineEnd, escape);
    const firstEnd = escapeAt === -1 ? lineEnd : escapeAt;
    let kw = start;
    while (kw < firstEnd && !isKeywordSpace(text.charCodeAt(kw))) kw++;
    if (escapeAt === -1 || kw < firstEnd) {
      const keyword = text.slice(start, kw).toUpperCase();
      const ends =
        escapeAt === -1 ? { end: lineEnd, next: eol + 1 } : logicalLine(text, start, escape, length, false);
      if (heredocAt < kw) {
        const next = text.indexOf('<<', kw);
        heredocAt = next === -1 ? length : next;
      }
      let bodies: HeredocBodies | null = null;
      if (heredocAt + 2 <= ends.end && HEREDOC_HOSTS.has(keyword)) {
        const line = logicalLine(text, start, escape);
        bodies = readHeredocs(text, heredocNames(keyword, line, kw - start), ends.next);
      }
      pos = bodies?.next ?? ends.next;
      spans.push({
        keyword,
        start,
        keywordEnd: kw,
        end: bodies?.end ?? ends.end,
        bodyStart: bodies?.start ?? -1,
      });
      continue;
    }
    const line = logicalLine(text, start, escape);
    pos = line.next;
    // the keyword: the builder trims the joined line, then splits at its white space; a keyword may run over a
    // continuation, and a first line holding only the escape character leaves the keyword to the next
    const { from, to: k } = keywordIn(line.text, 0);
    if (k === from) continue;
    const keyword = line.text.slice(from, k).toUpperCase();
    const bodies = HEREDOC_HOSTS.has(keyword)
      ? readHeredocs(text, heredocNames(keyword, line, k), pos)
      : null;
    if (bodies) pos = bodies.next;
    spans.push({
      keyword,
      start: line.offsets[from],
      keywordEnd: line.offsets[k - 1] + 1,
      end: bodies?.end ?? line.end,
      bodyStart: bodies?.start ?? -1,
    });
  }
  return spans;
}

/** ADD, COPY and RUN open heredocs, also as an ONBUILD trigger. */
const HEREDOC_HOSTS = new Set(['ADD', 'COPY', 'RUN', 'ONBUILD']);

interface HeredocBodies {
  /** where the bodies begin */
  start: number;
  /** where the last one ends: the instruction's end */
  end: number;
  /** where instructions resume */
  next: number;
}

/**
 * The bodies of the heredocs an instruction opened, from `pos` on: each runs to a line that is exactly its name
 * (after leading tabs, for <<-); null when it opened none. The instruction ends past them. (Worked out before the
 * instruction's record is made, so that records are never changed after: changed records cost the compiled code
 * a new start.)
 */
function readHeredocs(
  text: string,
  names: { name: string; chomp: boolean }[],
  pos: number,
): HeredocBodies | null {
  if (names.length === 0) return null;
  const length = text.length;
  const start = pos;
  let end = length;
  for (const { name, chomp } of names) {
    let found = false;
    while (pos < length) {
      let eol = text.indexOf('\n', pos);
      if (eol === -1) eol = length;
      let from = pos;
      const to = trimNewline(text, pos, eol);
      if (chomp) while (from < to && text[from] === '\t') from++;
      pos = eol + 1;
      if (to - from === name.length && text.startsWith(name, from)) {
        end = to;
        found = true;
        break;
      }
    }
    // an unterminated heredoc fails the build; nothing after it is an instruction
    if (!found) return { start, end: length, next: length };
  }
  return { start, end, next: pos };
}

/**
 * Where the keyword of an instruction stands in `text` from `from` on, as the builder finds it (also the
 * instruction an ONBUILD holds): after white space, up to the white space that splits it from its arguments.
 */
export function keywordIn(text: string, from: number): { from: number; to: number } {
  while (from < text.length && isGoSpace(text.charCodeAt(from))) from++;
  let to = from;
  while (to < text.length && !isKeywordSpace(text.charCodeAt(to))) to++;
  return { from, to };
}

/** The builder splits the keyword from its arguments at these (its tokenWhitespace). */
function isKeywordSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
}

const HEREDOC_COMMANDS = new Set(['ADD', 'COPY', 'RUN']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

/**
 * The heredocs an instruction opens, in order: only ADD, COPY and RUN (also as an ONBUILD trigger) in shell form.
 * Each word of the whole line, as the shell lexer splits it keeping quotes and escapes, that reads `[n]<<[-]name`
 * opens one; its terminator is the name with quotes and escapes removed.
 */
function heredocNames(
  keyword: string,
  line: LogicalLine,
  keywordLength: number,
): { name: string; chomp: boolean }[] {
  if (!line.text.includes('<<')) return [];
  let command = keyword;
  let from = keywordLength;
  if (keyword === 'ONBUILD') {
    const trigger = keywordIn(line.text, from);
    command = line.text.slice(trigger.from, trigger.to).toUpperCase();
    from = trigger.to;
  }
  if (!HEREDOC_COMMANDS.has(command)) return [];
  // the JSON form has no heredocs
  // shaped as the logical lines the flags are otherwise read from
  const rest: LogicalLine = {
    text: line.text.slice(from),
    offsets: line.offsets.slice(from),
    end: line.end,
    next: line.next,
  };
  const args = rest.text.slice(extractFlags(rest).rest).replace(/^\s+/, '');
  if (args.startsWith('[') && isJsonStringArray(args)) return [];
  const words = shellWords(line.text, true);
  if (words === null) return [];
  const names: { name: string; chomp: boolean }[] = [];
  for (const word of words) {
    const match = HEREDOC_WORD.exec(word);
    if (!match || match[3] === '') continue;
    const name = shellWords(match[3], false);
    if (name !== null && name.length === 1) names.push({ name: name[0], chomp: match[2] === '-' });
  }
  return names;
}

function isJsonStringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/**
 * Words as the builder's shell lexer splits them (escape character `\`, variables left as written): on white
 * space outside quotes. `raw` keeps quotes and escape characters in the words, as heredoc detection asks; without
 * it they are removed. Null when the lexer would fail (an unterminated quote, a bad `${`): then it finds no words.
 */
export function shellWords(text: string, raw: boolean): string[] | null {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const end = (): void => {
    if (inWord && word !== '') words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1) return null;
      word += raw ? text.slice(i, close + 1) : text.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      let content = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"$\\'.includes(text[j + 1])) {
          content += raw ? text.slice(j, j + 2) : text[j + 1];
          j++;
        } else content += text[j];
      }
      if (j >= text.length) return null;
      word += raw ? `"${content}"` : content;
      inWord = true;
      i = j;
    } else if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1 || close === i + 2 || '{:'.includes(text[i + 2])) return null;
      word += text.slice(i, close + 1);
      inWord = true;
      i = close;
    } else if (c === '\\') {
      if (i + 1 >= text.length) break;
      word += raw ? text.slice(i, i + 2) : text[i + 1];
      inWord = true;
      i++;
    } else if (isGoSpace(text.charCodeAt(i))) {
      end();
    } else {
      word += c;
      inWord = true;
    }
  }
  end();
  return words;
}
