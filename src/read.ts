// read: a file's text, or why it is not read as a Dockerfile (too large, binary, unreadable).
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { bomLength, LineIndex } from './extract/tokens.js';
import type { FileProblem } from './types.js';

export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      invalidUtf8: boolean;
      /** only ASCII, with no vertical tab, form feed or carriage return: nothing for the odd-character check */
      plain: boolean;
    }
  | { ok: false; problem: FileProblem };

export function readDockerfile(absolute: string, knownSize = -1): ReadResult {
  const read = readBytes(absolute, knownSize);
  return read.ok ? decode(read.bytes, read.invalidUtf8, read.plain) : read;
}

export type BytesResult =
  { ok: true; bytes: Uint8Array; invalidUtf8: boolean; plain: boolean } | { ok: false; problem: FileProblem };

/** A file's bytes, checked for size and binary content (the half of reading that another thread can do). */
export function readBytes(absolute: string, knownSize = -1): BytesResult {
  const tooLarge = (size: number): BytesResult => ({
    ok: false,
    problem: {
      reason: 'too-large',
      message: `the file is ${size} bytes; files over ${MAX_FILE_BYTES} bytes (1 MiB) are not read`,
    },
  });
  if (knownSize > MAX_FILE_BYTES) return tooLarge(knownSize);
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    // the size is taken from the open file, so a file that grows after the walk is still caught
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    buffer = buffer.subarray(0, read);
  } catch (error) {
    return {
      ok: false,
      problem: {
        reason: 'unreadable',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (buffer.includes(0)) {
    return {
      ok: false,
      problem: { reason: 'binary', message: 'the file holds binary data (a NUL byte), not text' },
    };
  }
  // both checks run over the bytes at machine speed, where the text would be looked at character by character
  const plain = isAscii(buffer) && !buffer.includes(0x0b) && !buffer.includes(0x0c) && !buffer.includes(0x0d);
  return { ok: true, bytes: buffer, invalidUtf8: !plain && !isUtf8(buffer), plain };
}

/** The text of a file's bytes: invalid bytes become U+FFFD, and the file is still read so that its valid
 * references are judged. */
export function decode(bytes: Uint8Array, invalidUtf8: boolean, plain: boolean): ReadResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ok: true, text: buffer.toString(plain ? 'latin1' : 'utf8'), invalidUtf8, plain };
}

const AMBIGUOUS: Record<number, string> = {
  0x0b: 'a vertical tab',
  0x0c: 'a form feed',
  0x0d: 'a carriage return inside a line',
  0x85: 'U+0085 (next line)',
  0xa0: 'U+00A0 (no-break space)',
  0x1680: 'U+1680 (Ogham space mark)',
  0x2028: 'U+2028 (line separator)',
  0x2029: 'U+2029 (paragraph separator)',
  0x202f: 'U+202F (narrow no-break space)',
  0x205f: 'U+205F (medium mathematical space)',
  0x3000: 'U+3000 (ideographic space)',
};

function ambiguousName(code: number): string | undefined {
  if (code >= 0x2000 && code <= 0x200a) return `U+${code.toString(16).toUpperCase()} (a Unicode space)`;
  return AMBIGUOUS[code];
}

// every character `oddCharacter` looks for; most files hold none, and a regular expression finds that fast
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const SUSPECT = /[\u000b\u000c\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufffd]/;

/**
 * What in a Dockerfile the builder may read otherwise than this tool, if anything: a directive its versions read
 * differently, a heredoc marker inside an expansion, or an odd character. A check that lets no image through does
 * not judge a file it might misread: the file is reported instead, with where and what to replace.
 */
export function ambiguity(
  text: string,
  invalidUtf8 = false,
  heredocBodies: readonly (readonly [number, number])[] = [],
  plain = false,
): FileProblem | null {
  return (
    directiveAmbiguity(text) ??
    heredocInExpansion(text) ??
    (plain ? null : oddCharacter(text, invalidUtf8, heredocBodies))
  );
}

/** A problem at an offset of the text, with its line and column. */
function unsure(text: string, offset: number, what: string): FileProblem {
  const { line, column } = new LineIndex(text).position(offset);
  return { reason: 'ambiguous', message: `line ${line}, column ${column} ${what}` };
}

