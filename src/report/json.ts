// The JSON report: one object, as the specification's report section describes.
import type { Finding } from '../evaluate.js';
import type { Counts } from '../scan.js';
import { detached } from '../strings.js';
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

const MAX_QUOTED = 8192;
/** bytes of findings' JSON to a block */
const BLOCK = 1 << 18;

/**
 * A piece of JSON kept for reuse, with the field it was made from besides its key. A class, not an object literal:
 * the engine tracks where literals are made, and once it judged these long-lived (at about the 5,000th file of the
 * bench) it threw away the compiled code that makes them, which then had to be compiled again.
 */
class KeptText {
  constructor(
    readonly from: string | null,
    readonly text: string,
  ) {}
}

/** A piece of a report as it is written: text, or text encoded as UTF-8 already. */
export type ReportPiece = string | Uint8Array;

/**
 * Writes the JSON report file by file as the scan goes, so that a scan of thousands of files never holds them all,
 * as objects or as text. The output is one line of compact JSON, for programs.
 */
export class JsonReportWriter {
  private readonly chunks: string[] = [];
  /**
   * the findings' JSON until the end of the report, many files' findings to a piece, as UTF-8: kept outside the
   * engine's heap, whose collector would otherwise copy and then mark megabytes of text that only wait to be written
   */
  private readonly findingTexts: Buffer[] = [];
  /**
   * the block that each file's findings are encoded into once the file is done, and how much of it is used: text
   * kept until many files' worth could be joined lived long enough to be copied by the collector, and joining it
   * flattened it once more before it was encoded all the same
   */
  private block: Buffer | null = null;
  private used = 0;
  /** the JSON text of strings that recur from file to file: images, stage names, messages */
  private readonly quoted = new Map<string, string>();
  /** an image's JSON text from `raw` to `line`, and the fields it was made from, by the reference as written */
  private readonly references = new Map<
    string,
    Pick<ImageUse, 'image' | 'registry' | 'repository' | 'tag' | 'digest'> & { text: string }
  >();
  /** a finding's JSON text up to its path, by rule */
  private readonly heads = new Map<string, KeptText>();
  /** a finding's JSON text from its image to its suggestion, by message */
  private readonly tails = new Map<string, KeptText>();
  private files = 0;
  private images = 0;
  /** the last file written, and its path as JSON */
  private lastPath = '';
  private lastPathText = '""';
  private findingCount = 0;

  /** `write` takes each piece of the report as it is ready; without it, `finish` returns the whole report. */
  constructor(
    private readonly policy: string | null,
    private readonly write: ((piece: ReportPiece) => void) | null = null,
  ) {}

  private out(text: string): void {
    if (this.write) this.write(text);
    else this.chunks.push(text);
  }

  add(file: ScannedFile): void {
    // the file's findings come next, with the same path
    this.lastPath = file.path;
    this.lastPathText = JSON.stringify(file.path);
    const json = this.fileText(file, this.lastPathText);
    this.out(
      this.files === 0 ? `{"version":1,"policy":${JSON.stringify(this.policy)},"files":[${json}` : `,${json}`,
    );
    this.files++;
    this.images += file.images.length;
  }

  /** What JSON.stringify(jsonFile(file)) writes, written out as findingText writes a finding. */
  fileText(file: ScannedFile, path = JSON.stringify(file.path)): string {
    let images = '';
    for (const use of file.images) images += `${images === '' ? '' : ','}${this.imageText(use)}`;
    return (
      `{"path":${path},"images":[${images}],"problem":${JSON.stringify(file.problem)},` +
      `"warnings":${file.warnings.length === 0 ? '[]' : JSON.stringify(file.warnings)}}`
    );
  }

  private imageText(use: ImageUse): string {
    return (
      `{"kind":${this.quote(use.kind)},"stage":${this.quote(use.stage)},"final":${use.final},` +
      `${this.referenceText(use)}${use.line},"column":${use.column},"endLine":${use.endLine},` +
      `"endColumn":${use.endColumn},"status":${this.quote(use.status)},"error":${this.quote(use.error)},` +
      `"unsetVariables":${use.unsetVariables.length === 0 ? '[]' : JSON.stringify(use.unsetVariables)}}`
    );
  }

