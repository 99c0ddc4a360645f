// The JSON report: one object, as the specification's report section describes.
import { Buffer } from 'node:buffer';
import type { Finding } from '../evaluate.js';
import type { Counts } from '../scan.js';
import type { ImageUse, ScannedFile } from '../types.js';

export interface JsonImage {
  kind: ImageUse['kind'];
  stage: string | null;
  final: boolean;
  raw: string;
  image: string | null;
  registry: string | null;
  repository: string | null;
  tag: string | null;
  digest: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  status: ImageUse['status'];
  error: string | null;
  unsetVariables: string[];
}

export interface JsonFile {
  path: string;
  images: JsonImage[];
  problem: ScannedFile['problem'];
  warnings: ScannedFile['warnings'];
}

export interface JsonReport {
  version: 1;
  policy: string | null;
  files: JsonFile[];
  findings: JsonFinding[];
  summary: {
    files: number;
    images: number;
    errors: number;
    warnings: number;
    notices: number;
    passed: boolean;
  };
}

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  image: string | null;
  message: string;
  suggestion: Finding['suggestion'];
}

/** A finding with the report's keys in the report's order. */
export function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    image: f.image,
    message: f.message,
    suggestion: f.suggestion ? { line: f.suggestion.line, alternatives: f.suggestion.alternatives } : null,
  };
}

export function jsonImage(use: ImageUse): JsonImage {
  return {
    kind: use.kind,
    stage: use.stage,
    final: use.final,
    raw: use.raw,
    image: use.image,
    registry: use.registry,
    repository: use.repository,
    tag: use.tag,
    digest: use.digest,
    line: use.line,
    column: use.column,
    endLine: use.endLine,
    endColumn: use.endColumn,
    status: use.status,
    error: use.error,
    unsetVariables: use.unsetVariables,
  };
}

export function jsonFile(file: ScannedFile): JsonFile {
  return {
    path: file.path,
    images: file.images.map(jsonImage),
    problem: file.problem,
    warnings: file.warnings,
  };
}

export function inventoryReport(files: ScannedFile[]): JsonReport {
  const writer = new JsonReportWriter(null);
  for (const file of files) writer.add(file);
  return JSON.parse(writer.finish()) as JsonReport;
}

/**
 * Writes the JSON report file by file as the scan goes, so that a scan of thousands of files never holds them all,
 * as objects or as text. The output is one line of compact JSON, for programs.
 */
export class JsonReportWriter {
  private readonly chunks: string[] = [];
  /**
   * The findings' JSON text (UTF-8) until the end of the report, kept outside the JavaScript heap: there the
   * collector would copy it from generation to generation, several times the text itself.
   */
  private findingBytes = Buffer.allocUnsafe(1 << 16);
  private findingLength = 0;
  private files = 0;
  private images = 0;

  /** `write` takes each piece of the report as it is ready; without it, `finish` returns the whole report. */
  constructor(
    private readonly policy: string | null,
    private readonly write: ((text: string) => void) | null = null,
  ) {}

  private out(text: string): void {
    if (this.write) this.write(text);
    else this.chunks.push(text);
  }

  add(file: ScannedFile): void {
    const json = JSON.stringify(jsonFile(file));
    this.out(
      this.files === 0 ? `{"version":1,"policy":${JSON.stringify(this.policy)},"files":[${json}` : `,${json}`,
    );
    this.files++;
    this.images += file.images.length;
  }

  /** Keeps findings for the end of the report, as text. */
  addFindings(findings: Finding[]): void {
    if (findings.length === 0) return;
    const text = JSON.stringify(findings.map(jsonFinding));
    // the array's brackets dropped, and a comma after the findings before
    if (this.findingLength > 0) this.keep(',');
    this.keep(text.slice(1, -1));
  }

  private keep(text: string): void {
    // at most 3 bytes of UTF-8 for each UTF-16 code unit
    const needed = this.findingLength + 3 * text.length;
    if (needed > this.findingBytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(needed, 2 * this.findingBytes.length));
      this.findingBytes.copy(larger, 0, 0, this.findingLength);
      this.findingBytes = larger;
    }
    this.findingLength += this.findingBytes.write(text, this.findingLength, 'utf8');
  }

  /**
   * Ends the report; returns what has not been handed to `write` (everything, without it). `extra`: keys after the
   * summary (the action records the pull request a report belongs to).
   */
  finish(
    findings: Finding[] = [],
    counts: Counts = { errors: 0, warnings: 0, notices: 0, passed: true },
    extra: Record<string, unknown> = {},
  ): string {
    const summary = {
      files: this.files,
      images: this.images,
      errors: counts.errors,
      warnings: counts.warnings,
      notices: counts.notices,
      passed: counts.passed,
    };
    const head = this.files === 0 ? `{"version":1,"policy":${JSON.stringify(this.policy)},"files":[` : '';
    this.addFindings(findings);
    const more = Object.entries(extra)
      .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join('');
    const found = this.findingBytes.toString('utf8', 0, this.findingLength);
    const tail = `${head}],"findings":[${found}],"summary":${JSON.stringify(summary)}${more}}\n`;
    if (this.write) {
      this.write(tail);
      return '';
    }
    return this.chunks.join('') + tail;
  }
}
