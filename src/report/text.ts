// Text output for people: one block per file, one row per image reference.
import type { Finding } from '../evaluate.js';
import type { Counts } from '../scan.js';
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

export interface TextStyle {
  colour: boolean;
}

const COLOURS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1', green: '32' } as const;

function paint(style: TextStyle, colour: keyof typeof COLOURS, s: string): string {
  return style.colour ? `\u001b[${COLOURS[colour]}m${s}\u001b[0m` : s;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '') return true;
  return isTTY && env.TERM !== 'dumb';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The scan report for people: findings grouped by file, then the counts and the verdict. */
export function formatScanText(
  result: { findings: Finding[]; counts: Counts; files: number; images: number },
  options: { policy: string; failOn: string; style: TextStyle },
): string {
  const { style } = options;
  const out: string[] = [];
  const byPath = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  for (const [path, findings] of byPath) {
    out.push(paint(style, 'bold', printable(path)));
    const where = findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...where.map((w) => w.length));
    findings.forEach((f, i) => {
      out.push(
        `  ${pad(where[i], width)}  ${paint(style, f.severity, pad(f.severity, 7))}  ${printable(f.message)}  ${paint(style, 'dim', f.rule)}`,
      );
      if (f.suggestion)
        out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  suggestion: ${printable(f.suggestion.line)}`);
    });
    out.push('');
  }
  const { counts } = result;
  const verdict = counts.passed
    ? paint(style, 'green', 'passed')
    : paint(style, 'error', `failed (fail-on: ${options.failOn})`);
  out.push(
    `${plural(result.files, 'file')}, ${plural(result.images, 'image reference')}, policy ${printable(options.policy)}: ` +
      `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} — ${verdict}`,
  );
  return out.join('\n') + '\n';
}
