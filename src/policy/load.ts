// load: a policy file read as YAML (positions kept, duplicate keys and alias floods refused), checked against
// policies/policy.schema.json, then checked for what a schema cannot say (real dates, patterns, references).
// Every problem is reported with its file, line and column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { builtInPolicyPath, policiesDir } from '../assets.js';
import { parseImageReference } from '../reference.js';
import { validate as compiledValidate } from './schema-validator.js';
import { compileImagePattern, compileRegistryPattern, compileTagPattern, PatternError } from './pattern.js';
import type { PolicyLocation } from './types.js';

export const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;
const MAX_MESSAGES = 20;

export interface PolicyMessage {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A policy that cannot be used: every problem found, each with its place. The CLI exits 2 with it. */
export class PolicyError extends Error {
  override name = 'PolicyError';
  constructor(readonly problems: PolicyMessage[]) {
    // line 0: about the file as a whole (missing, unreadable)
    super(
      problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ''}: ${p.message}`).join('\n'),
    );
  }
}

/** The raw content of one policy file, valid against the schema, with a way back to positions. */
export interface PolicyDocument {
  file: string;
  data: RawPolicy;
  locate: (pathInDocument: (string | number)[], key?: boolean) => PolicyLocation;
}

export interface RawPolicy {
  version: 1;
  extends?: string;
  settings?: {
    'require-digest'?: boolean;
    'allow-latest'?: boolean;
    'inline-ignores'?: boolean;
    locked?: string[];
  };
  rules?: Record<string, string>;
  registries?: string[];
  approved?: { image: string; tags?: string[]; digests?: string[]; stages?: ('build' | 'final')[] }[];
  denied?: { image: string; tags?: string[]; reason?: string; use?: string }[];
  exceptions?: {
    files?: string[];
    image?: string;
    rules?: string[];
    reason: string;
    expires?: string;
  }[];
  catalog?: {
    image: string;
    family?: string;
    slim?: string;
    alpine?: string;
    distroless?: string;
    chainguard?: string;
    eol?: Record<string, string>;
  }[];
}

let schemaCache: { schema: Record<string, unknown>; validate: ValidateFunction } | null = null;

export function policySchema(): { schema: Record<string, unknown>; validate: ValidateFunction } {
  if (schemaCache) return schemaCache;
  const schema = JSON.parse(readFileSync(path.join(policiesDir(), 'policy.schema.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  // compiled ahead of time by scripts/generate.mjs; the schema itself is read for the words of messages
  schemaCache = { schema, validate: compiledValidate };
  return schemaCache;
}

function lineCol(counter: LineCounter, offset: number): { line: number; col: number } {
  return counter.linePos(offset);
}

/** Parse one policy's text. `file` names it in messages. */
export function parsePolicyText(text: string, file: string): PolicyDocument {
  const counter = new LineCounter();
  const at = (offset: number, message: string): PolicyMessage => {
    const { line, col } = lineCol(counter, offset);
    return { file, line, column: col, message };
  };
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
    throw new PolicyError([
      { file, line: 1, column: 1, message: 'the policy is over 1 MiB; is this the right file?' },
    ]);
  }
  if (text.includes('\u0000')) {
    throw new PolicyError([
      { file, line: 1, column: 1, message: 'the policy holds binary data, not YAML text' },
    ]);
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false });
  } catch (error) {
    // very deep nesting can exhaust the parser's stack
    throw new PolicyError([
      { file, line: 1, column: 1, message: `cannot read the YAML: ${(error as Error).message}` },
    ]);
  }
  if (doc.errors.length > 0) {
    throw new PolicyError(
      doc.errors
        .slice(0, MAX_MESSAGES)
        .map((e) =>
          at(
            e.pos[0],
            e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once' : `YAML: ${e.message}`,
          ),
        ),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `too many alias expansions (over ${MAX_ALIASES}): the document would blow up in memory`
        : `cannot read the YAML: ${(error as Error).message}`;
    throw new PolicyError([{ file, line: 1, column: 1, message }]);
  }

  const locate = (where: (string | number)[], key = false): PolicyLocation => {
    let node: unknown = doc.contents;
    let keyNode: Node | null = null;
    for (const segment of where) {
      if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
      } else {
        const items = (node as { items: unknown[] }).items;
        const item = items[Number(segment)];
        if (item === undefined) break;
        keyNode = null;
        node = item;
      }
    }
    const target = (key && keyNode ? keyNode : node) as Node | null;
    const range = target?.range ?? [0, 0, 0];
    const a = lineCol(counter, range[0]);
    // a block node's range takes in the line break after it; the place ends at its last character
    let end = Math.max(range[0], range[1]);
    while (end > range[0] && /\s/.test(text[end - 1])) end--;
    const b = lineCol(counter, end);
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const message = messageAt(file, locate);

  if (data === null || data === undefined) {
    throw new PolicyError([
      { file, line: 1, column: 1, message: 'the policy is empty; it needs at least "version: 1"' },
    ]);
  }
  const { validate, schema } = policySchema();
  if (!validate(data)) {
    throw new PolicyError(schemaMessages(validate.errors ?? [], schema, data, message));
  }
  const problems = semanticProblems(data as RawPolicy, message);
  if (problems.length > 0) throw new PolicyError(problems.slice(0, MAX_MESSAGES));
  return { file, data: data as RawPolicy, locate };
}

export function readPolicyFile(file: string, display = file): PolicyDocument {
  return (
    (path.resolve(file) === builtInPolicyPath() && builtInDocument(file, display)) ||
    readYamlFile(file, display)
  );
}

/**
 * The built-in policy from the data scripts/generate.mjs wrote beside its YAML (policies/default.json): the YAML is
 * read only when a message needs a place in it. Null when the data is missing or does not pass, so that the YAML is
 * read and its problems are told with their places.
 */
function builtInDocument(file: string, display: string): PolicyDocument | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file.replace(/\.yml$/, '.json'), 'utf8'));
  } catch {
    return null;
  }
  let parsed: PolicyDocument | null = null;
  const locate: PolicyDocument['locate'] = (where, key) =>
    (parsed ??= readYamlFile(file, display)).locate(where, key);
  if (!policySchema().validate(data)) return null;
  if (semanticProblems(data as RawPolicy, messageAt(display, locate)).length > 0) return null;
  return { file: display, data: data as RawPolicy, locate };
}

/** A message about the place `where` of a policy file, as `locate` finds it. */
function messageAt(
  file: string,
  locate: PolicyDocument['locate'],
): (where: (string | number)[], text: string, key?: boolean) => PolicyMessage {
  return (where, text, key = false) => {
    const l = locate(where, key);
    return { file, line: l.line, column: l.column, message: text };
  };
}

function readYamlFile(file: string, display: string): PolicyDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyError([
      {
        file: display,
        line: 0,
        column: 0,
        message:
          code === 'ENOENT'
            ? 'no such policy file'
            : code === 'EISDIR'
              ? 'is a folder, not a policy file'
              : `cannot read the policy: ${code}`,
      },
    ]);
  }
  return parsePolicyText(text, display);
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  return String(value);
}

function valueAt(data: unknown, segments: string[]): unknown {
  let v = data;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

function didYouMean(word: string, options: string[]): string {
  const best = options
    .map((o) => ({ o, d: editDistance(word.toLowerCase(), o) }))
    .sort((x, y) => x.d - y.d)[0];
  if (best && best.d <= Math.max(2, Math.floor(word.length / 3))) return ` (did you mean "${best.o}"?)`;
  // a longer or shorter spelling of the same word: registry → registries
  const stem = options.find(
    (o) => word.length >= 5 && (o.startsWith(word.slice(0, -1)) || word.startsWith(o.slice(0, -1))),
  );
  return stem ? ` (did you mean "${stem}"?)` : '';
}

function schemaAt(schema: Record<string, unknown>, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = schema;
  for (const s of pointerSegments(schemaPath.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node as Record<string, unknown> | undefined;
}

const PATTERN_MEANING: Record<string, string> = {
  registryPattern: 'a registry or registry path such as docker.io, gcr.io/distroless/* or ghcr.io/acme/**',
  imagePattern: 'an image pattern such as python, python:3.12-*, bitnami/* or gcr.io/distroless/**',
  tagPattern: 'a tag pattern such as 3.12-slim or 3.12.*-slim-bookworm',
  digest: 'a digest such as sha256:<64 hex digits>',
  date: 'a date as YYYY-MM-DD',
};

function schemaMessages(
  errors: ErrorObject[],
  schema: Record<string, unknown>,
  data: unknown,
  message: (where: (string | number)[], text: string, key?: boolean) => PolicyMessage,
): PolicyMessage[] {
  const out: PolicyMessage[] = [];
  const seen = new Set<string>();
  // anyOf and propertyNames also report their branches; the branches say more
  const specific = errors.filter(
    (e) => (e.keyword !== 'anyOf' || errors.length === 1) && !('propertyName' in e),
  );
  for (const error of specific) {
    const where = pointerSegments(error.instancePath);
    const value = valueAt(data, where);
    const at = where.length ? `"${where[where.length - 1]}"` : 'the policy';
    let m: PolicyMessage;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        const parent = schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ''));
        const allowed = Object.keys((parent?.properties as object) ?? {}).filter((k) => k !== '$schema');
        m = message(
          [...where, key],
          `unknown key "${key}"${didYouMean(key, allowed)}; expected one of: ${allowed.join(', ')}`,
          true,
        );
        break;
      }
      case 'propertyNames': {
        const name = (error.params as { propertyName: string }).propertyName;
        const names = (schemaAt(schema, '#/definitions/ruleId')?.enum as string[] | undefined) ?? [];
        const isRule = error.schemaPath.startsWith('#/properties/rules');
        m = message(
          [...where, name],
          isRule ? `unknown rule "${name}"${didYouMean(name, names)}` : `"${name}" is not a valid key here`,
          true,
        );
        break;
      }
      case 'required': {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        m = message(where, `${at === 'the policy' ? 'the policy' : `this entry`} needs "${missing}"`);
        if (error.schemaPath.includes('anyOf')) m.message = 'an exception needs "files" or "image" (or both)';
        break;
      }
      case 'type': {
        const expected = (error.params as { type: string | string[] }).type;
        const words: Record<string, string> = {
          array: 'a list',
          object: 'a mapping',
          string: 'a string',
          boolean: 'true or false',
          integer: 'a whole number',
          number: 'a number',
        };
        const wanted = [expected]
          .flat()
          .map((t) => words[t] ?? t)
          .join(' or ');
        m = message(where, `${at}: expected ${wanted}, got ${describeValue(value)}`);
        break;
      }
      case 'enum': {
        const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const got = typeof value === 'string' ? value : '';
        m = message(
          where,
          `${describeValue(value)} is not allowed here${got ? didYouMean(got, allowed) : ''}; expected one of: ${allowed.join(', ')}`,
        );
        break;
      }
      case 'const':
        m = message(
          where,
          `${at}: expected ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${describeValue(value)}`,
        );
        break;
      case 'pattern': {
        const def = /#\/definitions\/([A-Za-z]+)\//.exec(error.schemaPath)?.[1] ?? '';
        m = message(where, `${describeValue(value)} is not ${PATTERN_MEANING[def] ?? 'valid here'}`);
        break;
      }
      case 'minItems':
        m = message(where, `${at}: the list is empty; leave the key out instead`);
        break;
      case 'minLength':
        m = message(where, `${at}: must not be empty`);
        break;
      case 'uniqueItems':
        m = message(where, `${at}: the list names the same item twice`);
        break;
      default:
        m = message(where, `${at}: ${error.message ?? 'invalid'}`);
    }
    const id = `${m.line}:${m.column}:${m.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(m);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_MESSAGES);
}

/** Whether YYYY-MM-DD names a day that exists. */
export function isRealDate(s: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function semanticProblems(
  data: RawPolicy,
  message: (where: (string | number)[], text: string, key?: boolean) => PolicyMessage,
): PolicyMessage[] {
  const problems: PolicyMessage[] = [];
  const check = (where: (string | number)[], fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      if (error instanceof PatternError) problems.push(message(where, error.message));
      else throw error;
    }
  };
  data.registries?.forEach((r, i) => check(['registries', i], () => compileRegistryPattern(r)));
  data.approved?.forEach((entry, i) => {
    check(['approved', i, 'image'], () => {
      const pattern = compileImagePattern(entry.image);
      if (pattern.tag !== null && entry.tags) {
        throw new PatternError(
          `"${entry.image}" carries a tag and the entry lists "tags:" too; use one of them`,
        );
      }
    });
    entry.tags?.forEach((t, j) => check(['approved', i, 'tags', j], () => compileTagPattern(t)));
  });
  data.denied?.forEach((entry, i) => {
    check(['denied', i, 'image'], () => compileImagePattern(entry.image));
    entry.tags?.forEach((t, j) => check(['denied', i, 'tags', j], () => compileTagPattern(t)));
    if (entry.use !== undefined) {
      const parsed = parseImageReference(entry.use);
      if (!parsed.ok)
        problems.push(
          message(['denied', i, 'use'], `"${entry.use}" is not an image reference: ${parsed.error}`),
        );
    }
  });
  data.exceptions?.forEach((entry, i) => {
    if (entry.image !== undefined)
      check(['exceptions', i, 'image'], () => compileImagePattern(entry.image as string));
    if (entry.expires !== undefined && !isRealDate(entry.expires)) {
      problems.push(
        message(['exceptions', i, 'expires'], `"${entry.expires}" is not a real date (YYYY-MM-DD)`),
      );
    }
    if (entry.reason.trim() === '')
      problems.push(message(['exceptions', i, 'reason'], 'an exception needs a reason'));
  });
  data.catalog?.forEach((entry, i) => {
    check(['catalog', i, 'image'], () => compileImagePattern(entry.image, { allowTag: false }));
    for (const [cycle, date] of Object.entries(entry.eol ?? {})) {
      if (!isRealDate(date))
        problems.push(message(['catalog', i, 'eol', cycle], `"${date}" is not a real date (YYYY-MM-DD)`));
    }
  });
  return problems;
}
