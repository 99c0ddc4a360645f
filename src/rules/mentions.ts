// Whether a Dockerfile's text mentions any of a rule's words at all: the cheap test before a rule reads stages.
// Every image of a file is judged in turn, so the answer for the file just seen is kept per pattern.

const last = new Map<RegExp, { text: string; found: boolean }>();

export function mentions(text: string | undefined, pattern: RegExp): boolean {
  if (text === undefined) return false;
  const seen = last.get(pattern);
  if (seen !== undefined && seen.text === text) return seen.found;
  const found = pattern.test(text);
  last.set(pattern, { text, found });
  return found;
}
