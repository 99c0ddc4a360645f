// The builder's own tokenising rules, with every character traced back to its offset in the file so that each
// reference can be located exactly, also when it is continued over several lines.

/** Text with, for each of its characters, the offset in the file that character came from. */
export interface Traced {
  text: string;
  offsets: number[];
}

/** A word of an instruction and the file offsets of its characters. */
export interface Word extends Traced {
  /** file offset of the first character of the word as written (a quote, when it starts with one) */
  start: number;
  /** file offset just past the word as written */
  end: number;
}

/** 1-based line/column lookups for offsets of one file; line starts are found only as far as asked for. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private scanned = 0;

  constructor(private readonly text: string) {}

  private scanTo(offset: number): void {
    const text = this.text;
    let i = text.indexOf('\n', this.scanned);
    while (i !== -1 && i < offset) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.scanned = i === -1 ? text.length : i;
  }

  /** offset of a 0-based line/character position */
  offsetOf(line: number, character: number): number {
    while (this.starts.length <= line && this.scanned < this.text.length) this.scanTo(this.scanned + 1);
    return (this.starts[line] ?? this.starts[this.starts.length - 1]) + character;
  }

  position(offset: number): { line: number; column: number } {
    if (offset > this.scanned) this.scanTo(offset);
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
}

/**
 * 1 when the text starts with a byte-order mark, else 0: the builder reads past it, and the positions an extraction
 * gives leave it out.
 */
export function bomLength(text: string): number {
  return text.startsWith('\ufeff') ? 1 : 0;
}

/** White space as the builder's Go code knows it (unicode.IsSpace): the code points up to U+3000 that are. */
const GO_SPACE = new Uint8Array(0x3001);
for (const code of [32, 9, 10, 11, 12, 13, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000])
  GO_SPACE[code] = 1;
for (let code = 0x2000; code <= 0x200a; code++) GO_SPACE[code] = 1;

/**
 * Whether a code point is white space to the builder. A table rather than a chain of comparisons: the compiled code
 * of a hot loop is thrown away when a comparison it never made before (a rare space) comes up.
 */
export function isGoSpace(code: number): boolean {
  return code <= 0x3000 && GO_SPACE[code] === 1;
}

/** The end of a physical line's content: the builder drops every CR and LF at the end of a line. */
export function trimNewline(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c !== 13 && c !== 10) break;
    end--;
  }
  return end;
}

/**
 * Where the line [start, end) ends in a continuation, the offset of its escape character; otherwise -1. As the
 * builder reads it: the escape character is the last one but blanks, and is not itself preceded by an escape
 * character (`\\` at the end is no continuation, nor is `\\\`), unless it stands alone at the start.
 */
export function continuationAt(text: string, start: number, end: number, escape: string): number {
  let k = trimNewline(text, start, end);
  for (let c = text.charCodeAt(k - 1); k > start && (c === 32 || c === 9); c = text.charCodeAt(k - 1)) k--;
  const esc = escape.charCodeAt(0);
  if (k === start || text.charCodeAt(k - 1) !== esc) return -1;
  if (k - 1 > start && text.charCodeAt(k - 2) === esc) return -1;
  return k - 1;
}

/** A logical line, and where in the file the last physical line it took ends and the next one starts. */
export interface LogicalLine extends Traced {
  /** offset of the end of the last physical line's content */
  end: number;
  /** offset where the next physical line starts (the text's length at its end) */
  next: number;
}

/**
 * The logical line that starts at `from`: physical lines joined where one ends in the escape character (optionally
 * followed by blanks), skipping comment lines and blank lines inside the continuation, as the builder does. Leading
 * blanks of continued lines are kept. Line ends are not part of the result.
 */
export function logicalLine(
  text: string,
  from: number,
  escape: string,
  limit = text.length,
  collect = true,
): LogicalLine {
  let out = '';
  const offsets: number[] = [];
  let pos = from;
  let first = true;
  let end = from;
  let next = from;
  while (pos < limit) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > limit) eol = limit;
    const lineEnd = trimNewline(text, pos, eol);
    next = Math.min(eol + 1, limit);
    if (!first) {
      // inside a continuation, comment lines and blank lines do not count
      let k = pos;
      while (k < lineEnd && isGoSpace(text.charCodeAt(k))) k++;
      if (k === lineEnd || text.charCodeAt(k) === 35) {
        // the builder counts the lines it skipped into the instruction; at the end of the file, up to its end
        end = Math.min(eol + 1, limit);
        pos = eol + 1;
        continue;
      }
    }
    first = false;
    end = lineEnd;
    const k = continuationAt(text, pos, lineEnd, escape);
    const continued = k !== -1;
    const contentEnd = continued ? k : lineEnd;
    // collect: false finds only where the line ends, for a caller that needs no text
    if (collect) {
      out += text.slice(pos, contentEnd);
      for (let i = pos; i < contentEnd; i++) offsets.push(i);
    }
    if (!continued) return { text: out, offsets, end, next };
    pos = eol + 1;
  }
  // a continuation the file ends in takes the instruction to the end of the file
  return { text: out, offsets, end: first ? end : limit, next };
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function makeWord(
  source: Traced,
  startIndex: number,
  endIndex: number,
  text: string,
  offsets: number[],
): Word {
  const start = source.offsets[startIndex];
  const end = endIndex > startIndex ? source.offsets[endIndex - 1] + 1 : start;
  return { text, offsets, start, end };
}

