// Parser directives (`# syntax=…`, `# escape=…`, `# check=…`) as the builder reads them: only at the very top of
// the file, each line left-trimmed, keys case-insensitive; the first line that is not a known directive (a comment,
// a blank line, an instruction, an unknown key) ends them.

export interface Directive {
  key: 'syntax' | 'escape' | 'check';
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

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}
function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

export function parseDirectives(text: string): Directives {
  const list: Directive[] = [];
  const problems: { offset: number; message: string }[] = [];
  let escape: '\\' | '`' = '\\';
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let lineEnd = eol;
    if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
    let i = pos;
    while (i < lineEnd && isBlank(text[i])) i++;
    if (text[i] !== '#') break;
    i++;
    while (i < lineEnd && isBlank(text[i])) i++;
    const keyStart = i;
    if (i >= lineEnd || !isNameStart(text[i])) break;
    while (i < lineEnd && isNameChar(text[i])) i++;
    const key = text.slice(keyStart, i).toLowerCase();
    while (i < lineEnd && isBlank(text[i])) i++;
    if (text[i] !== '=') break;
    i++;
    while (i < lineEnd && isBlank(text[i])) i++;
    let valueEnd = lineEnd;
    while (valueEnd > i && (isBlank(text[valueEnd - 1]) || text[valueEnd - 1] === '\r')) valueEnd--;
    if (valueEnd === i || !KNOWN.has(key)) break;
    const value = text.slice(i, valueEnd);
    if (list.some((d) => d.key === key)) {
      problems.push({ offset: keyStart, message: `only one ${key} parser directive can be used` });
    } else {
      if (key === 'escape') {
        if (value === '`' || value === '\\') escape = value;
        else problems.push({ offset: i, message: `invalid escape token '${value}': expected \` or \\` });
      }
      list.push({
        key: key as Directive['key'],
        value,
        valueStart: i,
        valueEnd,
        lineStart: pos,
        lineEnd,
      });
    }
    pos = eol + 1;
  }
  return { list, escape, problems };
}