  /** An image's JSON text from `raw` to `line`: worked out once per reference, as most files name a few images. */
  private referenceText(use: ImageUse): string {
    let known = this.references.get(use.raw);
    if (
      known === undefined ||
      known.image !== use.image ||
      known.registry !== use.registry ||
      known.repository !== use.repository ||
      known.tag !== use.tag ||
      known.digest !== use.digest
    ) {
      const { image, registry, repository, tag, digest } = use;
      const text =
        `"raw":${JSON.stringify(use.raw)},"image":${JSON.stringify(image)},"registry":${JSON.stringify(registry)},` +
        `"repository":${JSON.stringify(repository)},"tag":${JSON.stringify(tag)},` +
        `"digest":${JSON.stringify(digest)},"line":`;
      // the parsed parts are the parser's own copies, which keep nothing of the file's text (see strings.ts)
      known = { image, registry, repository, tag, digest, text };
      // a bound, so that a scan of many distinct references cannot grow it without end
      if (this.references.size < MAX_QUOTED) this.references.set(detached(use.raw), known);
    }
    return known.text;
  }

  /** Keeps findings for the end of the report: their JSON, encoded as UTF-8 into the open block. */
  addFindings(findings: Finding[]): void {
    if (findings.length === 0) return;
    let text = '';
    let path = '';
    let pathText = '""';
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      // a file's findings share its path, quoted when the file was written
      if (f.path !== path) {
        path = f.path;
        pathText = path === this.lastPath ? this.lastPathText : JSON.stringify(path);
      }
      // each finding but the report's first comes after a comma, so that the kept texts need no separator
      text += `${this.findingCount++ === 0 ? '' : ','}${this.findingText(f, pathText)}`;
    }
    // at most three bytes a UTF-16 unit
    const most = text.length * 3;
    if (this.block === null || this.used + most > this.block.length) {
      this.closeBlock();
      // a file with more findings than a block takes is kept on its own, in the bytes it needs
      if (most > BLOCK) {
        this.findingTexts.push(Buffer.from(text, 'utf8'));
        return;
      }
      this.block = Buffer.allocUnsafeSlow(BLOCK);
    }
    this.used += this.block.write(text, this.used);
  }

  /**
   * What JSON.stringify(jsonFinding(f)) writes, written out: the text before the path is worked out once per rule,
   * and the text from the image to the suggestion once per message (every file that names python:3.12 gets the
   * same words), so that a finding is put together from a few pieces.
   */
  findingText(f: Finding, path = JSON.stringify(f.path)): string {
    const suggestion = f.suggestion
      ? JSON.stringify({ line: f.suggestion.line, alternatives: f.suggestion.alternatives })
      : 'null';
    let head = this.heads.get(f.rule);
    if (head === undefined || head.from !== f.severity) {
      head = new KeptText(f.severity, `{"rule":${JSON.stringify(f.rule)},"severity":"${f.severity}","path":`);
      this.heads.set(f.rule, head);
    }
    let tail = this.tails.get(f.message);
    if (tail === undefined || tail.from !== f.image) {
      tail = new KeptText(
        f.image,
        `,"image":${JSON.stringify(f.image)},"message":${JSON.stringify(f.message)},"suggestion":`,
      );
      // a bound, so that a scan of many distinct messages cannot grow it without end
      if (this.tails.size < MAX_QUOTED) this.tails.set(detached(f.message), tail);
    }
    return (
      `${head.text}${path},"line":${f.line},"column":${f.column},"endLine":${f.endLine},` +
      `"endColumn":${f.endColumn}${tail.text}${suggestion}}`
    );
  }

  /** A string's JSON text, or null's. */
  private quote(s: string | null): string {
    if (s === null) return 'null';
    let quoted = this.quoted.get(s);
    if (quoted === undefined) {
      quoted = JSON.stringify(s);
      // a bound, so that a scan of many distinct messages cannot grow it without end
      if (this.quoted.size < MAX_QUOTED) this.quoted.set(detached(s), quoted);
    }
    return quoted;
  }

  private closeBlock(): void {
    if (this.block === null || this.used === 0) return;
    this.findingTexts.push(this.block.subarray(0, this.used));
    this.block = null;
    this.used = 0;
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
    this.closeBlock();
    const close = `],"summary":${JSON.stringify(summary)}${more}}\n`;
    if (this.write) {
      // the findings go out as they were kept, piece by piece: joined, they would be copied twice more
      this.write(`${head}],"findings":[`);
      for (const text of this.findingTexts) this.write(text);
      this.write(close);
      return '';
    }
    const findingsText = Buffer.concat(this.findingTexts).toString('utf8');
    return `${this.chunks.join('')}${head}],"findings":[${findingsText}${close}`;
  }
}
