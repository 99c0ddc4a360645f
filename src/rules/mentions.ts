// Whether a Dockerfile's text mentions any of a rule's words at all: the cheap test before a rule reads stages.
// Every image of a file is judged in turn, so the answer for the file just seen is kept per pattern.

interface Seen {
  text: string | undefined;
  found: boolean;
}

// one record per pattern, overwritten file after file: a new record per file would, once the collector moves such
// records to its old generation, hold every file's text there until a full collection
const last = new Map<RegExp, Seen>();

export function mentions(text: string | undefined, pattern: RegExp): boolean {
  if (text === undefined) return false;
  let seen = last.get(pattern);
  if (seen === undefined) last.set(pattern, (seen = { text: undefined, found: false }));
  if (seen.text !== text) {
    seen.text = text;
    seen.found = pattern.test(text);
  }
  return seen.found;
}
