// Dockerfile word expansion, ported from BuildKit's shell lexer (moby/buildkit
// frontend/dockerfile/shell/lex.go, ProcessWordWithMatches) for the unix platform.
// BuildKit is the reference: where it differs from a real shell (no bracket expressions in
// patterns, `*`/`?` not matching a newline, `$0` in a `//` replacement), this follows BuildKit.

export class ExpansionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExpansionError';
  }
}

export interface ExpansionResult {
  value: string;
  matched: string[];
  unmatched: string[];
}

const NEWLINE = 10;
const DQUOTE = 34;
const DOLLAR = 36;
const PERCENT = 37;
const SQUOTE = 39;
const STAR = 42;
const PLUS = 43;
const MINUS = 45;
const SLASH = 47;
const COLON = 58;
const QUESTION = 63;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const LBRACE = 123;
const RBRACE = 125;
const HASH = 35;
const BOM = 0xfeff;
const EOF = -1;

/** The code point at `i`, or EOF past the end (checked first: reading past the end costs the compiled code). */
function codeAt(s: string, i: number): number {
  return i < s.length ? (s.codePointAt(i) as number) : EOF;
}

// POSIX special parameters (BuildKit's isSpecialParam); '0' is caught by the digit rule first.
const SPECIAL_PARAMS = new Set([0x40, STAR, HASH, QUESTION, MINUS, DOLLAR, 0x21, 0x30]);

// Pattern atom for `?`; literal atoms are code points, so they are never negative.
const ANY = -1;

// Cap on pattern-matching work per word (atom comparisons): hostile input fails fast instead of
// spinning. Real FROM lines use a few hundred at most.
const MATCH_BUDGET = 20_000_000;

// Go's unicode.IsLetter / unicode.IsDigit, which BuildKit uses for names.
const isLetter = (cp: number): boolean =>
  (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp > 127 && /\p{L}/u.test(String.fromCodePoint(cp)));
const isDigit = (cp: number): boolean =>
  (cp >= 48 && cp <= 57) || (cp > 127 && /\p{Nd}/u.test(String.fromCodePoint(cp)));
const isNameChar = (cp: number): boolean => isLetter(cp) || isDigit(cp) || cp === UNDERSCORE;

export function expandWord(
  word: string,
  lookup: (name: string) => string | undefined,
  escapeToken: '\\' | '`' = '\\',
): ExpansionResult {
  const esc = escapeToken.charCodeAt(0);
  // most words hold nothing the lexer changes: no variable, quote, escape or leading byte-order mark
  if (isPlain(word, esc)) return { value: word, matched: [], unmatched: [] };
  const lexer = new Lexer(word, lookup, esc);
  const value = lexer.word(EOF, false, 0);
  return { value, matched: [...lexer.matched], unmatched: [...lexer.unmatched] };
}

function isPlain(word: string, esc: number): boolean {
  if (word.charCodeAt(0) === BOM) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === DOLLAR || c === SQUOTE || c === DQUOTE || c === esc) return false;
  }
  return true;
}

export function containsVariable(word: string, escapeToken: '\\' | '`' = '\\'): boolean {
  const esc = escapeToken.charCodeAt(0);
  let inDouble = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === DOLLAR) {
      const next = word.codePointAt(i + 1);
      if (next !== undefined && (next === LBRACE || isNameChar(next) || SPECIAL_PARAMS.has(next)))
        return true;
    } else if (c === esc) {
      // Inside double quotes the escape only protects `"`, `$` and itself.
      const next = word.charCodeAt(i + 1);
      if (!inDouble || next === DQUOTE || next === DOLLAR || next === esc) i++;
    } else if (c === DQUOTE) {
      inDouble = !inDouble;
    } else if (c === SQUOTE && !inDouble) {
      const close = word.indexOf("'", i + 1);
      if (close < 0) return false;
      i = close;
    }
  }
  return false;
}

class Lexer {
  pos: number;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private readonly budget = { steps: MATCH_BUDGET };

  constructor(
    private readonly src: string,
    private readonly lookup: (name: string) => string | undefined,
    private readonly esc: number,
  ) {
    // Go's text/scanner silently skips a leading byte-order mark.
    this.pos = src.charCodeAt(0) === BOM ? 1 : 0;
  }

