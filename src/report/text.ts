// Text output for people: one block per file, one row per image reference.
import type { ImageUse, ScannedFile } from '../types.js';

function describe(use: ImageUse): string {
  switch (use.status) {
    case 'resolved':
      return use.image ?? '';
    case 'scratch':
      return 'scratch (empty image)';
    default:
      return `${use.status}: ${use.error ?? ''}`;
  }
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** Control characters from a file never reach the terminal as such. */
export function printable(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatInventoryText(files: ScannedFile[]): string {
  const out: string[] = [];
  let images = 0;
  for (const file of files) {
    out.push(printable(file.path));
    if (file.problem) {
      out.push(`  not read: ${file.problem.message}`);
      continue;
    }
    if (file.images.length === 0) out.push('  no images');
    const rows = file.images.map((use) => [
      `${use.line}:${use.column}`,
      use.kind,
      use.stage === null ? '-' : use.final ? `${use.stage} (final)` : use.stage,
      describe(use),
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const row of rows) {
      out.push(
        printable(
          `  ${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${pad(row[2], widths[2])}  ${row[3]}`,
        ),
      );
    }
    for (const warning of file.warnings)
      out.push(printable(`  ${warning.line}:${warning.column}  warning: ${warning.message}`));
    images += file.images.length;
  }
  out.push('');
  out.push(
    `${files.length} file${files.length === 1 ? '' : 's'}, ${images} image reference${images === 1 ? '' : 's'}`,
  );
  return out.join('\n') + '\n';
}
