// The JSON report: one object, as the specification's report section describes.
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
  findings: unknown[];
  summary: {
    files: number;
    images: number;
    errors: number;
    warnings: number;
    notices: number;
    passed: boolean;
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

export function inventoryReport(files: ScannedFile[]): JsonReport {
  const jsonFiles = files.map((f) => ({
    path: f.path,
    images: f.images.map(jsonImage),
    problem: f.problem,
    warnings: f.warnings,
  }));
  return {
    version: 1,
    policy: null,
    files: jsonFiles,
    findings: [],
    summary: {
      files: files.length,
      images: jsonFiles.reduce((n, f) => n + f.images.length, 0),
      errors: 0,
      warnings: 0,
      notices: 0,
      passed: true,
    },
  };
}

export function formatJson(report: JsonReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