  // BuildKit's processStopOn. `raw` keeps escape characters (pattern and replacement text),
  // so the pattern compiler can see `\*`.
  word(stop: number, raw: boolean, open: number): string {
    const s = this.src;
    let out = '';
    let run = this.pos;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === stop) {
        out += s.slice(run, this.pos++);
        return out;
      }
      if (c === DOLLAR || c === SQUOTE || c === DQUOTE) {
        out += s.slice(run, this.pos);
        out += c === DOLLAR ? this.dollar() : c === SQUOTE ? this.singleQuoted() : this.doubleQuoted(raw);
        run = this.pos;
      } else if (c === this.esc) {
        // The escaped char is taken literally; a trailing lone escape is dropped.
        out += s.slice(run, raw ? this.pos + 1 : this.pos);
        run = ++this.pos;
        if (this.pos < s.length) this.pos++;
      } else {
        this.pos++;
      }
    }
    out += s.slice(run, this.pos);
    if (stop !== EOF) {
      throw new ExpansionError(
        stop === RBRACE ? "syntax error: missing '}'" : "syntax error: missing '/' in ${}",
        open,
      );
    }
    return out;
  }

  private singleQuoted(): string {
    const open = this.pos;
    const close = this.src.indexOf("'", open + 1);
    if (close < 0)
      throw new ExpansionError('unexpected end of statement while looking for matching single-quote', open);
    this.pos = close + 1;
    return this.src.slice(open + 1, close);
  }

  private doubleQuoted(raw: boolean): string {
    const s = this.src;
    const open = this.pos++;
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= s.length) {
        throw new ExpansionError('unexpected end of statement while looking for matching double-quote', open);
      }
      const c = s.charCodeAt(this.pos);
      if (c === DQUOTE) {
        out += s.slice(run, this.pos++);
        return out;
      }
      if (c === DOLLAR) {
        out += s.slice(run, this.pos);
        out += this.dollar();
        run = this.pos;
        continue;
      }
      if (c === this.esc && this.pos + 1 < s.length) {
        const next = s.charCodeAt(this.pos + 1);
        if (next === DQUOTE || next === DOLLAR || next === this.esc) {
          out += s.slice(run, raw ? this.pos + 1 : this.pos);
          run = this.pos + 1;
          this.pos += 2;
          continue;
        }
        // Any other escape stays literal; in raw mode BuildKit writes it twice.
        if (raw) {
          out += s.slice(run, this.pos + 1);
          run = this.pos;
        }
      }
      this.pos++;
    }
  }

  // BuildKit's processName: a run of digits, one special parameter, or letters/digits/underscores.
  private name(): string {
    const s = this.src;
    const start = this.pos;
    const first = s.codePointAt(start);
    if (first === undefined) return '';
    if (isDigit(first)) {
      for (let cp = first; isDigit(cp); cp = codeAt(s, this.pos)) this.pos += cp > 0xffff ? 2 : 1;
      return s.slice(start, this.pos);
    }
    if (SPECIAL_PARAMS.has(first)) return s[this.pos++];
    for (let cp = first; isNameChar(cp); cp = codeAt(s, this.pos)) this.pos += cp > 0xffff ? 2 : 1;
    return s.slice(start, this.pos);
  }

  // Positional and special parameters have no value in a Dockerfile, so they are never looked up.
  private get(name: string): string | undefined {
    const first = name.codePointAt(0);
    if (first === undefined || isDigit(first) || SPECIAL_PARAMS.has(first)) return undefined;
    const value = this.lookup(name);
    (value === undefined ? this.unmatched : this.matched).add(name);
    return value;
  }

  private dollar(): string {
    const s = this.src;
    const start = this.pos++;
    if (s.charCodeAt(this.pos) !== LBRACE) {
      const name = this.name();
      return name === '' ? '$' : (this.get(name) ?? '');
    }
    this.pos++;
    const first = s.charCodeAt(this.pos);
    if (first === LBRACE || first === RBRACE || first === COLON) {
      throw new ExpansionError('syntax error: bad substitution', start);
    }
    const name = this.name();
    if (this.pos >= s.length) throw new ExpansionError("syntax error: missing '}'", start);
    let opAt = this.pos++;
    let op = s.charCodeAt(opAt);
    if (op === RBRACE) return this.get(name) ?? '';
    if (op === SLASH) return this.replace(name, start);
    const unsupported = (): ExpansionError =>
      new ExpansionError(
        `unsupported modifier (${s.slice(start + 2 + name.length, opAt + 1)}) in substitution`,
        opAt,
      );
    const nullIsUnset = op === COLON;
    if (nullIsUnset) {
      opAt = this.pos++;
      op = s.charCodeAt(opAt);
    } else if (op !== PLUS && op !== MINUS && op !== QUESTION && op !== HASH && op !== PERCENT) {
      throw unsupported();
    }
    const trim = op === HASH || op === PERCENT;
    if (nullIsUnset && trim) throw unsupported();
    // BuildKit expands the word (and looks up its variables) before looking at the operator.
    let word = this.word(RBRACE, trim, start);
    const value = this.get(name);
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (op) {
      case MINUS:
        return unset ? word : (value ?? '');
      case PLUS:
        return unset ? '' : word;
      case QUESTION:
        if (unset) {
          const why = value === undefined ? 'is not allowed to be unset' : 'is not allowed to be empty';
          throw new ExpansionError(`${name}: ${word !== '' ? word : why}`, start);
        }
        return value ?? '';
      case HASH:
      case PERCENT: {
        // A doubled operator (after expansion, as BuildKit checks it) asks for the longest match.
        const greedy = word.charCodeAt(0) === op;
        if (greedy) word = word.slice(1);
        return this.trim(word, value ?? '', op === PERCENT, greedy, start);
      }
      default:
        throw unsupported();
    }
  }

  private trim(pattern: string, value: string, suffix: boolean, longest: boolean, at: number): string {
    // As BuildKit does, a suffix match is a prefix match of the reversed pattern on the reversed value.
    const segs = compilePattern(
      suffix ? reversePattern(codePoints(pattern)) : codePoints(pattern),
      pattern,
      at,
    );
    const { cps, offsets } = decode(value);
    if (suffix) cps.reverse();
    const end = new Matcher(cps, segs, this.budget, at).prefix(0, longest);
    if (end < 0) return value;
    return suffix ? value.slice(0, offsets[cps.length - end]) : value.slice(offsets[end]);
  }

  private replace(name: string, start: number): string {
    const all = this.src.charCodeAt(this.pos) === SLASH;
    if (all) this.pos++;
    const pattern = this.word(SLASH, true, start);
    const replacement = this.word(RBRACE, true, start);
    const value = this.get(name) ?? '';
    const segs = compilePattern(codePoints(pattern), pattern, start);
    const { cps, offsets } = decode(value);
    const matcher = new Matcher(cps, segs, this.budget, start);
    if (!all) {
      const m = matcher.find(0);
      return m ? value.slice(0, offsets[m[0]]) + replacement + value.slice(offsets[m[1]]) : value;
    }
    // Go's Regexp.ReplaceAllString: an empty match right after a match is skipped, and the
    // replacement is a template (see expandTemplate).
    let out = '';
    let last = 0;
    for (let from = 0; from <= cps.length;) {
      const m = matcher.find(from);
      if (!m) break;
      const [a, b] = m;
      out += value.slice(offsets[last], offsets[a]);
      if (b > last || a === 0) out += expandTemplate(replacement, value.slice(offsets[a], offsets[b]));
      last = b;
      from = from + 1 > b ? from + 1 : b;
    }
    return out + value.slice(offsets[last]);
  }
}

