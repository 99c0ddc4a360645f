// How images are shown to people: as they write them.

/** docker.io/library/python:3.12 → python:3.12; docker.io/bitnami/redis → bitnami/redis. */
export function familiar(normalized: string): string {
  if (normalized.startsWith('docker.io/library/')) return normalized.slice('docker.io/library/'.length);
  if (normalized.startsWith('docker.io/')) return normalized.slice('docker.io/'.length);
  return normalized;
}

/** A list for a message: "a, b, c and 4 more". */
export function listOf(items: string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
