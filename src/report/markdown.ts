// Markdown for people on GitHub: the tables that the job summary and the pull-request comment reuse. Everything
// that comes from a Dockerfile (paths, images, stage names, messages) is escaped, so that it renders as text and
// can neither format, link, mention nor inject HTML.
import type { Finding } from '../evaluate.js';
import type { Counts } from '../scan.js';

const SPECIAL = /[\\`*_{}[\]()#+!|<>&~@:"'=$-]/g;

/** Text safe in Markdown and in HTML: special characters become numeric character references, lines one line. */
export function escapeMarkdown(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/\r?\n|\r|\t/g, ' ')
  );
}

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface MarkdownOptions {
  policy: string;
  failOn: string;
  /** cut the report to this many characters (GitHub's comment limit is 65,536), saying so */
  maxLength?: number;
  /** a heading level for the title (default 2) */
  level?: number;
}

export function headline(counts: Counts): string {
  const status = counts.passed ? '✅ Passed' : '❌ Failed';
  return `${status}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')}`;
}

/** The report as Markdown: a headline, then a table per file of its findings. */
export function formatMarkdown(
  result: { findings: Finding[]; counts: Counts; files: number; images: number },
  options: MarkdownOptions,
): string {
  const level = '#'.repeat(options.level ?? 2);
  const head = [
    `${level} base-image-policy — ${headline(result.counts)}`,
    '',
    `${plural(result.files, 'Dockerfile')}, ${plural(result.images, 'image reference')}, policy \`${escapeMarkdown(options.policy)}\`, fail-on: ${escapeMarkdown(options.failOn)}.`,
    '',
  ];
  if (result.findings.length === 0) {
    head.push('Every image meets the policy.', '');
    return head.join('\n');
  }
  const byPath = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  const sections: string[] = [];
  for (const [path, findings] of byPath) {
    const rows = [
      `${level}# ${escapeMarkdown(path)}`,
      '',
      '| Line | Severity | Rule | Image | Finding |',
      '| ---: | --- | --- | --- | --- |',
    ];
    for (const f of findings) {
      const suggestion = f.suggestion
        ? `<br>Suggestion: <code>${escapeMarkdown(f.suggestion.line)}</code>`
        : '';
      rows.push(
        `| ${f.line} | ${ICON[f.severity]} ${f.severity} | \`${f.rule}\` | ${f.image ? escapeMarkdown(f.image) : ''} | ${escapeMarkdown(f.message)}${suggestion} |`,
      );
    }
    rows.push('');
    sections.push(rows.join('\n'));
  }
  const text = [...head, ...sections].join('\n');
  if (options.maxLength === undefined || text.length <= options.maxLength) return text;
  // cut whole rows, and say how many findings are left out
  const note = (n: number): string =>
    `\n_…and ${plural(n, 'more finding')}: see the job summary or the JSON report._\n`;
  const lines = text.split('\n');
  let kept = lines.length;
  let length = text.length;
  while (kept > 0 && length + note(result.findings.length).length > options.maxLength) {
    kept--;
    length -= lines[kept].length + 1;
  }
  const shown = lines.slice(0, kept);
  const shownFindings = shown.filter((l) => /^\| [0-9]+ \|/.test(l)).length;
  return shown.join('\n') + note(result.findings.length - shownFindings);
}