function codePoints(s: string): Int32Array {
  return decode(s).cps;
}

// Code points of `s`, and the UTF-16 offset of each (plus the end) for slicing the original.
function decode(s: string): { cps: Int32Array; offsets: Int32Array } {
  const cps = new Int32Array(s.length);
  const offsets = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const cp = s.codePointAt(i) ?? 0;
    cps[n] = cp;
    offsets[n] = i;
    i += cp > 0xffff ? 2 : 1;
  }
  offsets[n] = s.length;
  return { cps: cps.subarray(0, n), offsets };
}

// BuildKit's reversePattern: reverses the pattern but keeps each `\x` pair in order.
function reversePattern(p: Int32Array): Int32Array {
  const out = new Int32Array(p.length);
  const last = p.length - 1;
  for (let i = 0; i <= last;) {
    if (p[i] === BACKSLASH && i !== last) {
      out[last - i - 1] = BACKSLASH;
      out[last - i] = p[i + 1];
      i += 2;
    } else {
      out[last - i] = p[i++];
    }
  }
  return out;
}

// BuildKit's convertShellPatternToRegex, producing the fixed-length segments between stars instead
// of a regular expression. `[` is literal: BuildKit does not support bracket expressions.
function compilePattern(p: Int32Array, source: string, at: number): number[][] {
  const segs: number[][] = [[]];
  let cur = segs[0];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === STAR) {
      // Consecutive stars are one star; an empty head still marks a leading star.
      if (cur.length > 0 || segs.length === 1) segs.push((cur = []));
    } else if (c === QUESTION) {
      cur.push(ANY);
    } else if (c === BACKSLASH) {
      const next = i + 1 < p.length ? p[i + 1] : EOF;
      // `\}` and `\/` only protect the ${} syntax; the escape is not part of the pattern.
      if (next === RBRACE || next === SLASH) continue;
      if (next !== STAR && next !== QUESTION && next !== BACKSLASH) {
        const bad = next === EOF ? '' : String.fromCodePoint(next);
        throw new ExpansionError(
          `invalid pattern (${source}) in substitution: invalid escape '\\${bad}'`,
          at,
        );
      }
      cur.push(next);
      i++;
    } else {
      cur.push(c);
    }
  }
  return segs;
}

