// A real OCI registry for the tests: Debian's docker-registry (the CNCF distribution server), started on
// 127.0.0.1 on a free port with temporary storage; images are pushed through its API.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createSign, randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

/** In CI the registry must be there (.ci/run installs it); elsewhere its tests may skip. */
export function registryAvailable(): boolean {
  if (existsSync(REGISTRY_BINARY)) return true;
  if (process.env.BIP_REQUIRE_REGISTRY === '1')
    throw new Error(`${REGISTRY_BINARY} is missing: apt-get install docker-registry`);
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export class TestRegistry {
  private child: ChildProcess | null = null;
  host = '';
  private authHeader: string | null = null;

  private tokenServer: Server | null = null;
  private tokenRealm: string | null = null;
  /** requests to the token service, when the registry uses one */
  readonly tokenRequests: { service: string | null; scope: string | null; authorization: string | null }[] =
    [];

  constructor(private readonly options: { users?: Record<string, string>; tokenAuth?: boolean } = {}) {}

  /**
   * A token service as the registry's token authentication expects it: a self-signed certificate (made with
   * openssl) the registry trusts, and RS256 tokens carrying that certificate in x5c, granting pull.
   */
  private async startTokenService(dir: string): Promise<string> {
    const key = path.join(dir, 'token.key');
    const cert = path.join(dir, 'token.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=token-service',
      ],
      { stdio: 'ignore' },
    );
    const der = readFileSync(cert, 'utf8').replace(/-----[^-]+-----|\s/g, '');
    const privateKey = readFileSync(key, 'utf8');
    const b64 = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    this.tokenServer = createHttpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const scope = url.searchParams.get('scope');
      this.tokenRequests.push({
        service: url.searchParams.get('service'),
        scope,
        authorization: req.headers.authorization ?? null,
      });
      const [, name, actions] = (scope ?? '').split(':');
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ alg: 'RS256', typ: 'JWT', x5c: [der] });
      const claims = b64({
        iss: 'test-issuer',
        sub: '',
        aud: 'test-registry',
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: name ? [{ type: 'repository', name, actions: (actions ?? '').split(',') }] : [],
      });
      const signature = createSign('RSA-SHA256')
        .update(`${header}.${claims}`)
        .sign(privateKey)
        .toString('base64url');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: `${header}.${claims}.${signature}` }));
    });
    await new Promise<void>((resolve) => this.tokenServer?.listen(0, '127.0.0.1', resolve));
    const port = (this.tokenServer.address() as { port: number }).port;
    this.tokenRealm = `http://127.0.0.1:${port}/token`;
    return `auth:\n  token:\n    realm: http://127.0.0.1:${port}/token\n    service: test-registry\n    issuer: test-issuer\n    rootcertbundle: ${cert}\n`;
  }

  async start(): Promise<this> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-registry-'));
    const port = await freePort();
    let auth = '';
    if (this.options.users) {
      const lines = Object.entries(this.options.users).map(([u, p]) => `${u}:${bcrypt.hashSync(p, 4)}`);
      writeFileSync(path.join(dir, 'htpasswd'), lines.join('\n') + '\n');
      auth = `auth:\n  htpasswd:\n    realm: test\n    path: ${path.join(dir, 'htpasswd')}\n`;
      const [user, password] = Object.entries(this.options.users)[0];
      this.authHeader = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    if (this.options.tokenAuth) auth = await this.startTokenService(dir);
    const config = path.join(dir, 'config.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n` +
        `http:\n  addr: 127.0.0.1:${port}\n  secret: test-secret\n${auth}`,
    );
    this.child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: 'ignore' });
    this.host = `127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`http://${this.host}/v2/`);
        if (res.status === 200 || res.status === 401) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the registry did not start');
  }

  async stop(): Promise<void> {
    this.tokenServer?.close();
    this.child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.authHeader ? { authorization: this.authHeader, ...extra } : extra;
  }

  /** With token authentication, pushing takes a token with push rights, as a client would get it. */
  private async authorize(name: string): Promise<void> {
    if (!this.tokenRealm) return;
    const res = await fetch(`${this.tokenRealm}?service=test-registry&scope=repository:${name}:push,pull`);
    this.authHeader = `Bearer ${((await res.json()) as { token: string }).token}`;
    this.tokenRequests.pop();
  }

  async pushBlob(name: string, data: Buffer): Promise<string> {
    await this.authorize(name);
    const digest = sha256(data);
    const start = await fetch(`http://${this.host}/v2/${name}/blobs/uploads/`, {
      method: 'POST',
      headers: this.headers(),
    });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const location = new URL(start.headers.get('location') as string, `http://${this.host}`);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      headers: this.headers({ 'content-type': 'application/octet-stream' }),
      body: data,
    });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return digest;
  }

  async pushManifest(name: string, reference: string, body: string, mediaType: string): Promise<string> {
    await this.authorize(name);
    const res = await fetch(`http://${this.host}/v2/${name}/manifests/${reference}`, {
      method: 'PUT',
      headers: this.headers({ 'content-type': mediaType }),
      body,
    });
    if (res.status !== 201) throw new Error(`manifest push: ${res.status} ${await res.text()}`);
    return res.headers.get('docker-content-digest') as string;
  }

  /** An image (one layer) under a tag; `seed` makes distinct images. Returns its manifest digest. */
  async pushImage(
    name: string,
    tag: string,
    seed = 'a',
    platform = { os: 'linux', architecture: 'amd64' },
  ): Promise<string> {
    const config = Buffer.from(
      JSON.stringify({
        ...platform,
        rootfs: { type: 'layers', diff_ids: [] },
        config: { Env: [`SEED=${seed}`] },
      }),
    );
    const layer = Buffer.from(`layer ${seed}`);
    const configDigest = await this.pushBlob(name, config);
    const layerDigest = await this.pushBlob(name, layer);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length },
      ],
    });
    return this.pushManifest(name, tag, manifest, OCI_MANIFEST);
  }

  /** A multi-platform index under a tag; returns the index digest and the platform manifests' digests. */
  async pushIndex(name: string, tag: string, seed = 'a'): Promise<{ index: string; manifests: string[] }> {
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ];
    const manifests: { digest: string; size: number; platform: object }[] = [];
    for (const platform of platforms) {
      const digest = await this.pushImage(
        name,
        `${tag}-${platform.architecture}`,
        `${seed}-${platform.architecture}`,
        platform,
      );
      const res = await fetch(`http://${this.host}/v2/${name}/manifests/${digest}`, {
        headers: this.headers({ accept: OCI_MANIFEST }),
      });
      const size = (await res.arrayBuffer()).byteLength;
      manifests.push({ digest, size, platform });
    }
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: manifests.map((m) => ({
        mediaType: OCI_MANIFEST,
        digest: m.digest,
        size: m.size,
        platform: m.platform,
      })),
    });
    return {
      index: await this.pushManifest(name, tag, index, OCI_INDEX),
      manifests: manifests.map((m) => m.digest),
    };
  }
}
