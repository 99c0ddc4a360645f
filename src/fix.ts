// fix: apply the suggestions that are safe to apply mechanically (an approved tag of the same image, a slim
// variant), line by line, keeping every other byte as it was: line ends, comments, continuations, casing.
import { createTwoFilesPatch } from 'diff';
import type { Catalog } from './catalog.js';
import { evaluateFile, type Finding } from './evaluate.js';
import type { ExtractOptions } from './extract/extract.js';
import { scanText } from './inventory.js';
import type { Policy } from './policy/types.js';
import type { DigestFacts } from './resolve/digests.js';

export interface FixResult {
  text: string;
  /** the findings whose suggestions were applied, in the order applied */
  applied: Finding[];
}

const MAX_PASSES = 4;

/** Replace 1-based line `n` of `text` (without its line end) by `line`; a byte-order mark stays in front. */
function replaceLine(text: string, n: number, line: string): string {
  let start = 0;
  for (let i = 1; i < n; i++) start = text.indexOf('\n', start) + 1;
  if (n === 1 && text.charCodeAt(0) === 0xfeff) start = 1;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return text.slice(0, start) + line + text.slice(end);
}

/**
 * The text with every safe suggestion applied. Applying one can make another appear (a slim variant, then its
 * approved tag), so passes repeat until nothing changes: a second run of `fix` then finds nothing to do.
 */
export function fixText(
  path: string,
  text: string,
  options: {
    policy: Policy;
    catalog: Catalog;
    today: string;
    extract?: ExtractOptions;
    /** registry facts, for pins */
    digests?: DigestFacts;
    /** apply digest pins too */
    pin?: boolean;
  },
): FixResult {
  const applied: Finding[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = evaluateFile(scanText(path, current, options.extract ?? {}), options);
    const done = new Set<number>();
    let changed = false;
    for (const f of findings) {
      if (!f.suggestion?.safe || done.has(f.line) || f.line !== f.endLine) continue;
      if (f.suggestion.pin && !options.pin) continue;
      done.add(f.line);
      const next = replaceLine(current, f.line, f.suggestion.line);
      if (next !== current) {
        current = next;
        applied.push(f);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { text: current, applied };
}

export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 });
}