// Matches a compiled pattern against code points with Go regexp semantics: `*` and `?` do not
// match a newline, `*` is lazy or greedy, and a search finds the leftmost start. Each segment is
// placed at its earliest possible position, which is optimal for glob patterns, so there is no
// backtracking; the work is roughly linear, and capped by the budget regardless.
class Matcher {
  private nlFrom = 1;
  private nl = 0;

  constructor(
    private readonly text: Int32Array,
    private readonly segs: number[][],
    private readonly budget: { steps: number },
    private readonly at: number,
  ) {}

  // Index of the first newline at or after `from` (or the end): the farthest a star can reach.
  private lineEnd(from: number): number {
    if (from < this.nlFrom || from > this.nl) {
      const i = this.text.indexOf(NEWLINE, from);
      this.nlFrom = from;
      this.nl = i < 0 ? this.text.length : i;
    }
    return this.nl;
  }

  private matchAt(seg: number[], p: number): boolean {
    const t = this.text;
    let ok = p + seg.length <= t.length;
    let i = 0;
    for (; ok && i < seg.length; i++) {
      const a = seg[i];
      ok = a === ANY ? t[p + i] !== NEWLINE : t[p + i] === a;
    }
    if ((this.budget.steps -= i + 1) < 0) throw new ExpansionError('pattern too expensive to match', this.at);
    return ok;
  }

  private first(seg: number[], from: number): number {
    for (let p = from, last = this.lineEnd(from); p <= last; p++) if (this.matchAt(seg, p)) return p;
    return -1;
  }

  private lastOf(seg: number[], from: number): number {
    for (let p = this.lineEnd(from); p >= from; p--) if (this.matchAt(seg, p)) return p;
    return -1;
  }

  // End of the shortest (or longest) match anchored at `start`, or -1.
  prefix(start: number, longest: boolean): number {
    const segs = this.segs;
    if (!this.matchAt(segs[0], start)) return -1;
    let end = start + segs[0].length;
    if (segs.length === 1) return end;
    for (let i = 1; i < segs.length - 1; i++) {
      const p = this.first(segs[i], end);
      if (p < 0) return -1;
      end = p + segs[i].length;
    }
    const tail = segs[segs.length - 1];
    const p = longest ? this.lastOf(tail, end) : this.first(tail, end);
    return p < 0 ? -1 : p + tail.length;
  }

  // Leftmost match starting at or after `from`, longest at that start (greedy stars).
  find(from: number): [number, number] | undefined {
    const head = this.segs[0];
    for (let s = from; s + head.length <= this.text.length;) {
      if (!this.matchAt(head, s)) {
        s++;
        continue;
      }
      const end = this.prefix(s, true);
      if (end >= 0) return [s, end];
      // What follows the head found no room up to the end of this line; a later start in the
      // same line has less room, so resume where the head would end past the newline.
      s = Math.max(s + 1, this.lineEnd(s + head.length) - head.length + 1);
    }
    return undefined;
  }
}

// Go's Regexp.Expand on a template, as ReplaceAllString applies it: `$$` is `$`, `$0`/`${0}` is
// the match, any other `$name`/`${name}` is empty (patterns have no groups), a malformed one is literal.
function expandTemplate(tpl: string, match: string): string {
  let i = tpl.indexOf('$');
  if (i < 0) return tpl;
  let out = '';
  let run = 0;
  for (; i >= 0; i = tpl.indexOf('$', run)) {
    out += tpl.slice(run, i);
    let j = i + 1;
    if (tpl.charCodeAt(j) === DOLLAR) {
      out += '$';
      run = j + 1;
      continue;
    }
    const brace = tpl.charCodeAt(j) === LBRACE;
    if (brace) j++;
    const nameStart = j;
    for (let cp = codeAt(tpl, j); isNameChar(cp); cp = codeAt(tpl, j)) {
      j += cp > 0xffff ? 2 : 1;
    }
    if (j === nameStart || (brace && tpl.charCodeAt(j) !== RBRACE)) {
      out += '$';
      run = i + 1;
      continue;
    }
    if (tpl.slice(nameStart, j) === '0') out += match;
    run = brace ? j + 1 : j;
  }
  return out + tpl.slice(run);
}
