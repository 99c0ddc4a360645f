// Glob matching for patterns that come from policies (image, registry, tag and file patterns): `*` within a path
// segment, `**` across segments (`**/` also matching no folder at all), `?` one character. Written here because
// the regular expressions a glob library compiles can backtrack exponentially on a crafted pattern such as
// `*a*a*a…` against a long name (a policy is repository content a pull request may change); this matcher is a
// table over pattern × subject, so it takes at most |pattern| · |subject| steps.

type Token = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'globstar' | 'dirs' };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const atStart = i === 0 || pattern[i - 1] === '/';
      i++;
      while (pattern[i + 1] === '*') i++;
      if (atStart && pattern[i + 1] === '/') {
        out.push({ kind: 'dirs' });
        i++;
      } else {
        out.push({ kind: 'globstar' });
      }
    } else if (c === '*') out.push({ kind: 'star' });
    else if (c === '?') out.push({ kind: 'one' });
    else out.push({ kind: 'char', char: c });
  }
  return out;
}

export function compileGlob(pattern: string): (subject: string) => boolean {
  if (!/[*?]/.test(pattern)) return (s) => s === pattern;
  const program = tokens(pattern);
  return (subject) => {
    const n = subject.length;
    // row[j]: the tokens so far match subject[0, j)
    let row = new Uint8Array(n + 1);
    row[0] = 1;
    for (const token of program) {
      const next = new Uint8Array(n + 1);
      let seen = 0; // some row[k] with k <= j - 1 is set
      for (let j = 0; j <= n; j++) {
        const prev = j > 0 ? subject[j - 1] : '';
        switch (token.kind) {
          case 'char':
            next[j] = j > 0 && row[j - 1] && prev === token.char ? 1 : 0;
            break;
          case 'one':
            next[j] = j > 0 && row[j - 1] && prev !== '/' ? 1 : 0;
            break;
          case 'star':
            next[j] = row[j] || (j > 0 && next[j - 1] && prev !== '/') ? 1 : 0;
            break;
          case 'globstar':
            next[j] = row[j] || (j > 0 && next[j - 1]) ? 1 : 0;
            break;
          case 'dirs':
            next[j] = row[j] || (prev === '/' && seen) ? 1 : 0;
            break;
        }
        if (row[j]) seen = 1;
      }
      row = next;
    }
    return row[n] === 1;
  };
}

/** Any of several globs. */
export function compileGlobs(patterns: string[]): (subject: string) => boolean {
  const matchers = patterns.map(compileGlob);
  return (s) => matchers.some((m) => m(s));
}
