import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { containsVariable, expandWord, ExpansionError } from '../src/expand.js';

interface ConformanceCase {
  platform: 'A' | 'U' | 'W';
  input: string;
  expected: string;
  env: Record<string, string>;
}

const conformance = readFileSync(
  new URL('../../shared/conformance/buildkit/envVarTest.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ConformanceCase)
  // BuildKit's lex_test.go trims both fields; W cases only hold on Windows (case-insensitive names).
  .map((c) => ({ ...c, input: c.input.trim(), expected: c.expected.trim() }));
const unixCases = conformance.filter((c) => c.platform !== 'W');

const envLookup =
  (env: Record<string, string>) =>
  (name: string): string | undefined =>
    Object.hasOwn(env, name) ? env[name] : undefined;

function thrown(fn: () => unknown): ExpansionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ExpansionError) return err;
    throw err;
  }
  throw new Error('expected an ExpansionError');
}

describe('BuildKit conformance (envVarTest)', () => {
  it('covers the whole answer key', () => {
    expect(conformance).toHaveLength(230);
    expect(unixCases.length).toBeGreaterThan(200);
  });

  it.each(unixCases)('[$platform] $input', ({ input, expected, env }) => {
    if (expected === 'error') {
      expect(() => expandWord(input, envLookup(env))).toThrow(ExpansionError);
    } else {
      expect(expandWord(input, envLookup(env)).value).toBe(expected);
    }
  });

  it.each(unixCases)(
    'containsVariable is false only when expansion looks nothing up: $input',
    ({ input, env }) => {
      if (containsVariable(input)) return expect(input).toContain('$');
      const calls: string[] = [];
      const run = (lookup: (n: string) => string | undefined) => {
        try {
          return expandWord(input, lookup).value;
        } catch {
          return 'error';
        }
      };
      expect(run((n) => (calls.push(n), env[n]))).toBe(run(() => undefined));
      expect(calls).toEqual([]);
    },
  );
});

