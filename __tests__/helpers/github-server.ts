// GitHub's REST API played by a local server on 127.0.0.1. Every request is checked against GitHub's published
// OpenAPI description (@octokit/openapi): the route must exist, path and query parameters and the JSON body must
// match their schemas. Answers are built from the description's own examples, with the fields a test cares about
// set, and are checked against the response schemas too. Faults (status codes, retry-after) can be queued per
// operation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const require = createRequire(import.meta.url);
let spec: Json | null = null;
let ajv: Ajv | null = null;

function loadSpec(): { spec: Json; ajv: Ajv } {
  if (spec && ajv) return { spec, ajv };
  spec = require('@octokit/openapi/generated/api.github.com.json');
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'gh', components: { schemas: convert(spec.components.schemas) } });
  return { spec, ajv };
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a null type, references point into the added document. */
function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.startsWith('#/') ? `gh${v}` : v;
    else if (k === 'nullable' || k === 'example' || k === 'examples' || k === 'x-github') continue;
    else out[k] = convert(v);
  }
  if (node.nullable === true) {
    if (out.type) out.type = [...new Set([out.type].flat().concat('null'))];
    else if (out.$ref || out.allOf || out.anyOf || out.oneOf) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  op: Json;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** answer only after this long: a GitHub that is slow or has stopped answering */
  delayMs?: number;
}

export interface Recorded {
  method: string;
  path: string;
  operationId: string | null;
  body: Json;
  authorization: string | null;
}

export type Handler = (
  request: { params: Record<string, string>; query: URLSearchParams; body: Json },
  server: GitHubServer,
) => Answer;

export class GitHubServer {
  readonly requests: Recorded[] = [];
  readonly violations: string[] = [];
  readonly handlers = new Map<string, Handler>();
  private readonly faults = new Map<string, Answer[]>();
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private server: Server | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  url = '';

  constructor(operationIds: string[]) {
    const { spec } = loadSpec();
    for (const [template, item] of Object.entries(spec.paths as Json)) {
      for (const [method, op] of Object.entries(item as Json)) {
        const operation = op as Json;
        if (!operation?.operationId || !operationIds.includes(operation.operationId)) continue;
        const names: string[] = [];
        const pattern = new RegExp(
          '^' +
            template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name) => {
              names.push(name);
              // a content path may hold slashes
              return name === 'path' ? '(.+)' : '([^/]+)';
            }) +
            '$',
        );
        this.operations.push({
          id: operation.operationId,
          method: method.toUpperCase(),
          template,
          pattern,
          names,
          op: operation,
        });
      }
    }
  }

  /** The next `times` calls of an operation get this answer instead. */
  fault(operationId: string, answer: Answer, times = 1): void {
    const list = this.faults.get(operationId) ?? [];
    for (let i = 0; i < times; i++) list.push(answer);
    this.faults.set(operationId, list);
  }

  /** The description's example answer for an operation, deep-copied. */
  example(operationId: string, status = '200', name?: string): Json {
    const { spec } = loadSpec();
    const operation = this.operations.find((o) => o.id === operationId);
    if (!operation) throw new Error(`unknown operation ${operationId}`);
    let response = operation.op.responses[status];
    if (response?.$ref) response = spec.components.responses[response.$ref.split('/').pop()];
    const examples = response.content['application/json'].examples;
    let example = examples[name ?? Object.keys(examples)[0]];
    if (example.$ref) example = spec.components.examples[example.$ref.split('/').pop()];
    return structuredClone(example.value);
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = loadSpec().ajv.compile(convert(schema));
      this.validators.set(key, v);
    }
    return v;
  }

  private check(where: string, key: string, schema: Json, value: unknown): void {
    const validate = this.validator(key, schema);
    if (!validate(value)) {
      this.violations.push(`${where}: ${loadSpec().ajv.errorsText(validate.errors)}`);
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const operation = this.operations.find((o) => o.method === method && o.pattern.test(url.pathname));
    let body: Json = undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    this.requests.push({
      method,
      path: url.pathname + url.search,
      operationId: operation?.id ?? null,
      body,
      authorization: req.headers.authorization ?? null,
    });
    const send = (answer: Answer): void => {
      if (answer.delayMs) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          send({ ...answer, delayMs: 0 });
        }, answer.delayMs);
        this.timers.add(timer);
        return;
      }
      if (res.destroyed) return;
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        ...(answer.headers ?? {}),
      });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    };
    if (!operation) {
      this.violations.push(
        `${method} ${url.pathname}: no such operation in GitHub's API description (or not expected here)`,
      );
      return send({ status: 404, body: { message: 'Not Found' } });
    }
    const match = operation.pattern.exec(url.pathname) as RegExpExecArray;
    const params: Record<string, string> = {};
    operation.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    const where = `${operation.id} ${method} ${url.pathname}${url.search}`;
    // parameters
    for (const p of operation.op.parameters ?? []) {
      const parameter = p.$ref ? loadSpec().spec.components.parameters[p.$ref.split('/').pop()] : p;
      const value =
        parameter.in === 'path'
          ? params[parameter.name]
          : parameter.in === 'query'
            ? url.searchParams.get(parameter.name)
            : null;
      if (value === null || value === undefined) {
        if (parameter.required && parameter.in !== 'header')
          this.violations.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const type = parameter.schema?.type;
      const coerced =
        type === 'integer' || type === 'number'
          ? Number(value)
          : type === 'boolean'
            ? value === 'true'
              ? true
              : value === 'false'
                ? false
                : value
            : value;
      this.check(
        `${where} parameter ${parameter.name}`,
        `${operation.id}:param:${parameter.name}`,
        parameter.schema,
        coerced,
      );
    }
    for (const key of url.searchParams.keys()) {
      const known = (operation.op.parameters ?? []).some(
        (p: Json) =>
          (p.$ref ? loadSpec().spec.components.parameters[p.$ref.split('/').pop()] : p).name === key,
      );
      if (!known) this.violations.push(`${where}: unknown query parameter ${key}`);
    }
    // body
    const bodySchema = operation.op.requestBody?.content?.['application/json']?.schema;
    if (bodySchema) this.check(`${where} body`, `${operation.id}:body`, bodySchema, body);
    else if (body !== undefined) this.violations.push(`${where}: a body where none is expected`);

    const queued = this.faults.get(operation.id);
    if (queued?.length) return send(queued.shift() as Answer);
    const handler = this.handlers.get(operation.id);
    if (!handler) {
      this.violations.push(`${where}: the test did not expect this request`);
      return send({ status: 404, body: { message: 'Not Found' } });
    }
    const answer = handler({ params, query: url.searchParams, body }, this);
    const responseSchema = operation.op.responses[String(answer.status)];
    const content = (
      responseSchema?.$ref
        ? loadSpec().spec.components.responses[responseSchema.$ref.split('/').pop()]
        : responseSchema
    )?.content?.['application/json']?.schema;
    if (answer.status < 300 && content)
      this.check(`${where} response`, `${operation.id}:response:${answer.status}`, content, answer.body);
    send(answer);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => this.handle(req, res, raw));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  count(operationId?: string): number {
    return operationId
      ? this.requests.filter((r) => r.operationId === operationId).length
      : this.requests.length;
  }
}