/**
 * Leading `--flag[=value]` words of an instruction, as the builder extracts them before anything else: quotes are
 * removed and a backslash escapes the next character. Returns the flags and where the rest of the line starts.
 */
export function extractFlags(line: Traced): { flags: Word[]; rest: number } {
  const s = line.text;
  const flags: Word[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isSpace(s[pos])) pos++;
    if (pos >= s.length - 1 || s[pos] !== '-' || s[pos + 1] !== '-') return { flags, rest: pos };
    const begin = pos;
    let text = '';
    const offsets: number[] = [];
    let quote = '';
    let blankOk = false;
    for (; pos < s.length; pos++) {
      const c = s[pos];
      if (quote === '') {
        if (isSpace(c)) break;
        if (c === '"' || c === "'") {
          quote = c;
          blankOk = true;
          continue;
        }
      } else if (c === quote) {
        quote = '';
        continue;
      }
      if (c === '\\') {
        if (pos + 1 === s.length) continue;
        pos++;
      }
      text += s[pos];
      offsets.push(line.offsets[pos]);
    }
    if (text === '--') return { flags, rest: pos };
    if (blankOk || text.length > 0) flags.push(makeWord(line, begin, pos, text, offsets));
  }
}

/** Words split on white space only, quotes and escapes kept for later expansion (how FROM reads its arguments). */
export function splitWhitespace(line: Traced, from = 0): Word[] {
  const s = line.text;
  const words: Word[] = [];
  let pos = from;
  while (pos < s.length) {
    while (pos < s.length && isSpace(s[pos])) pos++;
    if (pos >= s.length) break;
    const begin = pos;
    while (pos < s.length && !isSpace(s[pos])) pos++;
    words.push(makeWord(line, begin, pos, s.slice(begin, pos), line.offsets.slice(begin, pos)));
  }
  return words;
}

/**
 * Words as ARG reads them: split on white space outside quotes; quotes and escape characters stay in the word
 * (its value is expanded later), except an escape character at the very end, which is dropped.
 */
export function parseWords(line: Traced, escape: string, from = 0): Word[] {
  const s = line.text;
  const words: Word[] = [];
  let pos = from;
  while (pos < s.length) {
    while (pos < s.length && isSpace(s[pos])) pos++;
    if (pos >= s.length) break;
    const begin = pos;
    let text = '';
    const offsets: number[] = [];
    let quote = '';
    let blankOk = false;
    const add = (i: number): void => {
      text += s[i];
      offsets.push(line.offsets[i]);
    };
    for (; pos < s.length; pos++) {
      const c = s[pos];
      if (quote === '') {
        if (isSpace(c)) break;
        if (c === '"' || c === "'") {
          quote = c;
          blankOk = true;
        }
        if (c === escape) {
          if (pos + 1 === s.length) continue;
          add(pos);
          pos++;
        }
        add(pos);
      } else {
        if (c === quote) quote = '';
        else if (c === escape && quote !== "'") {
          if (pos + 1 === s.length) continue;
          add(pos);
          pos++;
        }
        add(pos);
      }
    }
    if (blankOk || text.length > 0) words.push(makeWord(line, begin, pos, text, offsets));
  }
  return words;
}

/** A `key=value` field of a `--mount` flag, with the value's own offsets. */
export interface MountField {
  key: string;
  value: Traced;
}

/**
 * The comma-separated fields of a `--mount` value, read as CSV as the builder does (a field may be double-quoted,
 * `""` inside quotes is a quote). Returns an error message for malformed CSV.
 */
export function parseMountFields(value: Traced): { fields: MountField[]; error: string | null } {
  const s = value.text;
  const fields: MountField[] = [];
  let pos = 0;
  while (pos <= s.length) {
    let text = '';
    const offsets: number[] = [];
    if (s[pos] === '"') {
      pos++;
      for (;;) {
        if (pos >= s.length) return { fields, error: 'extraneous or missing " in quoted field' };
        if (s[pos] === '"') {
          if (s[pos + 1] === '"') {
            text += '"';
            offsets.push(value.offsets[pos]);
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        text += s[pos];
        offsets.push(value.offsets[pos]);
        pos++;
      }
      if (pos < s.length && s[pos] !== ',')
        return { fields, error: 'extraneous or missing " in quoted field' };
    } else {
      while (pos < s.length && s[pos] !== ',') {
        if (s[pos] === '"') return { fields, error: 'bare " in non-quoted field' };
        text += s[pos];
        offsets.push(value.offsets[pos]);
        pos++;
      }
    }
    const eq = text.indexOf('=');
    fields.push({
      key: (eq === -1 ? text : text.slice(0, eq)).toLowerCase(),
      value:
        eq === -1 ? { text: '', offsets: [] } : { text: text.slice(eq + 1), offsets: offsets.slice(eq + 1) },
    });
    pos++;
  }
  return { fields, error: null };
}
