// The lines of a pull request's diff that can carry a review comment: a comment anywhere else makes GitHub reject
// the whole review.

/** Right-side (new file) line numbers that a unified diff patch shows, added or context. */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next = 0;
  let inHunk = false;
  const all = patch.split('\n');
  if (all[all.length - 1] === '') all.pop();
  for (const line of all) {
    const hunk = /^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,[0-9]+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+') || line.startsWith(' ')) lines.add(next++);
    else if (line === '') {
      // an empty context line may lose its leading space; it is still a line of the new file
      lines.add(next++);
    }
    // '-' lines and '\ No newline at end of file' do not exist in the new file
  }
  return lines;
}