/**
 * Directives the builder's versions read differently: white space other than a space or tab right after the `#`
 * (or `//`) of a line at the top (newer versions trim any Unicode white space there, older ones only Go's \s),
 * and a `check` directive before an `escape` one (older versions stop at `check` and keep the backslash).
 */
function directiveAmbiguity(text: string): FileProblem | null {
  let pos = bomLength(text);
  let check = false;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let i = pos;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const mark = text[i] === '#' ? 1 : text.startsWith('//', i) ? 2 : 0;
    if (mark === 0) break;
    const after = text.charCodeAt(i + mark);
    if (isOddSpace(after))
      return unsure(
        text,
        i + mark,
        "holds white space right after the comment mark of a directive line, which the builder's versions read differently; write a plain space",
      );
    const key = /^(?:#|\/\/)[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=/.exec(text.slice(i, eol))?.[1]?.toLowerCase();
    if (key === 'check') check = true;
    if (key === 'escape' && check)
      return unsure(
        text,
        i,
        'has an escape directive after a check directive, which older builders stop at and newer ones take; put the escape directive first',
      );
    if (key === undefined && !text.startsWith('#!', i)) break;
    pos = eol + 1;
  }
  return null;
}

/**
 * A heredoc marker inside `${…}`: the builder's lexer reads the expansion (and the words around it) otherwise than
 * a plain split would, so where the heredoc is, and where the next instruction starts, cannot be told for sure.
 */
function heredocInExpansion(text: string): FileProblem | null {
  if (!text.includes('${') || !text.includes('<<')) return null;
  for (let at = text.indexOf('${'); at !== -1; at = text.indexOf('${', at + 2)) {
    let depth = 0;
    for (let i = at + 1; i < text.length && i < at + 4096; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
      else if (c === '<' && text[i + 1] === '<')
        return unsure(
          text,
          i,
          'holds `<<` inside a `${…}` expansion, which makes it unclear where a heredoc opens; move the `<<` out of the expansion',
        );
    }
  }
  return null;
}

/** White space that Go's \s (older builders) does not take and Unicode white space (newer ones) does. */
function isOddSpace(code: number): boolean {
  return code === 0x0b || (code >= 0x85 && ambiguousName(code) !== undefined);
}

/**
 * The first character outside comment lines and heredoc bodies (which the builder takes as they are) that it may
 * read otherwise than this tool: white space other than a space, a tab or a line end (the builder takes it for
 * white space in some places and not in others: before a keyword, between words of ARG, inside a flag), or bytes
 * that are not UTF-8 (which the builder reads byte by byte).
 */
function oddCharacter(
  text: string,
  invalidUtf8: boolean,
  heredocBodies: readonly (readonly [number, number])[],
): FileProblem | null {
  if (!SUSPECT.test(text)) return null;
  let comment = false;
  let content = false;
  for (let i = bomLength(text); i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      comment = false;
      content = false;
      continue;
    }
    if (!content && (code === 32 || code === 9)) continue;
    if (!content) {
      content = true;
      comment = code === 35;
    }
    if (comment || (code < 0x85 && code !== 0x0b && code !== 0x0c && code !== 0x0d)) continue;
    // CRs at the end of a line are its line end
    if (code === 0x0d) {
      let j = i;
      while (text.charCodeAt(j) === 0x0d) j++;
      if (j === text.length || text.charCodeAt(j) === 10) {
        i = j - 1;
        continue;
      }
    }
    if (heredocBodies.some(([start, end]) => i >= start && i < end)) continue;
    // invalid bytes were read as U+FFFD
    if (code === 0xfffd && invalidUtf8) {
      return unsure(
        text,
        i,
        'holds bytes that are not UTF-8, which the builder reads one by one, some as white space, so the images it pulls cannot be told for sure; save the file as UTF-8',
      );
    }
    const name = ambiguousName(code);
    if (name === undefined) continue;
    return unsure(
      text,
      i,
      `holds ${name}, which the builder reads as white space in some places and not in others, so the images it pulls cannot be told for sure; replace it with a space`,
    );
  }
  return null;
}
