// resolve: what a tag points to now, asked of its registry with HEAD requests (a HEAD is not a pull on Docker
// Hub), through the OCI distribution API: bearer tokens from WWW-Authenticate (anonymous, or with credentials),
// basic auth, credentials from the Docker config file (never by running credential helpers). Plain HTTP only for
// loopback registries and those named insecure, as Docker does. One look-up per reference per run, bounded
// concurrency and time; a registry that fails is reported once and asked no more.
//
// Written on Node's fetch: the npm clients found either issue GET requests for manifests (a pull), or are
// unmaintained, or bring large dependency trees for four HTTP exchanges.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];
const INDEX_TYPES = new Set(MANIFEST_TYPES.slice(0, 2));

export interface Credentials {
  username?: string;
  password?: string;
  /** a bearer token to use as is */
  token?: string;
}

export interface ResolverOptions {
  /** registry host → credentials */
  credentials?: ReadonlyMap<string, Credentials>;
  /** registries reached over plain HTTP besides loopback ones */
  insecure?: readonly string[];
  timeoutMs?: number;
  /** how long all look-ups together may take, from the resolver's creation (default 60 s) */
  budgetMs?: number;
  concurrency?: number;
  fetch?: typeof fetch;
}

export type Resolution = { digest: string } | { error: string };

/** Docker Hub is served by registry-1.docker.io. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\./.test(name);
}

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(' ');
  const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)="([^"]*)"/g;
  for (const m of header.slice(space + 1).matchAll(re)) params[m[1].toLowerCase()] = m[2];
  return { scheme, params };
}

/** `auths` of the Docker config file ($DOCKER_CONFIG/config.json or ~/.docker/config.json); helpers are never run. */
export function dockerConfigCredentials(env: NodeJS.ProcessEnv = process.env): Map<string, Credentials> {
  const file = path.join(env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
  const out = new Map<string, Credentials>();
  let config: {
    auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  };
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return out;
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const registry = host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0)
        out.set(registry, { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
    } else if (entry.username && entry.password) {
      out.set(registry, { username: entry.username, password: entry.password });
    }
  }
  return out;
}

class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

export class DigestResolver {
  private readonly cache = new Map<string, Promise<Resolution>>();
  private readonly tokens = new Map<string, Promise<string | null>>();
  private readonly failed = new Map<string, string>();
  private readonly limiter: Limiter;
  private readonly fetch: typeof fetch;
  /** ends every look-up, asked or still to ask, once the budget is spent: a slow registry cannot stall a scan */
  private readonly budget: AbortSignal;
  private readonly budgetMs: number;
  /** requests made, for tests and the log */
  requests = 0;

  constructor(private readonly options: ResolverOptions = {}) {
    this.limiter = new Limiter(options.concurrency ?? 8);
    this.fetch = options.fetch ?? fetch;
    this.budgetMs = options.budgetMs ?? 60_000;
    this.budget = AbortSignal.timeout(this.budgetMs);
  }

  private spent(): string {
    return `look-ups stopped after ${this.budgetMs / 1000} s`;
  }

  /** One notice per registry that could not be asked. */
  notices(): { registry: string; message: string }[] {
    return [...this.failed].map(([registry, message]) => ({ registry, message }));
  }

  private base(registry: string): string {
    const host = apiHost(registry);
    const plain = isLoopback(host) || (this.options.insecure ?? []).includes(registry);
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    this.requests++;
    return this.fetch(url, {
      ...init,
      redirect: 'follow',
      signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs ?? 10_000), this.budget]),
    });
  }

  private basic(registry: string): string | null {
    const c = this.options.credentials?.get(registry);
    if (c?.token) return `Bearer ${c.token}`;
    return c?.username !== undefined && c.password !== undefined
      ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
      : null;
  }

  private token(registry: string, params: Record<string, string>, scope: string): Promise<string | null> {
    const key = `${params.realm}|${params.service ?? ''}|${scope}`;
    let pending = this.tokens.get(key);
    if (!pending) {
      pending = (async () => {
        const url = new URL(params.realm);
        if (params.service) url.searchParams.set('service', params.service);
        url.searchParams.set('scope', scope);
        const basic = this.basic(registry);
        const res = await this.request(url.toString(), {
          headers: basic?.startsWith('Basic') ? { authorization: basic } : {},
        });
        if (!res.ok) throw new Error(`the token service answered ${res.status}`);
        const body = (await res.json()) as { token?: string; access_token?: string };
        return body.token ?? body.access_token ?? null;
      })();
      this.tokens.set(key, pending);
    }
    return pending;
  }

  /** HEAD the manifest, answering one authentication challenge. */
  private async head(
    registry: string,
    repository: string,
    reference: string,
    method = 'HEAD',
  ): Promise<Response> {
    const url = `${this.base(registry)}/v2/${repository}/manifests/${reference}`;
    const headers: Record<string, string> = { accept: MANIFEST_TYPES.join(', ') };
    let res = await this.request(url, { method, headers });
    if (res.status !== 401) return res;
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    let authorization: string | null = null;
    if (challenge.scheme === 'bearer' && challenge.params.realm) {
      const token = await this.token(registry, challenge.params, `repository:${repository}:pull`);
      if (token) authorization = `Bearer ${token}`;
    } else if (challenge.scheme === 'basic') {
      authorization = this.basic(registry);
    }
    if (!authorization) return res;
    res = await this.request(url, { method, headers: { ...headers, authorization } });
    return res;
  }

  /** The digest `registry/repository:tag` points to now. */
  resolve(registry: string, repository: string, tag: string): Promise<Resolution> {
    const key = `${registry}/${repository}:${tag}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.limiter.run(async () => {
        const failure = this.failed.get(registry);
        if (failure) return { error: failure };
        if (this.budget.aborted) {
          this.failed.set(registry, this.spent());
          return { error: this.spent() };
        }
        try {
          const res = await this.head(registry, repository, tag);
          const digest = res.headers.get('docker-content-digest');
          if (res.ok && digest) return { digest };
          if (res.status === 404) return { error: `${key} does not exist` };
          const message = `${registry} answered ${res.status}${res.status === 429 ? ' (rate limited)' : ''}`;
          if (res.status >= 429 || res.status === 401 || res.status === 403)
            this.failed.set(registry, message);
          return { error: message };
        } catch (error) {
          const message = this.budget.aborted
            ? this.spent()
            : `${registry} could not be reached: ${(error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message}`;
          this.failed.set(registry, message);
          return { error: message };
        }
      });
      this.cache.set(key, pending);
    }
    return pending;
  }

  /**
   * The platform manifests of the index a tag points to (empty when it is a single manifest). This one is a GET:
   * asked only to tell whether a pinned digest is one of the tag's platform images.
   */
  async platformDigests(registry: string, repository: string, tag: string): Promise<string[]> {
    if (this.failed.has(registry) || this.budget.aborted) return [];
    try {
      const res = await this.limiter.run(() => this.head(registry, repository, tag, 'GET'));
      if (!res.ok || !INDEX_TYPES.has((res.headers.get('content-type') ?? '').split(';')[0])) return [];
      const body = (await res.json()) as { manifests?: { digest?: string }[] };
      return (body.manifests ?? []).map((m) => m.digest ?? '').filter((d) => d !== '');
    } catch {
      return [];
    }
  }
}
