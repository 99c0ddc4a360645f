// suggest: a concrete replacement FROM line, the rest of the line kept byte for byte (flags, stage name, casing).
import { bomLength } from '../extract/tokens.js';
import type { ImageUse } from '../types.js';
import type { Replacement, Suggestion } from '../rules/rule.js';

/** The text of 1-based line `n`, without its line end. */
function lineOf(text: string, n: number): string | null {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return null;
    start = next + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return text.slice(start, end);
}

/**
 * The FROM line with the image replaced by `replacement`, or null when no safe one-line rewrite exists: the
 * reference spans lines, is built from variables (rewriting it would bypass the ARG), or is not in a FROM.
 */
export function rewriteFrom(
  text: string | undefined,
  use: ImageUse,
  replacement: string,
  alternatives: string[] = [],
): Suggestion | null {
  if (text === undefined || use.kind !== 'from' || use.line !== use.endLine || use.raw.includes('$'))
    return null;
  const line = lineOf(text.slice(bomLength(text)), use.line);
  if (line === null) return null;
  if (!/^\s*from\s/i.test(line) || /[\\`]\s*$/.test(line)) return null;
  if (line.slice(use.column - 1, use.endColumn - 1) !== use.raw) return null;
  const rewritten = line.slice(0, use.column - 1) + replacement + line.slice(use.endColumn - 1);
  if (rewritten === line) return null;
  // every field set here, so that all suggestions share one shape (one hidden class for the engine's compiler)
  return {
    line: rewritten,
    alternatives: alternatives.filter((a) => a !== replacement),
    safe: false,
    pin: false,
    reference: replacement,
    column: use.column - 1,
  };
}

/** A rule's replacement written into the FROM line: null when the line cannot take it (see rewriteFrom). */
export function suggestionFor(
  text: string | undefined,
  use: ImageUse,
  replace: Replacement,
): Suggestion | null {
  const suggestion = rewriteFrom(text, use, replace.reference, replace.alternatives);
  if (suggestion) {
    suggestion.safe = replace.safe === true;
    suggestion.pin = replace.safe === true && replace.pin === true;
  }
  return suggestion;
}

/** A written reference with no pattern characters, fit to stand in a FROM line. */
export function isConcrete(reference: string): boolean {
  return !reference.includes('*') && reference !== '';
}