describe('expandWord', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    // unset, empty and set with each operator
    ['${V-x}|${V:-x}', { V: '' }, '|x'],
    ['${V-x}|${V:-x}', {}, 'x|x'],
    ['${V-x}|${V:-x}', { V: 'v' }, 'v|v'],
    ['${V+x}|${V:+x}', { V: '' }, 'x|'],
    ['${V+x}|${V:+x}', {}, '|'],
    ['${V+x}|${V:+x}', { V: 'v' }, 'x|x'],
    ['${V?}|${V:?}', { V: 'v' }, 'v|v'],
    ['${V?}', { V: '' }, ''],
    ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx  ccc'],
    ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa  '],
    [
      'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz',
      { VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm', TARGETVARIANT: 'v7' },
      'something-v1.2.3.linux-arm-v7.tar.gz',
    ],
    // # and ## (shortest / longest prefix)
    ['${V#*/}', { V: 'docker.io/library/node:20.1-alpine' }, 'library/node:20.1-alpine'],
    ['${V##*/}', { V: 'docker.io/library/node:20.1-alpine' }, 'node:20.1-alpine'],
    ['${FOO#*x*y}', { FOO: 'xxyy' }, 'y'],
    ['${FOO##*x}', { FOO: 'xxyy' }, 'yy'],
    ['${FOO#*}|${FOO##*}', { FOO: 'xxyy' }, 'xxyy|'],
    ['${FOO#}|${FOO##}', { FOO: 'xxyy' }, 'xxyy|xxyy'],
    ['${FOO#$BAR}', { FOO: 'xxyy', BAR: 'x' }, 'xyy'],
    ['${FOO#nomatch}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#?\\?}', { FOO: '???y' }, '?y'],
    ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', { FOO: '()[]{}^$.*?|\\x' }, 'x'],
    // % and %% (shortest / longest suffix)
    ['${V%:*}', { V: 'node:20:alpine' }, 'node:20'],
    ['${V%%:*}', { V: 'node:20:alpine' }, 'node'],
    ['${V%%.*}', { V: 'docker.io/library/node:20.1' }, 'docker'],
    ['${V%.*}', { V: 'docker.io/library/node:20.1' }, 'docker.io/library/node:20'],
    ['${FOO%%\\**}', { FOO: 'xx**' }, 'xx'],
    ['${FOO%%\\**\\*}', { FOO: 'a***yy*' }, 'a'],
    ['${ABC:-.}${FOO%x}${ABC:-.}', { FOO: 'xxyy' }, '.xxyy.'],
    ['${FOO%}|${FOO%%$BAR}', { FOO: 'xxyy', BAR: '' }, 'xxyy|xxyy'],
    // / and // (first / every match, leftmost and longest)
    ['${V/a/b}', { V: 'banana' }, 'bbnana'],
    ['${V//a/b}', { V: 'banana' }, 'bbnbnb'],
    ['${V/a*n/X}', { V: 'banana' }, 'bXa'],
    ['${V/nomatch/X}|${V//nomatch/X}', { V: 'banana' }, 'banana|banana'],
    [
      '${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}',
      { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' },
      '/foo.*/*.txt - /foo..*.txt',
    ],
    [
      '${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}',
      { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' },
      '/tmp/bar.txt - /bar.txt',
    ],
    [
      '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
      { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' },
      '/foo/b/c.txt - /foo/c.txt',
    ],
    ['${FOO/$N/$R}', { FOO: 'http://google.de', N: 'http://', R: 'https://' }, 'https://google.de'],
    ['${FOO//\\//\\/}', { FOO: '/tmp/foo.txt' }, '\\/tmp\\/foo.txt'],
    ['${FOO/$BAR/ww}', { FOO: 'xxyy', BAR: '' }, 'wwxxyy'],
    ['${FOO///}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO///}', {}, ''],
    // Go's ReplaceAllString: an empty match is replaced between characters, but not right after a match
    ['${V///-}', { V: 'abc' }, '-a-b-c-'],
    ['${V//*/x}', { V: 'abc' }, 'x'],
    // `?` is one code point
    ['${V#??}|${V%?}', { V: 'abcdef' }, 'cdef|abcde'],
    ['${V/?a/X}|${V//?a/X}', { V: 'banana' }, 'Xnana|XXX'],
    ['${V#?}|${V%?}', { V: '😀x😀' }, 'x😀|😀x'],
    // BuildKit has no bracket expressions: `[` and `]` are literal
    ['${V#[ab]}', { V: '[ab]c' }, 'c'],
    ['${V#[ab]}', { V: 'ac' }, 'ac'],
    ['${V//[0-9]/x}', { V: 'v1[0-9]' }, 'v1x'],
    ['${V%[?]}', { V: 'a[b]' }, 'a'],
    // Go's `.` excludes newlines, so `*` and `?` stop at one
    ['${V##*}', { V: 'a\nb' }, '\nb'],
    ['${V%%*}', { V: 'a\nb' }, 'a\n'],
    ['${V//?/x}', { V: 'a\nb' }, 'x\nx'],
    ['${V#*\n}', { V: 'a\nb\nc' }, 'b\nc'],
    ['${V/a*b/X}', { V: 'a\nb ab' }, 'a\nb X'],
    // `//` expands $0 in the replacement as Go's template does; `/` inserts it as is
    ['${V//a/$R}', { V: 'banana', R: '<$0>' }, 'b<a>n<a>n<a>'],
    ['${V/a/$R}', { V: 'banana', R: '<$0>' }, 'b<$0>nana'],
    ['${V//a/$R}', { V: 'banana', R: '$$|${0}|$1|$x|$' }, 'b$|a|||$n$|a|||$n$|a|||$'],
    // quotes in a pattern are removed before matching, and in raw mode `"\a"` keeps both escapes
    ['${V##"*"}', { V: 'abc' }, ''],
    ['${V#"\\a"}', { V: '\\ab' }, 'b'],
    // names follow Go's unicode.IsLetter, so the Hangul belongs to the name
    ['$KOREAN안녕|${KOREAN}안녕', { KOREAN: 'k' }, '|k안녕'],
    // a leading byte-order mark is skipped, as Go's text/scanner does
    ['\uFEFF$X', { X: 'x' }, 'x'],
  ];

  it.each(cases)('%s with %j is %j', (word, env, expected) => {
    expect(expandWord(word, envLookup(env)).value).toBe(expected);
  });

  const errors: Array<[string, Record<string, string>]> = [
    ['${FOO?aaa}', {}],
    ['${BAR:?bbb}', { BAR: '' }],
    ['${FOO=aaa}', { FOO: 'xxx' }],
    ['${FOO=:aaa}', { FOO: 'xxx' }],
    ['${FOO=}', {}],
    ['${FOO//ww}', { FOO: 'xxyy' }],
    ['${FOO//}', { FOO: 'xxyy' }],
    ['${FOO/a}', { FOO: 'xxyy' }],
    ['${FOO#\\x}', { FOO: 'xxyy' }],
    ['${FOO%$P}', { FOO: 'xxyy', P: 'a\\' }],
    ['${FOO:#x}', { FOO: 'xxyy' }],
    ['${FOO:%x}', { FOO: 'xxyy' }],
    ['${FOO:/x/y}', { FOO: 'xxyy' }],
    ['${FOO', { FOO: 'xxyy' }],
    ['${FOO:', { FOO: 'xxyy' }],
    ['${FOO:-"x}', { FOO: 'xxyy' }],
  ];

  it.each(errors)('%s with %j throws', (word, env) => {
    expect(() => expandWord(word, envLookup(env))).toThrow(ExpansionError);
  });

  it('reports the offset and a message for errors', () => {
    const unterminated = thrown(() => expandWord('he${PWD', () => undefined));
    expect(unterminated.offset).toBe(2);
    expect(unterminated.name).toBe('ExpansionError');
    expect(thrown(() => expandWord("he'llo", () => undefined)).offset).toBe(2);
    expect(thrown(() => expandWord('ab"cd', () => undefined)).offset).toBe(2);
    expect(thrown(() => expandWord('x${.}', () => undefined)).offset).toBe(3);
    const required = thrown(() => expandWord('${VAR:?message here$ARG}', envLookup({ VAR: '', ARG: 'x' })));
    expect(required.message).toContain('message herex');
    expect(required.offset).toBe(0);
    expect(thrown(() => expandWord('${VAR?}', () => undefined)).message).toBe(
      'VAR: is not allowed to be unset',
    );
  });
});

describe('matched and unmatched', () => {
  it('lists names that had a value (even empty) and names that had none', () => {
    const r = expandWord('${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', envLookup({ FOO: 'xxx', BAR: '' }));
    expect(r).toEqual({ value: 'xxx bbb ccc', matched: ['FOO', 'BAR'], unmatched: ['BAZ'] });
  });

  it('keeps first-use order and lists each name once', () => {
    const r = expandWord('$B ${A} "$B" $C $A', envLookup({ A: 'a', C: 'c' }));
    expect(r).toEqual({ value: ' a  c a', matched: ['A', 'C'], unmatched: ['B'] });
  });

  it('looks up the words of an operator first, even when unused, as BuildKit does', () => {
    const r = expandWord('${A:-$B}${C#$D}', envLookup({ A: 'a', C: 'cc', D: 'c' }));
    expect(r).toEqual({ value: 'ac', matched: ['A', 'D', 'C'], unmatched: ['B'] });
  });

  it('never looks up positional or special parameters, nor quoted or escaped names', () => {
    const calls: string[] = [];
    const r = expandWord("$1${001}$@$*$#$?$-$$$!$0${#:-d}'$X'\\$Y", (name) => (calls.push(name), 'v'));
    expect(r).toEqual({ value: 'd$X$Y', matched: [], unmatched: [] });
    expect(calls).toEqual([]);
  });

  it('is empty for a word without references', () => {
    expect(expandWord('alpine:3.20', () => 'v')).toEqual({
      value: 'alpine:3.20',
      matched: [],
      unmatched: [],
    });
  });
});

describe('backtick escape token', () => {
  const env = envLookup({ X: 'x' });
  it.each([
    ['`$X', '$X'],
    ['\\$X', '\\x'],
    ['a`', 'a'],
    ['a``b', 'a`b'],
    ['"a`"b"', 'a"b'],
    ['"`$X"', '$X'],
    ['"\\$X"', '\\x'],
    ['c:\\path\\$X', 'c:\\path\\x'],
  ])('%s is %s', (word, expected) => {
    expect(expandWord(word, env, '`').value).toBe(expected);
  });

  it('reports no lookup for an escaped reference', () => {
    expect(expandWord('`$X', env, '`')).toEqual({ value: '$X', matched: [], unmatched: [] });
  });
});

describe('containsVariable', () => {
  it.each([
    ['alpine:3.20', false],
    ['$X', true],
    ['${X}', true],
    ['pre${X:-d}post', true],
    ['$1', true],
    ['$@', true],
    ['${}', true],
    ['$é', true],
    ['$', false],
    ['$.', false],
    ['a$ b', false],
    ['\\$X', false],
    ['\\\\$X', true],
    ["'$X'", false],
    ["'a'$X", true],
    ['"$X"', true],
    ['"\\$X"', false],
    ['"\\\\$X"', true],
    ['"\'"$X', true],
    ["'unterminated $X", false],
  ])('%s is %s', (word, expected) => {
    expect(containsVariable(word)).toBe(expected);
  });

  it('honours the backtick escape token', () => {
    expect(containsVariable('`$X', '`')).toBe(false);
    expect(containsVariable('\\$X', '`')).toBe(true);
    expect(containsVariable('"``$X"', '`')).toBe(true);
  });
});

describe('hostile input', () => {
  it('matches a 100,000-char pattern of many stars without backtracking', () => {
    const word = '${V//' + '*a'.repeat(50_000) + '/x}';
    expect(word.length).toBeGreaterThan(100_000);
    expect(expandWord(word, envLookup({ V: 'a'.repeat(49_999) + 'b' })).value).toBe('a'.repeat(49_999) + 'b');
    expect(expandWord(word, envLookup({ V: 'b' + 'a'.repeat(60_000) + 'b' })).value).toBe('xb');
  });

  it('trims with many stars on a long value', () => {
    const pattern = '*a'.repeat(30_000);
    const value = 'ab'.repeat(50_000);
    expect(expandWord('${V#' + pattern + '}', envLookup({ V: value })).value).toBe('b' + 'ab'.repeat(20_000));
    expect(expandWord('${V##' + pattern + '}', envLookup({ V: value })).value).toBe('b');
    expect(expandWord('${V%%' + pattern + '}', envLookup({ V: value })).value).toBe(value);
    expect(expandWord('${V%' + pattern + '?}', envLookup({ V: value })).value).toBe('ab'.repeat(20_000));
    expect(expandWord('${V%%' + pattern + '?}', envLookup({ V: value })).value).toBe('');
  });

  it('gives up with an ExpansionError when a long segment makes matching quadratic', () => {
    const word = '${V#*' + 'a'.repeat(50_000) + 'b}';
    const err = thrown(() => expandWord(word, envLookup({ V: 'a'.repeat(100_000) })));
    expect(err.message).toMatch(/too expensive/);
    expect(err.offset).toBe(0);
  });

  it('expands a long plain word unchanged', () => {
    const word = 'x'.repeat(100_000) + '$V';
    expect(expandWord(word, envLookup({ V: '!' })).value).toBe('x'.repeat(100_000) + '!');
  });
});
