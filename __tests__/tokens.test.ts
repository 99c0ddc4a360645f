import { describe, expect, it } from '@jest/globals';
import {
  extractFlags,
  LineIndex,
  logicalLine,
  parseMountFields,
  parseWords,
  splitWhitespace,
} from '../src/extract/tokens.js';

const traced = (text: string) => ({ text, offsets: [...text].map((_, i) => i) });

describe('logicalLine', () => {
  it.each<[string, string, string]>([
    ['one line', 'FROM a\nRUN b', 'FROM a'],
    ['continued', 'FROM \\\n  a \\\n AS b\nRUN', 'FROM   a  AS b'],
    ['blanks after the escape', 'FROM \\  \t\na', 'FROM a'],
    ['CRLF', 'FROM \\\r\na\r\nRUN', 'FROM a'],
    ['comment and blank lines inside', 'FROM \\\n# c\n   # d\n\n  \na', 'FROM a'],
    ['escape in the middle is not a continuation', 'RUN a\\b\nc', 'RUN a\\b'],
    ['ends at end of file', 'FROM a \\', 'FROM a '],
  ])('%s', (_name, text, expected) => {
    expect(logicalLine(text, 0, '\\').text).toBe(expected);
  });

  it('keeps each character at its offset in the file', () => {
    const text = 'FROM \\\n  ab';
    const line = logicalLine(text, 0, '\\');
    expect(line.text).toBe('FROM   ab');
    expect(line.offsets.map((o) => text[o]).join('')).toBe(line.text);
  });

  it('uses the backtick escape', () => {
    expect(logicalLine('FROM `\na\\\nb', 0, '`').text).toBe('FROM a\\');
  });
});

describe('extractFlags', () => {
  it.each<[string, string[], string]>([
    ['--from=a --chown=1:2 src dst', ['--from=a', '--chown=1:2'], 'src dst'],
    ['  --from="a b" x', ['--from=a b'], 'x'],
    ["--from='q' x", ['--from=q'], 'x'],
    ['--from=a\\ b x', ['--from=a b'], 'x'],
    ['-- --from=x y', [], '--from=x y'],
    ['src --from=x', [], 'src --from=x'],
    ['--link', ['--link'], ''],
  ])('%s', (text, flags, rest) => {
    const line = traced(text);
    const result = extractFlags(line);
    expect(result.flags.map((f) => f.text)).toEqual(flags);
    expect(text.slice(result.rest).trim()).toBe(rest);
  });

  it('locates a flag value char by char', () => {
    const line = traced('--from="img:1" x');
    const [flag] = extractFlags(line).flags;
    expect(flag.offsets.slice(7)).toEqual([8, 9, 10, 11, 12]);
  });
});

describe('splitWhitespace and parseWords', () => {
  it('splits FROM arguments on white space only', () => {
    expect(splitWhitespace(traced(' "a b" AS\tc ')).map((w) => w.text)).toEqual(['"a', 'b"', 'AS', 'c']);
  });
  it.each<[string, string[]]>([
    ['foo bar=baz', ['foo', 'bar=baz']],
    ['abc="123 456" def', ['abc="123 456"', 'def']],
    ["a='x y' b", ["a='x y'", 'b']],
    ['a=x\\ y', ['a=x\\ y']],
    ['a="x\\"y"', ['a="x\\"y"']],
    ['end\\', ['end']],
    ['a=""', ['a=""']],
  ])('ARG words of %s', (text, words) => {
    expect(parseWords(traced(text), '\\').map((w) => w.text)).toEqual(words);
  });
});

describe('parseMountFields', () => {
  it.each<[string, [string, string][], string | null]>([
    [
      'type=bind,from=img,target=/x',
      [
        ['type', 'bind'],
        ['from', 'img'],
        ['target', '/x'],
      ],
      null,
    ],
    ['FROM=img', [['from', 'img']], null],
    [
      '"from=a,b",target=/x',
      [
        ['from', 'a,b'],
        ['target', '/x'],
      ],
      null,
    ],
    ['"from=a""b"', [['from', 'a"b']], null],
    ['from="a', [], 'bare " in non-quoted field'],
    ['"from=a', [], 'extraneous or missing " in quoted field'],
    ['readonly', [['readonly', '']], null],
  ])('%s', (text, fields, error) => {
    const result = parseMountFields(traced(text));
    expect(result.error).toBe(error);
    if (!error) expect(result.fields.map((f) => [f.key, f.value.text])).toEqual(fields);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\n\ne');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.offsetOf(1, 1)).toBe(4);
  });
});
